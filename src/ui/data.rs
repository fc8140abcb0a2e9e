//! Every published figure as a table with its source: the figures that
//! decide a status, the context ones, and the conflicts between sources.

use yew::prelude::*;

use super::card::{conflict_tag, figure_ref};
use crate::i18n::{self, t, Lang, Text};
use crate::model::scorecard::FigureTable;

/// `open`: the table has been opened once; its rows are built only then,
/// which keeps about a thousand nodes out of the first view.
pub(crate) fn figures_section(lang: Lang, table: &FigureTable, open: bool, ontoggle: Callback<Event>) -> Html {
    let conflicting = table.rows.iter().filter(|r| r.conflict).count();
    html! {
        <section class="data" id="data" aria-labelledby="data-h">
            <h2 id="data-h">{ i18n::with_count(lang, t(lang, Text::AllFigures), table.rows.len()) }</h2>
            <p>{ i18n::conflict_summary(lang, table.conflict_groups, conflicting) }</p>
            <details class="data-table" {ontoggle}>
                <summary>{ t(lang, Text::ShowTable) }</summary>
                <div class="table-wrap" tabindex="0" role="region" aria-labelledby="data-h">
                    <table>
                        <caption>{ t(lang, Text::AllFiguresCaption) }</caption>
                        <thead><tr>
                            <th scope="col">{ t(lang, Text::ColIndicator) }</th>
                            <th scope="col">{ t(lang, Text::ColValue) }</th>
                            <th scope="col">{ t(lang, Text::ColScope) }</th>
                            <th scope="col">{ t(lang, Text::ColCounts) }</th>
                        </tr></thead>
                        <tbody>
                            { for table.rows.iter().filter(|_| open).map(|r| html! {
                                <tr class={classes!(r.conflict.then_some("in-conflict"))} data-indicator={r.figure.indicator.clone()}>
                                    <th scope="row">{ if lang == Lang::Zh { r.name_zh.as_str() } else { r.name_en.as_str() } }</th>
                                    <td>{ figure_ref(lang, &r.figure) }
                                        if r.conflict { { conflict_tag(lang) } }</td>
                                    <td>{ format!("{} · {}", r.figure.scope, i18n::period_name(lang, &r.figure.period)) }</td>
                                    <td>{ if r.progress { t(lang, Text::Yes) } else { t(lang, Text::NoContext) } }</td>
                                </tr>
                            }) }
                        </tbody>
                    </table>
                </div>
            </details>
        </section>
    }
}
