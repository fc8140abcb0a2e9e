//! The schematic county map: the nine counties (outlines projected at build
//! time) and the parks grouped at their county's label point.
//!
//! Every county and park is a link with a real address (the filtered view),
//! so a click, Enter on a focused shape, or opening it in a new tab all do
//! the same. Parks are told apart by shape as well as colour.

use yew::prelude::*;

use super::ExploreCtx;
use crate::i18n::{self, tx, Lang, X};
use crate::model::atlas::{Level, Park};
use crate::model::map::{place_marks, NameAt, NAME_RAISE};
use crate::model::ParkId;
use crate::route::{Filters, View};
use crate::ui::nav::Link;

#[derive(Properties, PartialEq, Clone, Copy)]
pub struct MarkProps {
    pub level: Level,
    #[prop_or_default]
    pub x: f64,
    #[prop_or_default]
    pub y: f64,
}

/// The mark of a park's level: the shape carries the meaning, colour repeats it.
#[component]
pub fn LevelMark(props: &MarkProps) -> Html {
    let MarkProps { level, x, y } = *props;
    let class = format!("park-mark lv-{}", level.code());
    let n = |v: f64| format!("{v:.1}");
    match level {
        Level::National => html! { <circle {class} cx={n(x)} cy={n(y)} r="11" /> },
        Level::Provincial => html! { <rect {class} x={n(x - 10.0)} y={n(y - 10.0)} width="20" height="20" /> },
        Level::City | Level::County => html! { <path {class} d={format!("M{x:.1} {:.1}l11 19h-22z", y - 11.0)} /> },
        Level::None | Level::Unknown => {
            html! { <path {class} d={format!("M{x:.1} {:.1}l11 11l-11 11l-11 -11z", y - 11.0)} /> }
        }
    }
}

/// A level's mark as a small inline icon (tables, lists, legend).
#[component]
pub fn LevelIcon(props: &MarkProps) -> Html {
    html! {
        <svg viewBox="-2 -2 24 24" width="14" height="14" aria-hidden="true">
            <LevelMark level={props.level} x={10.0} y={10.0} />
        </svg>
    }
}

#[derive(Properties, PartialEq, Clone)]
pub struct MapProps {
    pub ctx: ExploreCtx,
    /// The parks to draw (already filtered).
    pub parks: Vec<ParkId>,
    /// The county to highlight, and the filters a county link starts from.
    pub filters: Filters,
    /// The view a click on a county goes to.
    pub view: View,
}

/// The map of the counties with the parks on it.
#[component]
pub fn CountyMap(props: &MapProps) -> Html {
    let c = &props.ctx;
    let lang = c.lang();
    let atlas = c.atlas();
    let m = &atlas.map;
    let parks: Vec<&Park> = props.parks.iter().filter_map(|id| atlas.park(id)).collect();
    let selected = props.filters.county.as_deref();
    let first_in = |p: &Park, id: &str| p.counties.first().is_some_and(|c| c == id);
    let name_of = |id: &str| {
        atlas.county(id).map_or(id.to_string(), |c| match lang {
            Lang::Zh => c.name_zh.clone(),
            Lang::En => c.short_name_en().to_string(),
        })
    };
    let names: Vec<NameAt> = m.counties.iter().map(|(id, _, at)| NameAt { at: *at, name: name_of(id) }).collect();
    let here: Vec<Vec<&Park>> =
        m.counties.iter().map(|(id, _, _)| parks.iter().copied().filter(|p| first_in(p, id)).collect()).collect();
    let spots = place_marks(&names, &here.iter().map(Vec::len).collect::<Vec<_>>());
    let mut counties = Vec::new();
    let mut marks = Vec::new();
    for (((id, path, _), name), (here, spots)) in m.counties.iter().zip(&names).zip(here.iter().zip(&spots)) {
        let (lx, ly) = name.at;
        // Clicking the selected county again clears it.
        let to = Filters { county: (selected != Some(id)).then(|| id.clone()), park: None, ..props.filters.clone() };
        let label = i18n::county_on_map(lang, &name.name, here.len());
        counties.push(html! {
            <Link to={props.view.clone()} filters={Some(to)} id={Some(AttrValue::from(format!("map-{id}")))}
                class={classes!("county", (selected == Some(id.as_str())).then_some("sel"))} label={Some(AttrValue::from(label))}>
                <path d={path.clone()} />
                <text x={format!("{lx:.1}")} y={format!("{:.1}", ly - NAME_RAISE)} font-size={format!("{:.0}", name.size())}
                    text-anchor="middle">{ name.name.clone() }</text>
            </Link>
        });
        for (p, &(x, y)) in here.iter().zip(spots) {
            let label = format!("{}（{}）", c.park_name(p), i18n::level_name(lang, p.level));
            let to = Filters { park: Some(p.id.clone()), ..Filters::default() };
            marks.push(html! {
                <Link to={View::Parks} filters={Some(to)} class={classes!("park")} label={Some(AttrValue::from(label.clone()))}>
                    <title>{ label }</title>
                    <LevelMark level={p.level} {x} {y} />
                </Link>
            });
        }
    }
    let unplaced: Vec<Html> = parks.iter().filter(|p| p.counties.is_empty()).map(|p| c.to_park(p)).collect();
    let mut levels: Vec<Level> = parks.iter().map(|p| p.level).collect();
    levels.sort();
    levels.dedup();
    html! {
        <figure class="map">
            <svg viewBox={format!("0 0 {:.0} {:.0}", m.width, m.height)} role="group"
                aria-label={format!("{}: {}", tx(lang, X::Schematic), tx(lang, X::MapCaption))}>
                <g class="counties">{ for counties }</g>
                <g class="parks">{ for marks }</g>
            </svg>
            <figcaption>
                <strong>{ tx(lang, X::Schematic) }</strong>
                { format!("{} {} ", lang.pick("：", ":"), tx(lang, X::MapCaption)) }
                <Link to={View::Scorecard} hash={Some(AttrValue::from("about-h"))}>{ tx(lang, X::MapLicence) }</Link>
                <ul class="map-legend" aria-label={tx(lang, X::MapLegend)}>
                    { for levels.iter().map(|&l| html! { <li><LevelIcon level={l} />{ i18n::level_name(lang, l) }</li> }) }
                </ul>
                if !unplaced.is_empty() {
                    <p class="unplaced">{ tx(lang, X::NotPlaced) }<span class="list">{ for unplaced }</span></p>
                }
            </figcaption>
        </figure>
    }
}
