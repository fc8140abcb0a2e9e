//! Every published figure as a table with its source, conflicts marked on
//! both sides: the content of the scorecard's "show the table", rendered by
//! the second module when a visitor opens it (about a thousand nodes that
//! most visitors never open stay out of the first view).

use super::dom::{el, El};
use crate::i18n::{self, t, Lang, Text};
use crate::model::scorecard::FigureTable;
use crate::model::{Dataset, Figure};

/// A figure with its year and a link to its source, as on the cards.
fn figure_cell(lang: Lang, f: &Figure) -> El {
    let partial = f.period.is_partial();
    let class = format!("figure{} conf-{}", if partial { " partial" } else { "" }, f.confidence.code());
    let sep = if lang == Lang::Zh { "：" } else { ": " };
    el("span")
        .at("class", class)
        .child(el("span").class("figure-value").text(i18n::figure_with_year(lang, f)))
        .child_if(partial, || el("span").class("tag").text(t(lang, Text::PartialYear)))
        .text(" ")
        .child(
            el("a")
                .class("source")
                .at("href", &f.source.url)
                .a("rel", "noopener noreferrer nofollow")
                .a("target", "_blank")
                .at("title", i18n::source_line(lang, f))
                .text(format!("{}{sep}{}", t(lang, Text::SourceLabel), f.source.publisher)),
        )
        .child(el("span").class("conf").text(format!(
            " · {} {}",
            t(lang, Text::ConfidenceLabel),
            i18n::confidence_name(lang, f.confidence)
        )))
}

pub fn figures_table(lang: Lang, data: &Dataset) -> El {
    let table = FigureTable::build(data);
    let rows = table
        .rows
        .iter()
        .map(|r| {
            let name = if lang == Lang::Zh { &r.name_zh } else { &r.name_en };
            el("tr")
                .class(if r.conflict { "in-conflict" } else { "" })
                .at("data-indicator", &r.figure.indicator)
                .child(el("th").a("scope", "row").text(name))
                .child(el("td").child(figure_cell(lang, &r.figure)).child_if(r.conflict, || {
                    el("span").class("tag tag-conflict").text(format!("⚠ {}", t(lang, Text::ConflictBadge)))
                }))
                .child(el("td").text(format!("{} · {}", r.figure.scope, i18n::period_name(lang, &r.figure.period))))
                .child(el("td").text(t(lang, if r.progress { Text::Yes } else { Text::NoContext })))
        })
        .collect();
    let head = [Text::ColIndicator, Text::ColValue, Text::ColScope, Text::ColCounts];
    el("div").class("table-wrap").a("tabindex", "0").a("role", "region").a("aria-labelledby", "data-h").child(
        el("table")
            .child(el("caption").text(t(lang, Text::AllFiguresCaption)))
            .child(
                el("thead")
                    .child(el("tr").kids(head.iter().map(|h| el("th").a("scope", "col").text(t(lang, *h))).collect())),
            )
            .child(el("tbody").kids(rows)),
    )
}
