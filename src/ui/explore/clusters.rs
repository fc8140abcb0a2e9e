//! The clusters compared (their published output by year against the
//! 1,000 亿元 line, and whether each passed it) and one cluster's page: the
//! plan's direction, its places, parks, firms and the targets it concerns.

use std::rc::Rc;

use yew::prelude::*;

use super::{cite, list_or_none, park_item, table, target_item, ExploreCtx, ExploreProps};
use crate::charts::ChartSpec;
use crate::i18n::{self, tx, Lang, X};
use crate::model::atlas::{at_least, Cluster, ClusterGroup, OutputPoint, OutputSeries, Place, THOUSAND_BN};
use crate::model::scorecard::Card;
use crate::model::ClusterId;
use crate::route::View;
use crate::ui::chart::{ChartCanvas, Variant};
use crate::ui::nav::Link;

#[component]
pub fn ClustersView(props: &ExploreProps) -> Html {
    let c = &props.ctx;
    let (lang, f, a) = (c.lang(), c.filters(), c.atlas());
    if let [one] = f.clusters.as_slice() {
        if let Some(cl) = a.cluster(one) {
            return html! { <ClusterPage ctx={c.clone()} cluster={cl.id.clone()} /> };
        }
    }
    // Cross-filters: a county or park narrows to the clusters found there.
    let mut candidates: Vec<&Cluster> = a.clusters.iter().collect();
    if let Some(county) = &f.county {
        let here = a.clusters_in_county(county);
        candidates.retain(|x| here.iter().any(|h| h.id == x.id));
    }
    if let Some(park) = &f.park {
        let here = a.clusters_of_park(park);
        candidates.retain(|x| here.iter().any(|h| h.id == x.id));
    }
    let selected: Vec<ClusterId> = candidates
        .iter()
        .filter(
            |x| if f.clusters.is_empty() { x.group == ClusterGroup::ThousandBn } else { f.clusters.contains(&x.id) },
        )
        .map(|x| x.id.clone())
        .collect();
    html! {
        <div>
            <section class="compare">
                <h3 id="compare-h">{ tx(lang, X::CompareHeading) }</h3>
                <p class="muted">{ tx(lang, X::CompareIntro) }</p>
                <CompareBlock ctx={c.clone()} clusters={Rc::new(selected)} />
            </section>
            <section>
                <h3>{ tx(lang, X::ClustersHeading) }</h3>
                { for [ClusterGroup::ThousandBn, ClusterGroup::Emerging].into_iter().map(|g| {
                    let here: Vec<&&Cluster> = candidates.iter().filter(|x| x.group == g).collect();
                    if here.is_empty() { return html! {} }
                    html! {
                        <>
                            <h4>{ i18n::group_name(lang, g) }</h4>
                            <ul class="cluster-list">{ for here.into_iter().map(|x| cluster_item(c, x)) }</ul>
                        </>
                    }
                }) }
            </section>
        </div>
    }
}

fn cluster_item(c: &ExploreCtx, x: &Cluster) -> Html {
    let counties: Vec<String> = c.atlas().counties_of_cluster(&x.id).iter().map(|k| c.county_name(&k.id)).collect();
    let parks = c.atlas().parks_of_cluster(&x.id).len();
    html! {
        <li>{ c.to_cluster(&x.id) }
            <span class="muted">{ format!(" · {} · {} {}", counties.join(c.sep()), parks, tx(c.lang(), X::ColParks)) }</span>
        </li>
    }
}

fn passed(p: &OutputPoint) -> bool {
    at_least(&p.value, THOUSAND_BN)
}

fn yes_no(lang: Lang, yes: bool) -> Html {
    html! { <td class={if yes { "yes" } else { "no" }}>{ tx(lang, if yes { X::Yes } else { X::No }) }</td> }
}

#[derive(Properties, PartialEq, Clone)]
pub struct CompareProps {
    pub ctx: ExploreCtx,
    pub clusters: Rc<Vec<ClusterId>>,
}

/// The chart, the answer table (latest city-wide output against 1,000 亿元)
/// and every figure drawn, as a table.
#[component]
pub fn CompareBlock(props: &CompareProps) -> Html {
    let c = &props.ctx;
    let lang = c.lang();
    let ids = &props.clusters;
    let series = c.atlas().output_series(c.data(), ids);
    if series.is_empty() {
        return html! { <p class="muted">{ tx(lang, X::CompareEmpty) }</p> };
    }
    // Per cluster, the latest point of its city-wide series.
    let latest: Vec<(&ClusterId, Option<(&OutputSeries, &OutputPoint)>)> = ids
        .iter()
        .map(|id| {
            let best = series
                .iter()
                .filter(|s| s.cluster == *id && s.place.is_none())
                .filter_map(|s| s.latest().map(|p| (s, p)))
                .max_by_key(|(_, p)| p.year);
            (id, best)
        })
        .collect();
    let (mut over, mut below) = (Vec::new(), Vec::new());
    for (id, l) in &latest {
        if let Some((_, p)) = l {
            if passed(p) { &mut over } else { &mut below }.push(c.cluster_name(*id));
        }
    }
    let summary = i18n::compare_summary(lang, series.len(), &over, &below);
    let rows = latest.iter().map(|(id, l)| html! {
        <tr data-cluster={id.to_string()}>
            <th scope="row">{ c.cluster_name(*id) }</th>
            { match l {
                Some((s, p)) => html! { <>
                    <td>{ i18n::value_in(lang, &i18n::value(lang, &p.value, &s.unit), p.year, &s.scope_zh) }</td>
                    { yes_no(lang, passed(p)) }
                    <td>{ cite(lang, &p.source, p.confidence) }</td>
                </> },
                None => html! { <td colspan="3" class="muted">{ tx(lang, X::NoCityFigure) }</td> },
            } }
        </tr>
    })
        .collect::<Html>();
    let head = [X::Cluster, X::ColValue, X::ColPassed, X::ColSource];
    html! {
        <div>
            { compare_chart(c, &series, summary) }
            { table(lang, Some(X::CompareHeading), "answer", &head, rows) }
            { series_table(c, &series) }
        </div>
    }
}

fn scope_label(c: &ExploreCtx, s: &OutputSeries) -> String {
    match &s.place {
        None => s.scope_zh.clone(),
        Some((Place::County, id)) => format!("{} · {}", c.county_name(id), c.pick(&s.scope_zh, &s.scope_en)),
        Some((Place::Park, id)) => format!(
            "{} · {}",
            c.atlas().park(id).map_or(id.clone(), |p| c.park_name(p)),
            c.pick(&s.scope_zh, &s.scope_en)
        ),
    }
}

fn other_source(lang: Lang, p: &OutputPoint) -> &'static str {
    tx(lang, if p.conflict { X::Conflict } else { X::OtherSource })
}

fn series_table(c: &ExploreCtx, series: &[OutputSeries]) -> Html {
    let lang = c.lang();
    let rows = series
        .iter()
        .flat_map(|s| s.points.iter().map(move |p| (s, p)))
        .map(|(s, p)| {
            let year = if p.period.is_partial() {
                format!("{} {}", p.year, i18n::period_name(lang, &p.period))
            } else {
                p.year.to_string()
            };
            html! {
                <tr class={classes!(p.conflict.then_some("conflict"))}>
                    <td>{ c.cluster_name(&s.cluster) }</td>
                    <td>{ scope_label(c, s) }</td>
                    <td>{ year }</td>
                    <td>{ i18n::value(lang, &p.value, &s.unit) }
                        if p.alternate { <span class="tag">{ other_source(lang, p) }</span> }</td>
                    { yes_no(lang, passed(p)) }
                    <td>{ cite(lang, &p.source, p.confidence) }</td>
                </tr>
            }
        })
        .collect::<Html>();
    let head = [X::Cluster, X::ColScope, X::ColYear, X::ColValue, X::ColPassed, X::ColSource];
    table(lang, Some(X::Figures), "series-table", &head, rows)
}

/// A series' mark: the shape says which cluster (colour repeats it), hollow
/// marks are a county's or park's scope.
fn series_mark(shape: usize, x: f64, y: f64) -> Html {
    let n = |v: f64| format!("{v:.1}");
    match shape % 5 {
        0 => html! { <circle cx={n(x)} cy={n(y)} r="5" /> },
        1 => html! { <rect x={n(x - 4.5)} y={n(y - 4.5)} width="9" height="9" /> },
        2 => html! { <path d={format!("M{x:.1} {:.1}l6 6l-6 6l-6 -6z", y - 6.0)} /> },
        3 => html! { <path d={format!("M{x:.1} {:.1}l6 10h-12z", y - 6.0)} /> },
        _ => html! { <path d={format!("M{x:.1} {:.1}l6 -10h-12z", y + 6.0)} /> },
    }
}

/// The name at a series' end: the cluster, with the county or a mark for a park's scope.
fn end_name(c: &ExploreCtx, s: &OutputSeries) -> String {
    let name = c.cluster_name(&s.cluster);
    match &s.place {
        None => name,
        Some((Place::County, id)) => format!("{} · {name}", c.county_name(id).split(' ').next().unwrap_or_default()),
        Some(_) => format!("{name} *"),
    }
}

/// The comparison, drawn by the same pipeline as every chart of the page
/// (plotters on a canvas; hover, touch and the arrow keys name each point),
/// with its legend.
fn compare_chart(c: &ExploreCtx, series: &[OutputSeries], summary: String) -> Html {
    let lang = c.lang();
    let shape = |s: &OutputSeries| c.atlas().clusters.iter().position(|x| x.id == s.cluster).unwrap_or(0);
    let spec = Rc::new(ChartSpec::compare(series, &|s| end_name(c, s), &shape));
    html! {
        <figure class="compare-chart">
            <ChartCanvas {spec} {lang} variant={Variant::Full} label={summary}
                goal_label={tx(lang, X::Thousand)} describedby={Some(AttrValue::from("compare-keys"))} />
            <figcaption class="legend">
                <ul>
                    { for series.iter().map(|s| {
                        let k = shape(s);
                        let class = format!("series s{}{}", k % 8, if s.place.is_some() { " local" } else { "" });
                        html! {
                            <li {class}>
                                <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">{ series_mark(k, 8.0, 8.0) }</svg>
                                { format!("{} — {}", c.cluster_name(&s.cluster), scope_label(c, s)) }
                            </li>
                        }
                    }) }
                </ul>
                <p class="muted small" id="compare-keys">{ i18n::t(lang, i18n::Text::ChartKeys) }</p>
            </figcaption>
        </figure>
    }
}

/// The targets of the plan that concern a cluster: the one its output counts
/// towards, and those whose sentence in the plan names it.
fn concerned<'a>(c: &'a ExploreCtx, cl: &Cluster) -> Vec<&'a Rc<Card>> {
    let related: Option<&str> = cl
        .output_indicator
        .as_deref()
        .and_then(|i| c.data().indicators.iter().find(|x| x.id == i))
        .and_then(|i| i.related_target.as_deref());
    c.loaded
        .scorecard
        .cards()
        .filter(|k| Some(k.target.id.as_str()) == related || k.target.quote.contains(&cl.name_zh))
        .collect()
}

#[derive(Properties, PartialEq, Clone)]
pub struct ClusterProps {
    pub ctx: ExploreCtx,
    pub cluster: ClusterId,
}

#[component]
pub fn ClusterPage(props: &ClusterProps) -> Html {
    let c = &props.ctx;
    let (lang, a) = (c.lang(), c.atlas());
    let Some(cl) = a.cluster(&props.cluster) else { return html! {} };
    let counties: Vec<Html> = a
        .counties_of_cluster(&cl.id)
        .into_iter()
        .map(|k| {
            let said = a.cluster_counties.iter().filter(|x| x.cluster == cl.id && x.county == k.id);
            html! { <li>{ c.to_county(&k.id) }{ for said.map(|x| html! { <>{ " · " }{ cite(lang, &x.source, x.confidence) }</> }) }</li> }
        })
        .collect();
    let parks: Vec<Html> = a.parks_of_cluster(&cl.id).into_iter().map(|p| park_item(c, p)).collect();
    let firms: Vec<Html> = a
        .enterprises_of_cluster(&cl.id)
        .into_iter()
        .map(|e| {
            html! {
                <li><span lang="zh-CN">{ &e.name_zh }</span>
                    { e.county.as_deref().map(|k| format!("（{}）", c.county_name(k))).unwrap_or_default() }
                    { " · " }{ cite(lang, &e.source, e.confidence) }</li>
            }
        })
        .collect();
    let targets: Vec<Html> = concerned(c, cl).into_iter().map(|k| target_item(c, k)).collect();
    html! {
        <article class="cluster-page" data-cluster={cl.id.to_string()}>
            <p class="muted">{ i18n::group_name(lang, cl.group) }</p>
            <h3>{ tx(lang, X::Direction) }</h3>
            <blockquote lang="zh-CN">{ &cl.phrase }</blockquote>
            <p class="to-plan"><Link to={View::Plan}>{ tx(lang, X::PlanWords) }</Link></p>
            <h3>{ tx(lang, X::CompareHeading) }</h3>
            <CompareBlock ctx={c.clone()} clusters={Rc::new(vec![cl.id.clone()])} />
            <h3>{ tx(lang, X::WhereItSits) }</h3>
            <p class="muted">{ tx(lang, X::EvidenceNote) }</p>
            { list_or_none(lang, counties) }
            <h3>{ tx(lang, X::ParksOf) }</h3>
            { list_or_none(lang, parks) }
            <h3>{ tx(lang, X::Enterprises) }</h3>
            { list_or_none(lang, firms) }
            <h3>{ tx(lang, X::TargetsConcerned) }</h3>
            { list_or_none(lang, targets) }
        </article>
    }
}
