//! The page's second WebAssembly module: the views that are not the first
//! view (the explore views `?view=clusters|parks|counties` and the plan text
//! `?view=plan`), loaded by the page when a visitor first opens one.
//!
//! Why a second module: these views' code and data (clusters, parks, place
//! figures, the map, the plan text) are ~60 KB gzip, and the first view must
//! stay within 200 KB gzip. The page (`ui::explore`) loads this module's glue (built
//! with `wasm-bindgen --target no-modules`, global `tz_explore`) and calls
//! [`render`] for each state. The build: `scripts/postbuild.mjs`.

use std::cell::OnceCell;

use taizhou_plan::charts::ChartSpec;
use taizhou_plan::explore::{page, ExploreData};
use taizhou_plan::i18n::Lang;
use taizhou_plan::model::atlas::Atlas;
use taizhou_plan::model::plan::PlanText;
use taizhou_plan::model::scorecard::Scorecard;
use taizhou_plan::model::Dataset;
use taizhou_plan::route::{Notice, UrlState};
use taizhou_plan::ui::download::chart_file;
use wasm_bindgen::prelude::*;

thread_local! {
    static DATA: OnceCell<Result<ExploreData, String>> = const { OnceCell::new() };
}

fn load() -> Result<ExploreData, String> {
    let data = Dataset::bundled().map_err(|e| e.to_string())?;
    let atlas = Atlas::bundled().map_err(|e| e.to_string())?;
    let plan = PlanText::from_readable(taizhou_plan::bundle::PLAN_TEXT);
    Ok(ExploreData { scorecard: Scorecard::build(&data), data, atlas, plan })
}

/// Renders the explore view of `query` (a `location.search`). Returns
/// `[title, html, query]` followed by one `name=value` per filter that named
/// an id the data does not have (dropped; `query` is the address without
/// them). An error comes back as `["", "", "", "error=<message>"]`.
#[wasm_bindgen]
pub fn render(query: &str) -> Vec<String> {
    DATA.with(|d| match d.get_or_init(load) {
        Ok(d) => {
            let is_target = |id: &str| d.data.targets.iter().any(|t| t.id == id);
            let (state, _) = UrlState::parse(query, &is_target);
            let (filters, notices) = state.filters.known(&d.atlas);
            let state = UrlState { filters, ..state };
            let p = page(d, &state);
            let mut out = vec![p.title, p.html, state.href()];
            out.extend(notices.into_iter().filter_map(|n| match n {
                Notice::Invalid { name, value } => Some(format!("{name}={value}")),
                _ => None,
            }));
            out
        }
        Err(e) => vec![String::new(), String::new(), String::new(), format!("error={e}")],
    })
}

/// A part of a page opened later (`method`, `figures`, `embed` for the view
/// at address `arg`), in `lang` (`zh` or `en`).
#[wasm_bindgen]
pub fn part(name: &str, lang: &str, arg: &str) -> String {
    DATA.with(|d| match d.get_or_init(load) {
        Ok(d) => taizhou_plan::explore::part(d, name, Lang::parse(lang).unwrap_or_default(), arg),
        Err(e) => format!("<p class=\"error\">{e}</p>"),
    })
}

/// Makes a chart's file (`png` or `csv`) of target `id` and saves it.
#[wasm_bindgen]
pub fn download(kind: &str, id: &str, lang: &str) -> Result<(), JsValue> {
    DATA.with(|d| {
        let d = d.get_or_init(load).as_ref().map_err(|e| JsValue::from_str(e))?;
        let card =
            d.scorecard.cards().find(|c| c.target.id == id).ok_or_else(|| JsValue::from_str("no such target"))?;
        let spec = ChartSpec::build(&d.data, &card.target);
        chart_file(kind, card, &spec, Lang::parse(lang).unwrap_or_default())
    })
}

fn main() {}
