//! One target's card: what the plan asks, the baseline, the latest published
//! figure with its source, progress and status, the plan's words, and the
//! context figures that do not count.

use yew::prelude::*;

use super::chart::{ChartCanvas, Variant};
use super::nav::Link;
use super::parts::Disclosure;
use crate::charts::ChartSpec;
use crate::i18n::{self, status_class, status_mark, t, Lang, Text};
use crate::model::scorecard::Card;
use crate::model::Figure;
use crate::route::View;
use crate::state::Shared;

/// Cards and specs are built once per page: identity is equality.
#[derive(Properties, Clone, PartialEq)]
pub struct TargetCardProps {
    pub lang: Lang,
    pub card: Shared<Card>,
    /// The sparkline's spec, where the target has figures to draw.
    #[prop_or_default]
    pub spark: Option<Shared<ChartSpec>>,
}

#[component]
pub fn TargetCard(props: &TargetCardProps) -> Html {
    let lang = props.lang;
    let c = &props.card;
    let tg = &c.target;
    let heading_id = format!("t-{}-h", tg.id);
    let note = i18n::target_note(lang, tg);
    html! {
        <article class="card" id={format!("t-{}", tg.id)} aria-labelledby={heading_id.clone()} data-status={c.status.code()}>
            <h3 id={heading_id}><Link to={View::Indicator(tg.id.clone())} class={classes!("card-link")}>{ i18n::target_name(lang, tg) }</Link></h3>
            <p class={status_class(c.status)}>
                <span class="st-mark" aria-hidden="true">{ status_mark(c.status) }</span>
                <span class="visually-hidden">{ format!("{}: ", t(lang, Text::StatusLabel)) }</span>
                { i18n::status_label(lang, c.status) }
            </p>
            if !c.history.is_empty() {
                <p class="trail small">
                    <span class="visually-hidden">{ i18n::ed(lang, i18n::Ed::TrailLabel) }</span>
                    { i18n::trail_of(lang, &c.history) }
                </p>
            }
            // Pairs straight in the list, laid out by its grid: no wrapper
            // element per pair for the page to parse and hydrate.
            <dl class="facts">
                <dt>{ t(lang, Text::TargetLabel) }</dt>
                <dd class="target-wording">{ i18n::target_wording(lang, tg) }
                    <span class="year">{ format!(" · {}", i18n::by_year(lang, tg.target_year)) }</span></dd>
                <dt>{ t(lang, Text::BaselineLabel) }</dt>
                <dd>{ match &c.baseline {
                    Some(f) => html! { { figure_ref(lang, f) } },
                    None => html! { <span class="muted">{ t(lang, Text::NoBaseline) }</span> },
                } }</dd>
                <dt>{ t(lang, Text::LatestLabel) }</dt>
                <dd>{ match &c.latest {
                    Some(f) => html! { { figure_ref(lang, f) } },
                    None => html! { <strong class="no-figure">{ t(lang, Text::NoFigure) }</strong> },
                } }</dd>
                if let Some(share) = c.progress {
                    <dt>{ t(lang, Text::ProgressLabel) }</dt>
                    <dd>
                        <svg class="bar" viewBox="0 0 100 6" preserveAspectRatio="none" aria-hidden="true">
                            <rect class="bar-bg" width="100" height="6" />
                            <rect class="bar-fill" width={format!("{:.0}", (share * 100.0).clamp(0.0, 100.0))} height="6" />
                        </svg>
                        { i18n::progress_text(lang, share) }
                    </dd>
                }
            </dl>
            if let Some(spec) = &props.spark {
                <ChartCanvas spec={spec.clone()} lang={lang} variant={Variant::Spark}
                    label={crate::charts::chart_summary(lang, c, spec)} goal_label={crate::charts::chart_goal_label(lang, tg)} />
            }
            if !c.conflicts.is_empty() {
                <div class="conflict" role="note">
                    <strong>{ t(lang, Text::ConflictBadge) }</strong>{ format!(" {}", t(lang, Text::ConflictExplain)) }
                    <ul>{ for c.conflicts.iter().map(|f| html! { <li>{ figure_ref(lang, f) }</li> }) }</ul>
                </div>
            }
            if !note.is_empty() { <p class="note">{ note }</p> }
            <blockquote class="quote" lang="zh-CN" cite="#plan">
                <span class="visually-hidden">{ format!("{}: ", t(lang, Text::PlanQuote)) }</span>
                { quote_with_phrase(&tg.quote, &tg.phrase) }
            </blockquote>
            <p class="open-detail"><Link to={View::Indicator(tg.id.clone())}>{ format!("{} →", t(lang, Text::OpenDetail)) }</Link></p>
            if !c.context.is_empty() {
                <Disclosure class="context" summary={i18n::with_count(lang, t(lang, Text::ContextHeading), c.context.len())}>
                    <ContextFigures {lang} card={c.clone()} />
                </Disclosure>
            }
        </article>
    }
}

#[derive(Properties, Clone, PartialEq)]
struct ContextProps {
    lang: Lang,
    card: Shared<Card>,
}

/// A card's context figures: a component, so that the list is built only
/// when its disclosure is opened, not with every card at start-up.
#[component]
fn ContextFigures(props: &ContextProps) -> Html {
    let lang = props.lang;
    html! {
        <>
            <p class="muted">{ t(lang, Text::ContextExplain) }</p>
            <ul>
                { for props.card.context.iter().map(|r| html! {
                    <li class={classes!(r.conflict.then_some("in-conflict"))}>
                        <span class="ctx-name">{ if lang == Lang::Zh { r.name_zh.as_str() } else { r.name_en.as_str() } }</span>
                        { format!(" · {} · ", r.figure.scope) }
                        { figure_ref(lang, &r.figure) }
                        if r.conflict { { conflict_tag(lang) } }
                    </li>
                }) }
            </ul>
        </>
    }
}

/// The plan's sentence with the target's own words marked.
pub(crate) fn quote_with_phrase(quote: &str, phrase: &str) -> Html {
    match quote.find(phrase) {
        // No empty text where the phrase starts or ends the sentence: the
        // prerendered HTML has no node for it, so hydrating would add one.
        Some(at) => {
            let (before, after) = (&quote[..at], &quote[at + phrase.len()..]);
            html! {
                <>
                    if !before.is_empty() { { before } }
                    <mark>{ phrase }</mark>
                    if !after.is_empty() { { after } }
                </>
            }
        }
        None => html! { { quote } },
    }
}

/// Marks a figure that another source contradicts.
pub(crate) fn conflict_tag(lang: Lang) -> Html {
    html! { <span class="tag tag-conflict">{ format!("⚠ {}", t(lang, Text::ConflictBadge)) }</span> }
}

/// A figure with its year and a link to its source; the link's title gives
/// publisher, date and confidence, also shown in small print.
pub(crate) fn figure_ref(lang: Lang, f: &Figure) -> Html {
    let partial = f.period.is_partial();
    html! {
        <span class={classes!("figure", partial.then_some("partial"), format!("conf-{}", f.confidence.code()))}>
            <span class="figure-value">{ i18n::figure_with_year(lang, f) }</span>
            if partial { <span class="tag">{ t(lang, Text::PartialYear) }</span> }
            { " " }
            <a class="source" href={f.source.url.clone()} rel="noopener noreferrer nofollow" target="_blank"
                title={i18n::source_line(lang, f)}>
                { format!("{}{}{}", t(lang, Text::SourceLabel), if lang == Lang::Zh { "：" } else { ": " }, f.source.publisher) }
            </a>
            <span class="conf">{ format!(" · {} {}", t(lang, Text::ConfidenceLabel), i18n::confidence_name(lang, f.confidence)) }</span>
        </span>
    }
}

/// A source as the page cites it: its title linked, then publisher, date
/// and confidence.
pub(crate) fn source_ref(lang: Lang, s: &crate::model::Source, conf: crate::model::Confidence) -> Html {
    let date = if s.published.is_empty() { i18n::undated(lang).to_string() } else { s.published.clone() };
    html! {
        <>
            <a href={s.url.clone()} rel="noopener noreferrer nofollow" target="_blank">{ &s.title }</a>
            { format!(" · {} · {} · {} {}", s.publisher, date, t(lang, Text::ConfidenceLabel), i18n::confidence_name(lang, conf)) }
        </>
    }
}
