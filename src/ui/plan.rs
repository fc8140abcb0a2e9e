//! The plan's full text with every target's words marked and linked to its
//! chart; `?view=plan#<target id>` scrolls to a target's words once they
//! are on the page.

use yew::prelude::*;

use super::explore::{ExploreCtx, ExploreProps};
use super::nav::{scroll_to_hash, Link};
use crate::i18n::{t, tx, Text, X};
use crate::model::plan::{Block, MarkedBlock};
use crate::route::View;

#[component]
pub fn PlanView(props: &ExploreProps) -> Html {
    let c: &ExploreCtx = &props.ctx;
    let lang = c.lang();
    // The plan and the targets never change while the page is open.
    let blocks = use_memo((), {
        let (data, bundle) = (c.loaded.clone(), c.bundle.clone());
        move |_| {
            let pairs: Vec<(&str, &str)> =
                data.data.targets.iter().map(|t| (t.id.as_str(), t.phrase.as_str())).collect();
            bundle.plan.marked(&pairs)
        }
    });
    // The anchor of `#<target id>` exists only now.
    use_effect_with((), |_| {
        scroll_to_hash();
    });
    html! {
        <section class="plan-view" aria-labelledby="plan-h">
            <h2 id="plan-h" tabindex="-1">{ crate::i18n::view_name(lang, &View::Plan) }</h2>
            <article class="plan" id="plan">
                <p class="back"><Link to={View::Scorecard}>{ t(lang, Text::BackToScorecard) }</Link></p>
                <p class="muted">{ tx(lang, X::PlanViewIntro) }</p>
                <div class="plan-text" lang="zh-CN">{ for blocks.iter().map(block) }</div>
            </article>
        </section>
    }
}

fn block(b: &MarkedBlock) -> Html {
    let pieces = b
        .pieces
        .iter()
        .map(|p| {
            html! { <>
                { for p.anchors.iter().map(|id| html! { <span class="anchor" id={id.clone()}></span> }) }
                { match p.covered_by.first() {
                    Some(first) => html! {
                        <Link to={View::Indicator(first.clone())} class={classes!("phrase")}>
                            <mark data-targets={p.covered_by.join(" ")}>{ &p.text }</mark>
                        </Link>
                    },
                    None => html! { { &p.text } },
                } }
            </> }
        })
        .collect::<Html>();
    match &b.block {
        Block::Heading { level: 1, .. } => html! { <h3>{ pieces }</h3> },
        Block::Heading { level: 2, .. } => html! { <h4>{ pieces }</h4> },
        Block::Heading { .. } => html! { <h5>{ pieces }</h5> },
        Block::Paragraph(_) => html! { <p>{ pieces }</p> },
        Block::Rule => html! { <hr /> },
    }
}
