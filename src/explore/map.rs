//! The schematic county map: the nine counties (outlines projected at build
//! time) and the parks grouped at their county's label point.
//!
//! Every county and park is a link with a real address (the filtered view),
//! so a click, Enter on a focused shape, or opening it in a new tab all do
//! the same. Parks are told apart by shape as well as colour.

use super::dom::{el, link, El};
use crate::i18n::{self, tx, Lang, X};
use crate::model::atlas::{Atlas, Level, Park};
use crate::route::{Filters, UrlState, View};

/// Distance between park marks around a county's label, in view-box units.
const STEP: f64 = 30.0;
const PER_ROW: usize = 4;

/// The mark of a park's level: the shape carries the meaning, colour repeats it.
pub fn level_mark(level: Level, x: f64, y: f64) -> El {
    let class = format!("park-mark lv-{}", level.code());
    let mark = match level {
        Level::National => el("circle").n("cx", x).n("cy", y).a("r", "11"),
        Level::Provincial => el("rect").n("x", x - 10.0).n("y", y - 10.0).a("width", "20").a("height", "20"),
        Level::City | Level::County => el("path").at("d", format!("M{x:.1} {:.1}l11 19h-22z", y - 11.0)),
        Level::None | Level::Unknown => el("path").at("d", format!("M{x:.1} {:.1}l11 11l-11 11l-11 -11z", y - 11.0)),
    };
    mark.at("class", class)
}

/// A level's mark as a small inline icon (tables, lists, legend).
pub fn level_icon(level: Level) -> El {
    el("svg")
        .a("viewBox", "-2 -2 24 24")
        .a("width", "14")
        .a("height", "14")
        .a("aria-hidden", "true")
        .child(level_mark(level, 10.0, 10.0))
}

/// The map. `parks` are the ones to draw (already filtered); the county in
/// `filters` is highlighted; a click on a county goes to `view` filtered by it.
pub fn county_map(base: &UrlState, atlas: &Atlas, parks: &[&Park], filters: &Filters, view: &View) -> El {
    let lang = base.lang;
    let m = &atlas.map;
    let selected = filters.county.as_deref();
    let href = |view: View, filters: Filters| UrlState { view, filters, ..base.clone() }.href();
    let first_in = |p: &Park, id: &str| p.counties.first().is_some_and(|c| c == id);
    let mut counties = Vec::new();
    let mut marks = Vec::new();
    for (id, path, (lx, ly)) in &m.counties {
        let name = atlas.county(id).map_or(id.as_str(), |c| match lang {
            Lang::Zh => c.name_zh.as_str(),
            // "Jiaojiang District" → "Jiaojiang": the map is small.
            Lang::En => c.name_en.split(' ').next().unwrap_or(&c.name_en),
        });
        let here: Vec<&&Park> = parks.iter().filter(|p| first_in(p, id)).collect();
        // Clicking the selected county again clears it.
        let to = Filters { county: (selected != Some(id)).then(|| id.clone()), park: None, ..filters.clone() };
        counties.push(
            el("a")
                .at("href", href(view.clone(), to))
                .class(if selected == Some(id.as_str()) { "county sel" } else { "county" })
                .at("id", format!("map-{id}"))
                .at("aria-label", i18n::county_on_map(lang, name, here.len()))
                .child(el("path").at("d", path.clone()))
                .child(el("text").n("x", *lx).n("y", ly - 14.0).a("text-anchor", "middle").text(name)),
        );
        let n = here.len();
        for (i, p) in here.into_iter().enumerate() {
            let row_len = (n - i / PER_ROW * PER_ROW).min(PER_ROW);
            let x = lx + ((i % PER_ROW) as f64 - (row_len as f64 - 1.0) / 2.0) * STEP;
            let y = ly + 8.0 + (i / PER_ROW) as f64 * STEP;
            let label = format!("{}（{}）", name_of(lang, p), i18n::level_name(lang, p.level));
            marks.push(
                el("a")
                    .at("href", href(View::Parks, Filters { park: Some(p.id.clone()), ..Filters::default() }))
                    .class("park")
                    .at("aria-label", label.clone())
                    .child(el("title").text(label))
                    .child(level_mark(p.level, x, y)),
            );
        }
    }
    let unplaced: Vec<El> = parks
        .iter()
        .filter(|p| p.counties.is_empty())
        .map(|p| link(href(View::Parks, Filters { park: Some(p.id.clone()), ..Filters::default() }), name_of(lang, p)))
        .collect();
    let mut levels: Vec<Level> = parks.iter().map(|p| p.level).collect();
    levels.sort();
    levels.dedup();
    let legend = el("ul")
        .class("map-legend")
        .at("aria-label", tx(lang, X::MapLegend))
        .kids(levels.iter().map(|&l| el("li").child(level_icon(l)).text(i18n::level_name(lang, l))).collect());
    let about = href(View::Scorecard, Filters::default()) + "#about-h";
    el("figure")
        .class("map")
        .child(
            el("svg")
                .at("viewBox", format!("0 0 {:.0} {:.0}", m.width, m.height))
                .a("role", "group")
                .at("aria-label", format!("{}: {}", tx(lang, X::Schematic), tx(lang, X::MapCaption)))
                .child(el("g").class("counties").kids(counties))
                .child(el("g").class("parks").kids(marks)),
        )
        .child(
            el("figcaption")
                .child(el("strong").text(tx(lang, X::Schematic)))
                .text(format!("{} {} ", if lang == Lang::Zh { "：" } else { ":" }, tx(lang, X::MapCaption)))
                .child(link(about, tx(lang, X::MapLicence)))
                .child(legend)
                .child_if(!unplaced.is_empty(), || {
                    el("p")
                        .class("unplaced")
                        .text(tx(lang, X::NotPlaced))
                        .child(el("span").class("list").kids(unplaced))
                }),
        )
}

fn name_of(lang: Lang, p: &Park) -> String {
    match lang {
        Lang::Zh => p.name_zh.clone(),
        Lang::En => p.name_en.clone(),
    }
}
