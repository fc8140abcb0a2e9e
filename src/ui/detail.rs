//! One target in full: its chart against the goal and the required path,
//! the status with the method in one sentence, the chart as a table and as
//! downloads, every source, and the plan's sentence it comes from.

use yew::prelude::*;

use super::card::{conflict_tag, figure_ref};
use super::chart::{ChartCanvas, Variant};
use super::nav::Link;
use super::parts::method_note;
use crate::charts::{ChartSpec, MarkKind};
use crate::i18n::{self, t, Lang, Text};
use crate::i18n::{status_class, status_mark};
use crate::model::scorecard::Card;
use crate::route::View;
use crate::state::Shared;

#[derive(Properties, Clone, PartialEq)]
pub struct DetailProps {
    pub lang: Lang,
    pub card: Shared<Card>,
    pub spec: Shared<ChartSpec>,
}

fn drawn_as(lang: Lang, kind: MarkKind) -> &'static str {
    match kind {
        MarkKind::Series => t(lang, Text::DrawnSeries),
        MarkKind::Partial => t(lang, Text::DrawnPartial),
        MarkKind::Alternate { conflict: false } => t(lang, Text::DrawnOther),
        MarkKind::Alternate { conflict: true } => t(lang, Text::DrawnConflict),
    }
}

#[component]
pub fn IndicatorDetail(props: &DetailProps) -> Html {
    let lang = props.lang;
    let card = &props.card;
    let tg = &card.target;
    let spec = &props.spec;
    let show_table = use_state_eq(|| false);
    let summary = crate::charts::chart_summary(lang, card, spec);
    let goal = crate::charts::chart_goal_label(lang, tg);
    let summary_id = format!("chart-{}-summary", tg.id);

    let toggle = {
        let show_table = show_table.clone();
        Callback::from(move |_: MouseEvent| show_table.set(!*show_table))
    };
    let download = |kind: super::download::FileKind| {
        let (card, spec) = (card.clone(), spec.clone());
        Callback::from(move |_: MouseEvent| {
            if let Err(e) = super::download::chart_file(kind, &card, &spec, lang) {
                web_sys::console::error_1(&e);
            }
        })
    };
    let (on_png, on_csv) = (download(super::download::FileKind::Png), download(super::download::FileKind::Csv));

    html! {
        <article class="detail" id="detail" aria-labelledby="detail-h" data-target={tg.id.to_string()}>
            <p class="back"><Link to={View::Scorecard} hash={Some(AttrValue::from(format!("t-{}", tg.id)))}>{ t(lang, Text::BackToScorecard) }</Link></p>
            <h2 id="detail-h" tabindex="-1">{ i18n::target_name(lang, tg) }</h2>
            <p class={status_class(card.status)}>
                <span class="st-mark" aria-hidden="true">{ status_mark(card.status) }</span>
                { i18n::status_label(lang, card.status) }
            </p>
            <p class="method-sentence">{ i18n::status_sentence(lang, card) }
                { " " }<a href="#method-detail">{ t(lang, Text::MethodHeading) }</a></p>
            <figure class="chart-figure">
                <ChartCanvas spec={spec.clone()} lang={lang} variant={Variant::Full} label={summary.clone()}
                    goal_label={goal.clone()} describedby={Some(AttrValue::from("chart-keys"))} />
                <figcaption id={summary_id}>{ summary }</figcaption>
                <ul class="legend">
                    <li>{ t(lang, Text::LegendSeries) }</li>
                    <li>{ t(lang, Text::LegendGoal) }</li>
                    if !spec.path.is_empty() { <li>{ t(lang, Text::LegendPath) }</li> }
                    if spec.marks.iter().any(|m| m.kind == MarkKind::Partial) { <li>{ t(lang, Text::LegendPartial) }</li> }
                    if spec.marks.iter().any(|m| matches!(m.kind, MarkKind::Alternate { .. })) { <li>{ t(lang, Text::LegendOther) }</li> }
                </ul>
                <p class="muted small" id="chart-keys">{ t(lang, Text::ChartKeys) }</p>
                <div class="chart-tools">
                    <button type="button" class="table-toggle" aria-expanded={(*show_table).to_string()} aria-controls="chart-table" onclick={toggle}>
                        { t(lang, Text::TableToggle) }</button>
                    <button type="button" class="png" onclick={on_png}>{ t(lang, Text::DownloadPng) }</button>
                    <button type="button" class="csv" onclick={on_csv}>{ t(lang, Text::DownloadCsv) }</button>
                </div>
                if *show_table {
                    <div class="table-wrap" id="chart-table">
                        <table>
                            <caption>{ i18n::target_name(lang, tg) }</caption>
                            <thead><tr>
                                <th scope="col">{ t(lang, Text::ColYear) }</th>
                                <th scope="col">{ t(lang, Text::ColValue) }</th>
                                <th scope="col">{ t(lang, Text::ColDrawnAs) }</th>
                            </tr></thead>
                            <tbody>
                                { for spec.marks.iter().map(|m| html! {
                                    <tr>
                                        <th scope="row">{ m.year }</th>
                                        <td>{ figure_ref(lang, &m.figure) }</td>
                                        <td>{ drawn_as(lang, m.kind) }</td>
                                    </tr>
                                }) }
                            </tbody>
                        </table>
                    </div>
                }
            </figure>
            <super::editions::StatusHistory {lang} history={card.history.clone()} />
            <section class="sources" aria-labelledby="sources-h">
                <h3 id="sources-h">{ t(lang, Text::SourcesHeading) }</h3>
                if spec.marks.is_empty() && card.context.is_empty() {
                    <p class="no-figure">{ t(lang, Text::NoFigure) }</p>
                }
                <ul>
                    { for spec.marks.iter().map(|m| source_item(lang, &m.figure, Some(drawn_as(lang, m.kind)), false)) }
                    { for card.context.iter().map(|r| source_item(lang, &r.figure, None, r.conflict)) }
                </ul>
            </section>
            <section class="plan-quote" aria-labelledby="quote-h">
                <h3 id="quote-h">{ t(lang, Text::PlanQuote) }</h3>
                <blockquote lang="zh-CN">{ super::card::quote_with_phrase(&tg.quote, &tg.phrase) }</blockquote>
                <p><Link to={View::Plan} hash={Some(AttrValue::from(tg.id.to_string()))}>{ t(lang, Text::SeeInPlan) }</Link></p>
            </section>
            { method_note(lang, "method-detail") }
        </article>
    }
}

fn source_item(lang: Lang, f: &crate::model::Figure, drawn: Option<&str>, conflict: bool) -> Html {
    html! {
        <li>
            { super::card::source_ref(lang, &f.source, f.confidence) }
            <br/>
            <span class="muted">{ format!("{} · {}", i18n::figure_with_year(lang, f), f.scope) }
                { format!(" · {}", drawn.unwrap_or(t(lang, Text::NoContext))) }</span>
            if conflict { { conflict_tag(lang) } }
        </li>
    }
}
