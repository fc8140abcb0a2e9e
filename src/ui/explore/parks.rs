//! The parks and platforms: the map and the directory (filtered and
//! sorted by the address), and one park's page.

use yew::prelude::*;

use super::map::{CountyMap, LevelIcon};
use super::{cite, place_figures, table, ExploreCtx, ExploreProps};
use crate::i18n::{self, tx, X};
use crate::model::atlas::{Park, ParkFilter, Place};
use crate::route::{Filters, Sort, View};

pub fn park_filter(f: &Filters) -> ParkFilter {
    ParkFilter { clusters: f.clusters.clone(), county: f.county.clone(), level: f.level, status: f.status }
}

/// Whether the plan's commitment about a park happened: its milestone's status.
fn commitment(c: &ExploreCtx, p: &Park) -> Html {
    match p.milestone_target.as_deref().and_then(|t| c.card(t)) {
        Some(card) => c.status_link(card),
        None => html! { <span class="muted">{ "—" }</span> },
    }
}

/// The parks that pass the filters, in the order the address asks for.
pub fn sorted_parks(c: &ExploreCtx) -> Vec<&Park> {
    let (f, a) = (c.filters(), c.atlas());
    let mut parks = a.parks_where(&park_filter(f));
    let county_rank = |p: &Park| p.counties.first().and_then(|k| a.counties.iter().position(|x| &x.id == k));
    match f.sort {
        Sort::Plan => {}
        Sort::Name => parks.sort_by_cached_key(|p| c.park_name(p)),
        Sort::Level => parks.sort_by_key(|p| p.level),
        // Undated last.
        Sort::Approved => parks.sort_by_key(|p| (p.approved.is_empty(), p.approved.clone())),
        Sort::County => parks.sort_by_key(|p| county_rank(p).unwrap_or(usize::MAX)),
    }
    parks
}

#[component]
pub fn ParksView(props: &ExploreProps) -> Html {
    let c = &props.ctx;
    let (lang, f, a) = (c.lang(), c.filters(), c.atlas());
    if let Some(p) = f.park.as_deref().and_then(|p| a.park(p)) {
        return html! { <ParkPage ctx={c.clone()} park={p.id.clone()} /> };
    }
    let parks = sorted_parks(c);
    let names =
        |ids: &[String], name: &dyn Fn(&str) -> String| ids.iter().map(|k| name(k)).collect::<Vec<_>>().join(c.sep());
    let rows = parks
        .iter()
        .map(|p| {
            html! {
                <tr key={p.id.clone()} data-park={p.id.clone()}>
                    <th scope="row">{ c.to_park(p) }</th>
                    <td class="lv"><LevelIcon level={p.level} />{ i18n::level_name(lang, p.level) }</td>
                    <td>{ names(&p.counties, &|k| c.county_name(k)) }</td>
                    <td>{ i18n::approved(lang, &p.approved) }</td>
                    <td>{ i18n::area(lang, p.area_km2, "") }</td>
                    <td>{ names(&p.clusters, &|k| c.cluster_name(k)) }</td>
                    <td>{ i18n::status_name(lang, p.status) }</td>
                    <td>{ commitment(c, p) }</td>
                </tr>
            }
        })
        .collect::<Html>();
    let head = [
        X::Park,
        X::ColLevel,
        X::ColCounties,
        X::ColApproved,
        X::ColArea,
        X::ColClusters,
        X::ColStatus,
        X::ColCommitment,
    ];
    let ids: Vec<String> = parks.iter().map(|p| p.id.clone()).collect();
    html! {
        <div>
            <CountyMap ctx={c.clone()} parks={ids} filters={f.clone()} view={View::Parks} />
            <p class="shown" role="status">{ i18n::shown_of(lang, parks.len(), a.parks.len()) }</p>
            if parks.is_empty() {
                <p class="muted">{ tx(lang, X::NoParks) }</p>
            } else {
                { table(lang, Some(X::ParksHeading), "parks-table", &head, rows) }
            }
        </div>
    }
}

#[derive(Properties, PartialEq, Clone)]
pub struct ParkProps {
    pub ctx: ExploreCtx,
    pub park: String,
}

/// One park: its facts with their source, where it is, and its figures.
#[component]
pub fn ParkPage(props: &ParkProps) -> Html {
    let c = &props.ctx;
    let lang = c.lang();
    let Some(p) = c.atlas().park(&props.park) else { return html! {} };
    let fact = |label: X, value: Html| html! { <><dt>{ tx(lang, label) }</dt><dd>{ value }</dd></> };
    let here = Filters { county: p.counties.first().cloned(), ..Filters::default() };
    html! {
        <article class="park-page" data-park={p.id.clone()}>
            <dl class="park-facts">
                { fact(X::ColLevel, html! { <span><LevelIcon level={p.level} />{ i18n::level_name(lang, p.level) }</span> }) }
                { fact(X::ColStatus, html! { <span>{ i18n::status_name(lang, p.status) }</span> }) }
                { fact(X::ColApproved, html! { <span>{ i18n::approved(lang, &p.approved) }</span> }) }
                { fact(X::ColCounties, if p.counties.is_empty() {
                    html! { <span>{ tx(lang, X::NothingPublished) }</span> }
                } else {
                    html! { <span>{ for p.counties.iter().map(|k| c.to_county(k)) }</span> }
                }) }
                { fact(X::ColArea, html! { <span>{ i18n::area(lang, p.area_km2, &p.area_note) }</span> }) }
                { fact(X::ColClusters, if p.clusters.is_empty() {
                    html! { <span>{ "—" }</span> }
                } else {
                    html! { <span>{ for p.clusters.iter().map(|k| c.to_cluster(k)) }</span> }
                }) }
                if !p.plan_phrase.is_empty() {
                    { fact(X::PlanWords, html! { <q lang="zh-CN">{ &p.plan_phrase }</q> }) }
                }
                if p.milestone_target.is_some() { { fact(X::ColCommitment, commitment(c, p)) } }
                { fact(X::ColSource, cite(lang, &p.source, p.confidence)) }
                if !p.note.is_empty() {
                    { fact(X::ListLabel, html! { <span lang="zh-CN">{ &p.note }</span> }) }
                }
            </dl>
            if !p.counties.is_empty() {
                <CountyMap ctx={c.clone()} parks={vec![p.id.clone()]} filters={here} view={View::Counties} />
            }
            <h3>{ tx(lang, X::Figures) }</h3>
            { place_figures(c, Place::Park, &p.id, X::ParkFiguresNote) }
        </article>
    }
}
