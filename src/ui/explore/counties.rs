//! The nine counties (narrowed by cluster or park) on the map and in a
//! table, and one county's page: its parks, clusters, firms and figures.

use yew::prelude::*;

use super::map::CountyMap;
use super::parks::park_filter;
use super::{list_or_none, park_item, place_figures, table, ExploreCtx, ExploreProps};
use crate::i18n::{tx, X};
use crate::model::atlas::{ParkFilter, Place};
use crate::model::{CountyId, ParkId};
use crate::route::{Filters, View};
use crate::ui::nav::Link;

#[component]
pub fn CountiesView(props: &ExploreProps) -> Html {
    let c = &props.ctx;
    let (lang, f, a) = (c.lang(), c.filters(), c.atlas());
    if let Some(k) = f.county.as_deref().and_then(|k| a.county(k)) {
        return html! { <CountyPage ctx={c.clone()} county={k.id.clone()} /> };
    }
    let parks = a.parks_where(&park_filter(f));
    // Cross-filters: a cluster narrows to the counties where it sits; a park to its own.
    let park = f.park.as_deref().and_then(|p| a.park(p));
    let rows = a
        .counties
        .iter()
        .filter(|k| {
            f.clusters.is_empty() || f.clusters.iter().any(|cl| a.counties_of_cluster(cl).iter().any(|x| x.id == k.id))
        })
        .filter(|k| park.is_none_or(|p| p.counties.contains(&k.id)))
        .map(|k| {
            let clusters: Vec<String> = a.clusters_in_county(&k.id).iter().map(|x| c.cluster_name(&x.id)).collect();
            let to = Filters { county: Some(k.id.clone()), ..f.clone() };
            html! {
                <tr key={k.id.to_string()} data-county={k.id.to_string()}>
                    <th scope="row"><Link to={View::Counties} filters={Some(to)}>{ c.county_name(&k.id) }</Link></th>
                    <td>{ parks.iter().filter(|p| p.counties.contains(&k.id)).count() }</td>
                    <td>{ clusters.join(c.sep()) }</td>
                    <td>{ a.figures_of(Place::County, &k.id).len() }</td>
                </tr>
            }
        })
        .collect::<Html>();
    let head = [X::County, X::ColParks, X::ClustersOfPlace, X::Figures];
    let ids: Vec<ParkId> = parks.iter().map(|p| p.id.clone()).collect();
    html! {
        <div>
            <CountyMap ctx={c.clone()} parks={ids} filters={f.clone()} view={View::Counties} />
            { table(lang, Some(X::CountiesHeading), "counties-table", &head, rows) }
        </div>
    }
}

#[derive(Properties, PartialEq, Clone)]
pub struct CountyProps {
    pub ctx: ExploreCtx,
    pub county: CountyId,
}

#[component]
pub fn CountyPage(props: &CountyProps) -> Html {
    let c = &props.ctx;
    let (lang, f, a) = (c.lang(), c.filters(), c.atlas());
    let id = &props.county;
    let parks = a.parks_where(&ParkFilter { county: Some(id.clone()), ..park_filter(f) });
    let clusters: Vec<Html> =
        a.clusters_in_county(id).into_iter().map(|x| html! { <li>{ c.to_cluster(&x.id) }</li> }).collect();
    let firms: Vec<Html> = a
        .enterprises
        .iter()
        .filter(|e| e.county.as_deref() == Some(id))
        .map(|e| html! { <li><span lang="zh-CN">{ &e.name_zh }</span>{ format!("（{}）", c.cluster_name(&e.cluster)) }</li> })
        .collect();
    let ids: Vec<ParkId> = parks.iter().map(|p| p.id.clone()).collect();
    html! {
        <article class="county-page" data-county={id.to_string()}>
            <CountyMap ctx={c.clone()} parks={ids} filters={f.clone()} view={View::Counties} />
            <h3>{ tx(lang, X::ParksOf) }</h3>
            { list_or_none(lang, parks.iter().map(|p| park_item(c, p)).collect()) }
            <h3>{ tx(lang, X::ClustersOfPlace) }</h3>
            <p class="muted">{ tx(lang, X::EvidenceNote) }</p>
            { list_or_none(lang, clusters) }
            <h3>{ tx(lang, X::Enterprises) }</h3>
            { list_or_none(lang, firms) }
            <h3>{ tx(lang, X::Figures) }</h3>
            { place_figures(c, Place::County, id, X::CountyFiguresNote) }
        </article>
    }
}
