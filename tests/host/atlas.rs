//! Clusters, parks and counties: the seeds load, and the filters and
//! cross-filters answer the questions the explore views will ask.

use taizhou_plan::model::atlas::{Atlas, AtlasSources, Level, ParkFilter, ParkStatus, ATLAS_SEEDS};
use taizhou_plan::model::ingest::SEEDS;
use taizhou_plan::model::plan::PlanText;
use taizhou_plan::model::{Dataset, TargetKind};

fn atlas() -> (Dataset, Atlas) {
    let d = taizhou_plan::bundle::dataset().expect("seeds");
    let a = Atlas::load(ATLAS_SEEDS, &PlanText::from_original(SEEDS.plan.1), &d).expect("atlas seeds validate");
    (d, a)
}

fn ids<T>(xs: &[&T], id: impl Fn(&T) -> &str) -> Vec<String> {
    xs.iter().map(|x| id(x).to_string()).collect()
}

#[test]
fn nine_counties_seven_thousand_bn_clusters_and_the_plans_parks() {
    let (_, a) = atlas();
    assert_eq!(a.counties.len(), 9);
    assert_eq!(
        a.clusters.iter().filter(|c| c.group == taizhou_plan::model::atlas::ClusterGroup::ThousandBn).count(),
        7
    );
    assert!(a.parks.len() >= 25);
}

#[test]
fn every_park_milestone_of_the_plan_has_its_park() {
    let (d, a) = atlas();
    for t in d.targets.iter().filter(|t| matches!(t.kind, TargetKind::Milestone)) {
        assert!(a.parks.iter().any(|p| p.milestone_target.as_deref() == Some(&t.id)), "no park for milestone {}", t.id);
    }
}

#[test]
fn which_parks_host_the_pharma_cluster_where_and_at_what_level() {
    let (_, a) = atlas();
    let f = ParkFilter { clusters: vec!["pharma".into()], ..Default::default() };
    let parks = a.parks_where(&f);
    let names = ids(&parks, |p| &p.id);
    assert!(names.contains(&"tzw_etdz".to_string()) && names.contains(&"hy_etdz".to_string()), "{names:?}");
    let national: Vec<_> = parks.iter().filter(|p| p.level == Level::National).map(|p| p.id.as_str()).collect();
    assert_eq!(national, vec!["tzw_etdz"]);
    let counties = ids(&a.counties_of_cluster("pharma"), |c| &c.id);
    for c in ["jiaojiang", "huangyan", "linhai", "tiantai", "xianju"] {
        assert!(counties.contains(&c.to_string()), "{c} in {counties:?}");
    }
}

#[test]
fn filters_combine_and_cross_filter_both_ways() {
    let (_, a) = atlas();
    let f = ParkFilter { county: Some("linhai".into()), level: Some(Level::National), ..Default::default() };
    assert_eq!(ids(&a.parks_where(&f), |p| &p.id), vec!["tzw_etdz", "tz_bonded_zone"]);
    let planned = a.parks_where(&ParkFilter { status: Some(ParkStatus::Planned), ..Default::default() });
    assert!(planned.iter().all(|p| p.status == ParkStatus::Planned) && planned.iter().any(|p| p.id == "dachen"));
    assert!(ids(&a.clusters_in_county("wenling"), |c| &c.id).contains(&"pump_motor".to_string()));
    assert_eq!(ids(&a.clusters_of_park("tzw_etdz"), |c| &c.id), vec!["auto", "pharma"]);
    assert_eq!(a.parks_where(&ParkFilter::default()).len(), a.parks.len(), "no filter selects every park");
}

#[test]
fn leading_enterprises_carry_their_source() {
    let (_, a) = atlas();
    let firms = a.enterprises_of_cluster("sewing");
    assert!(firms.iter().any(|e| e.name_zh.starts_with("杰克") && e.county.as_deref() == Some("jiaojiang")));
    assert!(a.enterprises.iter().all(|e| e.source.url.starts_with("http")));
}

#[test]
fn a_park_with_an_unknown_cluster_or_county_names_file_line_and_reason() {
    let (d, _) = atlas();
    let parks = "id,name_zh,name_en,level,counties,approved,status,area_km2,area_note,clusters,lon,lat,plan_phrase,milestone_target,source_title,source_url,publisher,published_date,confidence,note\n\
        x,某园,Some park,provincial,atlantis,2020,created,abc,,pharma;toys,130,20,,,T,https://example.org,P,2020,high,\n";
    // The place figures name parks of the real file; without them here.
    let place_figures = "place_kind,place_id,metric_zh,metric_en,year,value,qualifier,unit,period,source_title,source_url,publisher,published_date,confidence,note,cluster,edition\n";
    let src = AtlasSources {
        parks: ("parks.csv", parks),
        place_figures: ("place_figures.csv", place_figures),
        ..ATLAS_SEEDS
    };
    let e = Atlas::load(src, &PlanText::from_original(SEEDS.plan.1), &d).expect_err("invalid");
    let messages: Vec<String> = e.0.iter().map(|m| m.to_string()).collect();
    assert_eq!(
        messages,
        vec![
            "parks.csv:2: unknown county \"atlantis\"",
            "parks.csv:2: unknown cluster \"toys\"",
            "parks.csv:2: area_km2 \"abc\" is not a positive number",
            "parks.csv:2: location \"130, 20\" is not in Taizhou",
        ]
    );
}

#[test]
fn the_build_projects_nine_labelled_counties_into_a_schematic_svg() {
    let dir = std::env::var("CARGO_TARGET_DIR").unwrap_or_else(|_| format!("{}/target", env!("CARGO_MANIFEST_DIR")));
    let svg = std::fs::read_to_string(format!("{dir}/tz-data/taizhou-counties-schematic.svg"))
        .expect("the build wrote the map");
    assert_eq!(svg.matches("<path ").count(), 9);
    assert!(svg.contains("示意图"), "marked as a schematic");
    assert!(svg.contains("MIT") && svg.contains("jaska"), "the boundary data's notice");
    let label = |name: &str| -> (f64, f64) {
        let at = svg.find(&format!(">{name}</text>")).unwrap_or_else(|| panic!("no label {name}"));
        let tag = &svg[svg[..at].rfind("<text").expect("text tag")..at];
        let num = |attr: &str| -> f64 {
            let s = &tag[tag.find(attr).expect("attr") + attr.len()..];
            s[..s.find('"').expect("quote")].parse().expect("number")
        };
        (num("x=\""), num("y=\""))
    };
    let (jiaojiang, huangyan, tiantai, yuhuan) = (label("椒江区"), label("黄岩区"), label("天台县"), label("玉环市"));
    assert!(jiaojiang.0 > huangyan.0, "椒江 lies east of 黄岩");
    assert!(tiantai.1 < yuhuan.1, "天台 lies north of 玉环");
}

#[test]
fn county_and_park_figures_keep_their_scope_period_and_source() {
    use taizhou_plan::model::atlas::Place;
    use taizhou_plan::model::{Period, Qualifier, Value};
    let (_, a) = atlas();
    let linhai = a.figures_of(Place::County, "linhai");
    assert!(linhai.iter().any(|f| f.year == 2024 && f.metric_zh.starts_with("地区生产总值")));
    let etdz = a.figures_of(Place::Park, "tzw_etdz");
    let nearly =
        etdz.iter().find(|f| f.year == 2023 && f.metric_zh == "规上工业总产值").expect("the 2023 output figure");
    assert_eq!(nearly.value, Value::Number { value: 241.0, qualifier: Some(Qualifier::Nearly), decimals: 0 });
    assert_eq!(nearly.period, Period::Partial("1-7月".into()), "Jan–Jul is part of a year");
    assert!(a.place_figures.iter().all(|f| f.source.url.starts_with("http")));
}

#[test]
fn parks_side_by_side_say_where_their_numbers_are_not_comparable() {
    use taizhou_plan::model::atlas::{Caveat, MAX_COMPARED};
    let bundle = taizhou_plan::bundle::explore_on_host().expect("explore bundle");
    let a = &bundle.atlas;
    let ids = |xs: &[&str]| xs.iter().map(|&x| x.into()).collect::<Vec<_>>();
    let cmp = a.compare_parks(&ids(&["tzw_etdz", "tzw_new_area"]));
    assert_eq!(cmp.parks.iter().map(|p| p.id.as_str()).collect::<Vec<_>>(), ["tzw_etdz", "tzw_new_area"]);
    let row = |m: &str| cmp.rows.iter().find(|r| r.metric_zh == m).unwrap_or_else(|| panic!("row {m}"));
    // Both published value added, for different years and periods (1-9月 2025 against 全年 2021).
    let va = row("规上工业增加值");
    assert_eq!(va.caveat, Some(Caveat::Years));
    assert_eq!((va.cells[0].len(), va.cells[1].len()), (1, 2));
    assert_eq!(va.cells[1][0].year, 2021, "latest first");
    // Trade: one park's exports and imports, the other's exports only:
    // different measures, each on its own row, nothing to compare.
    assert_eq!(row("进出口额").caveat, None);
    assert!(row("进出口额").cells[1].is_empty());
    assert_eq!(row("出口额").caveat, None);
    // Two of three parks counted their firms above designated size.
    let three = a.compare_parks(&ids(&["tzw_etdz", "tzw_new_area", "hy_etdz"]));
    let firms = three.rows.iter().find(|r| r.metric_zh == "规上企业数").expect("row");
    assert_eq!(firms.caveat, Some(Caveat::NotEveryPark));
    // Every figure of both parks is in the table, once.
    let shown: usize = cmp.rows.iter().flat_map(|r| r.cells.iter()).map(|c| c.len()).sum();
    let published: usize = ["tzw_etdz", "tzw_new_area"]
        .iter()
        .map(|p| a.figures_of(taizhou_plan::model::atlas::Place::Park, p).len())
        .sum();
    assert_eq!(shown, published);
    // Unknown ids are left out; at most four parks.
    let many = a.compare_parks(&ids(&["nowhere", "tzw_etdz", "tzw_new_area", "hy_etdz", "dachen", "sino_german"]));
    assert_eq!(many.parks.len(), MAX_COMPARED);
    assert_eq!(many.parks[0].id, "tzw_etdz");
}
