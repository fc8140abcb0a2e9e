//! The plan's full text with every target's words marked and linked to its
//! chart; `?view=plan#<target id>` scrolls to a target's words.

use std::rc::Rc;

use yew::prelude::*;

use super::nav::Link;
use crate::i18n::{t, Lang, Text};
use crate::model::plan::{Block, MarkedBlock};
use crate::route::View;

#[derive(Properties, Clone)]
pub struct PlanViewProps {
    pub lang: Lang,
    pub blocks: Rc<Vec<MarkedBlock>>,
}

impl PartialEq for PlanViewProps {
    fn eq(&self, o: &Self) -> bool {
        self.lang == o.lang && Rc::ptr_eq(&self.blocks, &o.blocks)
    }
}

#[component]
pub fn PlanView(props: &PlanViewProps) -> Html {
    let lang = props.lang;
    html! {
        <article class="plan" id="plan" aria-labelledby="plan-h">
            <p class="back"><Link to={View::Scorecard}>{ t(lang, Text::BackToScorecard) }</Link></p>
            <h2 id="plan-h" tabindex="-1">{ t(lang, Text::PlanView) }</h2>
            <p class="muted">{ t(lang, Text::PlanViewIntro) }</p>
            <div class="plan-text" lang="zh-CN">
                { for props.blocks.iter().map(block) }
            </div>
        </article>
    }
}

fn block(b: &MarkedBlock) -> Html {
    let inner: Html = b
        .pieces
        .iter()
        .map(|p| {
            let anchors: Html = p.anchors.iter().map(|id| html! { <span class="anchor" id={id.clone()}></span> }).collect();
            match p.covered_by.first() {
                Some(first) => html! {
                    <>{ anchors }<Link to={View::Indicator(first.clone())} class={classes!("phrase")}>
                        <mark data-targets={p.covered_by.join(" ")}>{ &p.text }</mark></Link></>
                },
                None => html! { <>{ anchors }{ &p.text }</> },
            }
        })
        .collect();
    match &b.block {
        Block::Heading { level, .. } => match level {
            1 => html! { <h3>{ inner }</h3> },
            2 => html! { <h4>{ inner }</h4> },
            _ => html! { <h5>{ inner }</h5> },
        },
        Block::Paragraph(_) => html! { <p>{ inner }</p> },
        Block::Rule => html! { <hr/> },
    }
}
