//! The parks and platforms: the map and the directory (filtered and
//! sorted by the address), and one park's page.

use yew::prelude::*;

use super::map::{CountyMap, LevelIcon};
use super::{cite, place_figures, table, ExploreCtx, ExploreProps};
use crate::i18n::{self, tx, X};
use crate::model::atlas::{Caveat, Park, ParkFilter, Place, MAX_COMPARED};
use crate::model::ParkId;
use crate::route::{Filters, Sort, View};
use crate::ui::nav::Link;

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

/// A link that adds a park to the comparison or takes it out: an address,
/// so back undoes it; the reader stays where they are.
fn compare_toggle(c: &ExploreCtx, p: &Park) -> Html {
    let f = c.filters();
    let inside = f.compare.contains(&p.id);
    if !inside && f.compare.len() >= MAX_COMPARED {
        return html! { <span class="muted small">{ tx(c.lang(), X::CompareFull) }</span> };
    }
    let mut next = f.clone();
    if inside {
        next.compare.retain(|x| x != &p.id);
    } else {
        next.compare.push(p.id.clone());
    }
    let what = tx(c.lang(), if inside { X::RemoveFromCompare } else { X::AddToCompare });
    let label = AttrValue::from(format!("{what}{}{}", c.lang().pick("：", ": "), c.park_name(p)));
    html! {
        <Link to={View::Parks} filters={Some(next)} class={classes!("compare-toggle", inside.then_some("in"))} label={Some(label)}>
            { if inside { format!("✓ {what}") } else { format!("+ {what}") } }
        </Link>
    }
}

/// The parks of `compare=` side by side: their facts, then every figure
/// they published, by measure, with the reason where a row's numbers are
/// not comparable.
fn compare_panel(c: &ExploreCtx) -> Html {
    let (lang, f, a) = (c.lang(), c.filters(), c.atlas());
    let cmp = a.compare_parks(&f.compare);
    let colon = lang.pick("：", ": ");
    let without = |id: &str| Filters { compare: f.compare.iter().filter(|x| *x != id).cloned().collect(), ..f.clone() };
    let fact = |label: X, cell: &dyn Fn(&Park) -> Html| {
        html! { <tr><th scope="row">{ tx(lang, label) }</th>{ for cmp.parks.iter().map(|p| html! { <td>{ cell(p) }</td> }) }</tr> }
    };
    let caveat = |k: Caveat| {
        tx(
            lang,
            match k {
                Caveat::NotEveryPark => X::CaveatNotEvery,
                Caveat::Units => X::CaveatUnits,
                Caveat::Years => X::CaveatYears,
            },
        )
    };
    html! {
        <section class="compare" aria-labelledby="compare-h">
            <h3 id="compare-h">{ format!("{} ({}/{MAX_COMPARED})", tx(lang, X::ParkCompare), cmp.parks.len()) }</h3>
            <ul class="chips" aria-label={tx(lang, X::ParkCompare)}>
                { for cmp.parks.iter().map(|p| html! {
                    <li class="chip"><span>{ c.park_name(p) }</span>
                        <Link to={View::Parks} filters={Some(without(&p.id))} class={classes!("chip-x")}
                            label={Some(AttrValue::from(format!("{}{colon}{}", tx(lang, X::RemoveFromCompare), c.park_name(p))))}>{ "×" }</Link></li>
                }) }
                <li><Link to={View::Parks} filters={Some(Filters { compare: vec![], ..f.clone() })} class={classes!("chip-clear")}>{ tx(lang, X::ClearCompare) }</Link></li>
            </ul>
            <p class="note">{ tx(lang, X::ParkCompareNote) }</p>
            <div class="table-wrap" tabindex="0" role="region" aria-labelledby="compare-h">
                <table class="compare-table">
                    <thead><tr><td></td>{ for cmp.parks.iter().map(|p| html! { <th scope="col">{ c.to_park(p) }</th> }) }</tr></thead>
                    <tbody>
                        { fact(X::ColLevel, &|p| html! { <><LevelIcon level={p.level} />{ i18n::level_name(lang, p.level) }</> }) }
                        { fact(X::ColCounties, &|p| html! { { names(&p.counties, &|k| c.county_name(k), c.sep()) } }) }
                        { fact(X::ColApproved, &|p| html! { { i18n::approved(lang, &p.approved) } }) }
                        { fact(X::ColArea, &|p| html! { { i18n::area(lang, p.area_km2, &p.area_note) } }) }
                        { fact(X::ColClusters, &|p| html! { { names(&p.clusters, &|k| c.cluster_name(k), c.sep()) } }) }
                        { fact(X::ColStatus, &|p| html! { { i18n::status_name(lang, p.status) } }) }
                        { fact(X::PlanWords, &|p| if p.plan_phrase.is_empty() { html! { "—" } } else { html! { <q lang="zh-CN">{ &p.plan_phrase }</q> } }) }
                        { fact(X::ColCommitment, &|p| commitment(c, p)) }
                        { fact(X::ColSource, &|p| cite(lang, &p.source, p.confidence)) }
                        { for cmp.rows.iter().map(|r| html! {
                            <tr class={classes!(r.caveat.is_some().then_some("caveat"))}>
                                <th scope="row">{ c.pick(r.metric_zh, r.metric_en) }
                                    if let Some(k) = r.caveat { <span class="caveat-note">{ caveat(k) }</span> }</th>
                                { for r.cells.iter().map(|figs| html! {
                                    <td>
                                        if figs.is_empty() { <span class="muted">{ tx(lang, X::NothingPublished) }</span> }
                                        { for figs.iter().map(|x| html! {
                                            <p class="cmp-fig"><strong>{ i18n::value(lang, &x.value, &x.unit) }</strong>
                                                { format!(" · {} {}", x.year, i18n::period_name(lang, &x.period)) }<br />
                                                { cite(lang, &x.source, x.confidence) }</p>
                                        }) }
                                    </td>
                                }) }
                            </tr>
                        }) }
                    </tbody>
                </table>
            </div>
        </section>
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
    let rows = parks
        .iter()
        .map(|p| {
            html! {
                <tr key={p.id.to_string()} data-park={p.id.to_string()}>
                    <th scope="row">{ c.to_park(p) }</th>
                    <td class="lv"><LevelIcon level={p.level} />{ i18n::level_name(lang, p.level) }</td>
                    <td>{ names(&p.counties, &|k| c.county_name(k), c.sep()) }</td>
                    <td>{ i18n::approved(lang, &p.approved) }</td>
                    <td>{ i18n::area(lang, p.area_km2, "") }</td>
                    <td>{ names(&p.clusters, &|k| c.cluster_name(k), c.sep()) }</td>
                    <td>{ i18n::status_name(lang, p.status) }</td>
                    <td>{ commitment(c, p) }</td>
                    <td>{ compare_toggle(c, p) }</td>
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
        X::ColCompare,
    ];
    let ids: Vec<ParkId> = parks.iter().map(|p| p.id.clone()).collect();
    html! {
        <div>
            if !f.compare.is_empty() { { compare_panel(c) } }
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
    pub park: ParkId,
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
        <article class="park-page" data-park={p.id.to_string()}>
            <p class="compare-here">{ compare_toggle(c, p) }
                if !c.filters().compare.is_empty() {
                    { " · " }<Link to={View::Parks} filters={Some(Filters { park: None, ..c.filters().clone() })}>{ tx(lang, X::OpenCompare) }</Link>
                }
            </p>
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

/// The names of `ids`, joined.
fn names<T: AsRef<str>>(ids: &[T], name: &dyn Fn(&str) -> String, sep: &str) -> String {
    ids.iter().map(|id| name(id.as_ref())).collect::<Vec<_>>().join(sep)
}
