//! The explore views rendered on the host by the app itself (Yew's server
//! renderer): the markup answers "which parks host pharma, where, at what level" and "how
//! big is each 千亿 cluster, did it pass 1,000 亿元", narrows by every
//! filter, never merges scopes, and drops ids it does not know.

use std::rc::Rc;

use taizhou_plan::model::atlas::{Atlas, ParkFilter, Place};
use taizhou_plan::model::bundle::ExploreBundle;
use taizhou_plan::model::Dataset;
use taizhou_plan::route::{Notice, UrlState, View};
use taizhou_plan::ui::{App, AppProps};
use yew::ServerRenderer;

struct Data {
    data: Dataset,
    atlas: Atlas,
}

fn data() -> Data {
    let bundle: ExploreBundle = taizhou_plan::bundle::explore_on_host().expect("explore bundle");
    Data { data: taizhou_plan::bundle::dataset().expect("dataset"), atlas: bundle.atlas }
}

/// The view's heading and the page's markup, as the app renders `query`.
async fn render(_: &Data, query: &'static str) -> (String, String) {
    let html = ServerRenderer::<App>::with_props(move || {
        let bundle = taizhou_plan::bundle::explore_on_host().expect("explore bundle");
        AppProps { query: query.into(), explore: Some(Rc::new(bundle)), modes: None }
    })
    .hydratable(false)
    .render()
    .await;
    assert!(!html.contains("url-notice"), "{query}: a notice");
    let heading = ["<h2 id=\"explore-h\" tabindex=\"-1\">", "<h2 id=\"plan-h\" tabindex=\"-1\">"]
        .iter()
        .find_map(|open| html.find(open).map(|i| i + open.len()))
        .unwrap_or_else(|| panic!("{query}: no view heading in {html}"));
    let title = html[heading..heading + html[heading..].find("</h2>").expect("closed")].to_string();
    (title, html)
}

/// The values of `attr` on the elements that carry it, in document order.
fn attr_values(html: &str, attr: &str) -> Vec<String> {
    let needle = format!(" {attr}=\"");
    html.match_indices(&needle)
        .map(|(i, _)| {
            let rest = &html[i + needle.len()..];
            rest[..rest.find('"').expect("closed")].to_string()
        })
        .collect()
}

/// The markup of the table row `<tr data-park="id">…</tr>`.
fn row<'a>(html: &'a str, attr: &str, id: &str) -> &'a str {
    let start = html.find(&format!("<tr {attr}=\"{id}\"")).unwrap_or_else(|| panic!("no row {id}"));
    let end = html[start..].find("</tr>").expect("row ends") + start;
    &html[start..end]
}

#[tokio::test]
async fn which_parks_host_pharma_where_and_at_what_level() {
    let d = data();
    let (_, html) = render(&d, "?view=parks&cluster=pharma").await;
    let listed = attr_values(&html, "data-park");
    let expected: Vec<String> = d
        .atlas
        .parks_where(&ParkFilter { clusters: vec!["pharma".into()], ..Default::default() })
        .iter()
        .map(|p| p.id.to_string())
        .collect();
    assert_eq!(listed, expected);
    assert!(listed.len() >= 5 && listed.len() < d.atlas.parks.len(), "{listed:?}");
    let etdz = row(&html, "data-park", "tzw_etdz");
    assert!(etdz.contains("国家级") && etdz.contains("临海市") && etdz.contains("2021-06"), "{etdz}");
    // The plan's commitment about it happened: its milestone's status links to the chart.
    assert!(etdz.contains("?indicator=national_etdz") && etdz.contains("提前实现"), "{etdz}");
    // In English, the same rows.
    let (_, en) = render(&d, "?view=parks&cluster=pharma&lang=en").await;
    assert_eq!(attr_values(&en, "data-park"), expected);
    assert!(row(&en, "data-park", "tzw_etdz").contains("national"));
}

#[tokio::test]
async fn every_filter_narrows_the_directory_and_sorting_reorders_it() {
    let d = data();
    let all = attr_values(&render(&d, "?view=parks").await.1, "data-park");
    assert_eq!(all.len(), d.atlas.parks.len());
    let national = attr_values(&render(&d, "?view=parks&level=national").await.1, "data-park");
    assert_eq!(national, vec!["tzw_etdz", "tz_bonded_zone"]);
    let planned = attr_values(&render(&d, "?view=parks&status=planned").await.1, "data-park");
    assert!(planned.contains(&"dachen".to_string()) && !planned.contains(&"tzw_etdz".to_string()));
    let wenling = attr_values(&render(&d, "?view=parks&county=wenling").await.1, "data-park");
    assert!(
        !wenling.is_empty() && wenling.iter().all(|p| d.atlas.park(p).unwrap().counties.contains(&"wenling".into()))
    );
    let by_level = attr_values(&render(&d, "?view=parks&sort=level").await.1, "data-park");
    assert_eq!(&by_level[..2], &["tzw_etdz", "tz_bonded_zone"]);
    let mut sorted = by_level.clone();
    sorted.sort();
    let mut plain = all.clone();
    plain.sort();
    assert_eq!(sorted, plain, "sorting keeps every park");
}

#[tokio::test]
async fn how_big_is_each_thousand_bn_cluster_and_did_it_pass() {
    let d = data();
    let (title, html) = render(&d, "?view=clusters").await;
    assert_eq!(title, "产业集群");
    // One answer row per 千亿 cluster.
    let answered = attr_values(&html, "data-cluster");
    for id in ["auto", "pharma", "pump_motor", "mold_plastic", "sewing", "smart_toilet", "aerospace"] {
        assert!(answered.contains(&id.to_string()), "{id}");
    }
    let auto = row(&html, "data-cluster", "auto");
    assert!(auto.contains("超 1100 亿元") && auto.contains("2019") && auto.contains("class=\"yes\""), "{auto}");
    let pharma = row(&html, "data-cluster", "pharma");
    assert!(pharma.contains("501.7") && pharma.contains("class=\"no\""), "{pharma}");
    // No city-wide figure: said, not guessed from a county's.
    assert!(row(&html, "data-cluster", "pump_motor").contains("未找到全市产值的公开数据"));
    // The chart is a canvas of the chart pipeline (its drawing is tested in
    // charts.rs), with a text alternative that answers the question.
    let chart = &html[html.find("<figure class=\"compare-chart\"").expect("the comparison")..];
    assert!(chart.contains("<canvas") && chart.contains("aria-label=\"产值比较图"), "{chart}");
}

#[test]
fn scopes_are_never_merged_into_one_series() {
    let d = data();
    let series = d.atlas.output_series(&d.data, &["pharma".into()]);
    let scopes: Vec<(Option<Place>, &str)> =
        series.iter().map(|s| (s.place.as_ref().map(|p| p.0), s.scope_zh.as_str())).collect();
    assert_eq!(
        scopes,
        vec![(None, "全市 医药健康产业"), (None, "全市 医药产业"), (Some(Place::County), "医药健康产业年产值")]
    );
    // Two sources for one year of one scope: the second is drawn apart, flagged if they conflict.
    let toilet = d.atlas.output_series(&d.data, &["smart_toilet".into()]);
    let alt: Vec<_> = toilet.iter().flat_map(|s| &s.points).filter(|p| p.alternate).collect();
    assert_eq!(alt.len(), 1);
    assert!(!alt[0].conflict, "超 40 and 约 50 can both be true");
}

#[tokio::test]
async fn one_cluster_opens_its_page_with_the_plans_words_places_and_firms() {
    let d = data();
    let (title, html) = render(&d, "?view=clusters&cluster=pharma").await;
    assert_eq!(title, "医药");
    assert!(html.contains("做大成品药、做强原料药、做优中间体、突破创新药"));
    assert!(html.contains("?view=counties&amp;county=linhai"));
    assert!(html.contains("?view=parks&amp;park=tzw_etdz"));
    assert!(html.contains("华海"), "a leading firm a source names");
    assert!(html.contains("?indicator=thousand_bn_clusters"), "the target it counts towards");
}

#[tokio::test]
async fn a_county_page_labels_its_figures_as_context() {
    let d = data();
    let (title, html) = render(&d, "?view=counties&county=linhai").await;
    assert_eq!(title, "临海市");
    assert!(html.contains("不计入全市目标的进度"));
    assert!(html.contains("class=\"county sel\""), "the map marks the county");
    let figures = d.atlas.figures_of(Place::County, "linhai").len();
    assert!(figures > 0 && html.matches("<td>").count() >= figures);
}

#[tokio::test]
async fn counties_narrow_by_cluster_and_the_map_links_every_county() {
    let d = data();
    let (_, html) = render(&d, "?view=counties&cluster=pump_motor").await;
    let rows = attr_values(&html, "data-county");
    assert!(rows.contains(&"wenling".to_string()) && rows.len() < 9, "{rows:?}");
    let (_, all) = render(&d, "?view=counties").await;
    assert_eq!(attr_values(&all, "data-county").len(), 9);
    assert_eq!(all.matches("class=\"county\"").count(), 9, "nine county links on the map");
    assert!(all.contains("示意图"));
}

#[test]
fn ids_the_atlas_does_not_have_are_dropped_with_a_notice() {
    let d = data();
    let (state, _) = UrlState::parse("?view=parks&cluster=pharma,toys&county=atlantis", &|_| false);
    let (known, notices) = state.filters.known(&d.atlas);
    assert_eq!(known.clusters, ["pharma"]);
    assert_eq!(known.county, None);
    assert_eq!(
        notices,
        vec![
            Notice::Invalid { name: "cluster".into(), value: "toys".into() },
            Notice::Invalid { name: "county".into(), value: "atlantis".into() },
        ]
    );
    assert_eq!(state.view, View::Parks);
}

#[tokio::test]
async fn the_plan_view_marks_every_phrase_and_links_it() {
    let d = data();
    let (title, html) = render(&d, "?view=plan").await;
    assert_eq!(title, "规划原文");
    assert!(html.contains("id=\"market_leading_products\""));
    let marked = html.matches("<mark ").count();
    assert!(marked >= d.data.targets.len() - 5, "{marked}");
}

/// On the parks' map, no county's name runs into another, and no park's
/// mark covers a name or another mark: with every park, and with each
/// cluster's, in both languages.
#[test]
fn map_names_and_park_marks_never_overlap() {
    use taizhou_plan::model::map::{place_marks, NameAt};
    let d = data();
    let a = &d.atlas;
    let mut sets: Vec<Vec<_>> = vec![a.parks.iter().collect()];
    for c in &a.clusters {
        sets.push(a.parks.iter().filter(|p| p.clusters.contains(&c.id)).collect());
    }
    for en in [false, true] {
        let names: Vec<NameAt> = a
            .map
            .counties
            .iter()
            .map(|(id, _, at)| {
                let c = a.county(id).expect("a county of the map");
                let name = if en { c.short_name_en() } else { &c.name_zh }.to_string();
                NameAt { at: *at, name }
            })
            .collect();
        let texts: Vec<_> = names.iter().map(NameAt::bounds).collect();
        for (i, t) in texts.iter().enumerate() {
            for (u, n) in texts[i + 1..].iter().zip(&names[i + 1..]) {
                let clear = t.2 <= u.0 || u.2 <= t.0 || t.3 <= u.1 || u.3 <= t.1;
                assert!(clear, "{} runs into {}", names[i].name, n.name);
            }
        }
        for parks in &sets {
            let counts: Vec<usize> = a
                .map
                .counties
                .iter()
                .map(|(id, _, _)| parks.iter().filter(|p| p.counties.first() == Some(id)).count())
                .collect();
            let spots: Vec<(f64, f64)> = place_marks(&names, &counts).into_iter().flatten().collect();
            assert_eq!(spots.len(), counts.iter().sum::<usize>());
            for (i, &(x, y)) in spots.iter().enumerate() {
                let mark = (x - 12.0, y - 12.0, x + 12.0, y + 12.0);
                for (t, n) in texts.iter().zip(&names) {
                    let clear = mark.2 <= t.0 || t.2 <= mark.0 || mark.3 <= t.1 || t.3 <= mark.1;
                    assert!(clear, "a mark at ({x:.0}, {y:.0}) covers {} ({} parks)", n.name, parks.len());
                }
                for &(ox, oy) in &spots[i + 1..] {
                    assert!((ox - x).abs() >= 24.0 || (oy - y).abs() >= 24.0, "two marks at ({x:.0}, {y:.0})");
                }
                assert!(
                    (12.0..a.map.width - 12.0).contains(&x) && (12.0..a.map.height - 12.0).contains(&y),
                    "({x:.0}, {y:.0}) off the map"
                );
            }
        }
    }
}
