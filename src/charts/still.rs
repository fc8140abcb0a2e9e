//! A target's chart in its static form: the same [`super::draw`] into
//! plotters' SVG backend, with the chart's text alternative inside the file.
//!
//! The build writes one per target, language and width
//! (`data/chart/<id>.<lang>.<width>.svg`, `src/bin/prerender.rs`). While the
//! WebAssembly of an indicator's address is on its way, `static/boot.js`
//! shows it in the loading box, at the size the canvas will have; the
//! view, its canvas drawn by the same function, then takes the box's
//! place. It is what Our World in Data's grapher does with its baked
//! charts.

use super::{chart_goal_label, ChartStyle};
use crate::i18n::Lang;
use crate::model::Target;

/// The widths drawn, in CSS pixels, each with the height the page gives a
/// chart of that width (`ui::chart`): the chart's width in a phone's 412 px
/// viewport, in an 800 px one and in the widest layout. `static/boot.js`
/// picks one by the viewport's width (below 640, below 1000, else).
pub const STILL_SIZES: [(u32, u32); 3] = [(388, 220), (752, 391), (1116, 440)];

/// The file name of a target's static chart, under `data/chart/`.
pub fn still_name(id: &str, lang: Lang, width: u32) -> String {
    format!("{id}.{}.{width}.svg", lang.code())
}

/// The style of a still chart: the interactive chart's at rest (no mark
/// highlighted, normal text and contrast, one backend pixel per CSS pixel).
pub fn still_style(lang: Lang, target: &Target) -> ChartStyle {
    ChartStyle::new(lang, chart_goal_label(lang, target))
}

/// The chart as an SVG document that scales to its box (a `viewBox`),
/// named by the target and described by the chart's text
/// alternative (the figure caption of the interactive chart).
#[cfg(not(target_arch = "wasm32"))]
pub fn still_svg(
    card: &crate::model::scorecard::Card,
    spec: &super::ChartSpec,
    lang: Lang,
    size: (u32, u32),
) -> Result<String, String> {
    use crate::i18n::{escape, target_name};
    use plotters::prelude::*;
    let tg = &card.target;
    let style = still_style(lang, tg);
    let mut out = String::new();
    {
        let root = SVGBackend::with_string(&mut out, size).into_drawing_area();
        super::draw(&root, spec, &style).map_err(|e| format!("{}: {e}", tg.id))?;
        root.present().map_err(|e| format!("{}: {e}", tg.id))?;
    }
    // Its size stays: an image's natural size is what the browser counts
    // as its paint's size (largest contentful paint), and the viewBox
    // scales it to its box.
    let open = format!("<svg width=\"{}\" height=\"{}\" viewBox=", size.0, size.1);
    if !out.starts_with(&open) {
        return Err(format!("{}: plotters' SVG no longer starts with {open:?}", tg.id));
    }
    let (tag, body) =
        out["<svg ".len()..].split_once('>').ok_or_else(|| format!("{}: no end to the <svg> tag", tg.id))?;
    Ok(format!(
        "<svg {tag} role=\"img\" aria-labelledby=\"t d\" lang=\"{}\"><title id=\"t\">{}</title><desc id=\"d\">{}</desc>{body}",
        lang.code(),
        escape(target_name(lang, tg)),
        escape(&super::chart_summary(lang, card, spec)),
    ))
}
