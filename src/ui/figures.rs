//! Every published figure as a table with its source, conflicts marked on
//! both sides: the content of the scorecard's "show the table".

use yew::prelude::*;

use super::card::{conflict_tag, figure_ref};
use crate::i18n::{self, t, Lang, Text};
use crate::model::scorecard::FigureTable;
use crate::state::{Loaded, Shared};

#[derive(Properties, Clone, PartialEq)]
pub struct FiguresProps {
    pub lang: Lang,
    pub loaded: Shared<Loaded>,
}

#[component]
pub fn FiguresTable(props: &FiguresProps) -> Html {
    let lang = props.lang;
    // The dataset never changes while the page is open.
    let table = use_memo((), {
        let loaded = props.loaded.clone();
        move |_| FigureTable::build(&loaded.data)
    });
    let head = [Text::ColIndicator, Text::ColValue, Text::ColScope, Text::ColCounts];
    html! {
        // Scrolls sideways on a phone: focusable, and named by its caption
        // (not by the section's heading: two regions, two names).
        <div class="table-wrap" tabindex="0" role="region" aria-labelledby="data-caption">
            <table>
                <caption id="data-caption">{ t(lang, Text::AllFiguresCaption) }</caption>
                <thead><tr>{ for head.iter().map(|h| html! { <th scope="col">{ t(lang, *h) }</th> }) }</tr></thead>
                <tbody>
                    { for table.rows.iter().map(|r| html! {
                        <tr class={classes!(r.conflict.then_some("in-conflict"))} data-indicator={r.figure.indicator.to_string()}>
                            <th scope="row">{ lang.pick(&r.name_zh, &r.name_en) }</th>
                            <td>{ figure_ref(lang, &r.figure) }if r.conflict { { conflict_tag(lang) } }</td>
                            <td>{ format!("{} · {}", r.figure.scope, i18n::period_name(lang, &r.figure.period)) }</td>
                            <td>{ t(lang, if r.progress { Text::Yes } else { Text::NoContext }) }</td>
                        </tr>
                    }) }
                </tbody>
            </table>
        </div>
    }
}
