//! The chart downloads: a PNG with title, sources and address (drawn by the
//! same function as the chart on screen), and the series as CSV.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use super::chart::{detached_canvas, draw_on};
use crate::charts::draw::Frame;
use crate::charts::{draw, ChartSpec, ChartStyle};
use crate::i18n::{self, t, Lang, Text};
use crate::model::scorecard::Card;

/// The lines under a downloaded image: the sources, and where it came from.
pub fn frame(lang: Lang, card: &Card, spec: &ChartSpec, url: String) -> Frame {
    // Each publisher once, with the years it is the source for.
    let mut publishers: Vec<(&str, Vec<u16>)> = Vec::new();
    for m in &spec.marks {
        let p = m.figure.source.publisher.as_str();
        match publishers.iter_mut().find(|(q, _)| *q == p) {
            Some((_, years)) if !years.contains(&m.figure.year) => years.push(m.figure.year),
            Some(_) => {}
            None => publishers.push((p, vec![m.figure.year])),
        }
    }
    let (open, close, sep) = if lang == Lang::Zh { ("（", "）", "；") } else { (" (", ")", "; ") };
    let sources = if publishers.is_empty() {
        t(lang, Text::NoFigure).to_string()
    } else {
        publishers
            .iter()
            .map(|(p, ys)| {
                format!("{p}{open}{}{close}", ys.iter().map(|y| y.to_string()).collect::<Vec<_>>().join(", "))
            })
            .collect::<Vec<_>>()
            .join(sep)
    };
    let sources: String = sources.chars().take(110).collect();
    let unit = if card.target.unit.is_empty() { String::new() } else { format!(" · {}", card.target.unit) };
    Frame {
        title: i18n::target_name(lang, &card.target).to_string(),
        subtitle: format!(
            "{} · {}{}",
            i18n::target_wording(lang, &card.target),
            i18n::by_year(lang, card.target.target_year),
            unit
        ),
        footer: vec![
            format!("{}{}{sources}", t(lang, Text::SourceLabel), if lang == Lang::Zh { "：" } else { ": " }),
            url,
        ],
    }
}

/// Draws the chart into a detached canvas with a title and source lines and
/// saves it as a PNG.
pub fn download_png(spec: &ChartSpec, style: ChartStyle, frame: Frame, filename: &str) -> Result<(), JsValue> {
    let canvas = detached_canvas(1200, 720)?;
    let style = ChartStyle { scale: 1.6, frame: Some(frame), active: None, compact: false, ..style };
    draw_on(&canvas, |root| draw(root, spec, &style))?;
    save(&canvas.to_data_url()?, filename)
}

/// Saves text as a UTF-8 CSV file.
pub fn download_csv(text: &str, filename: &str) -> Result<(), JsValue> {
    let href = format!("data:text/csv;charset=utf-8,{}", String::from(js_sys::encode_uri_component(text)));
    save(&href, filename)
}

fn save(href: &str, filename: &str) -> Result<(), JsValue> {
    let document = gloo::utils::document();
    let a: web_sys::HtmlAnchorElement = document.create_element("a")?.dyn_into()?;
    a.set_href(href);
    a.set_download(filename);
    let body = gloo::utils::body();
    body.append_child(&a)?;
    a.click();
    a.remove();
    Ok(())
}

/// The files a chart downloads as.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    Png,
    Csv,
}

/// Makes the `kind` file of one target's chart.
pub fn chart_file(kind: FileKind, card: &Card, spec: &ChartSpec, lang: Lang) -> Result<(), JsValue> {
    let id = &card.target.id;
    match kind {
        FileKind::Png => {
            let url = web_sys::window().and_then(|w| w.location().href().ok()).unwrap_or_default();
            let style = ChartStyle::new(lang, crate::charts::chart_goal_label(lang, &card.target));
            download_png(spec, style, frame(lang, card, spec, url), &format!("taizhou-plan-{id}.png"))
        }
        FileKind::Csv => download_csv(&spec.to_csv(), &format!("taizhou-plan-{id}.csv")),
    }
}
