//! Search: matching by hanzi, pinyin (full and initials) and English, and
//! the ranking, on the real data and the pinyin the build worked out.

use taizhou_plan::model::search::{normalise, Index, Kind, RELATED};

fn index() -> Index {
    let data = taizhou_plan::bundle::dataset().expect("seeds");
    let bundle = taizhou_plan::bundle::explore_on_host().expect("explore bundle");
    Index::build(&data, &bundle.atlas, &bundle.pinyin)
}

fn first(index: &Index, q: &str) -> Option<(Kind, String, String)> {
    index.search(q).first().map(|h| {
        let e = &index.entries[h.entry];
        (e.kind, e.id.clone(), e.name_zh.clone())
    })
}

/// A query, and the first result it must give.
const FIRST: [(&str, Kind, &str); 22] = [
    ("医药", Kind::Cluster, "pharma"),
    ("yiyao", Kind::Cluster, "pharma"),
    ("yy", Kind::Cluster, "pharma"),
    ("pharma", Kind::Cluster, "pharma"),
    ("  YiYao ", Kind::Cluster, "pharma"),
    ("临海", Kind::County, "linhai"),
    ("linhai", Kind::County, "linhai"),
    ("lh", Kind::County, "linhai"),
    ("温岭", Kind::County, "wenling"),
    ("qiche", Kind::Cluster, "auto"),
    ("Automotive", Kind::Cluster, "auto"),
    ("zhinengmatong", Kind::Cluster, "smart_toilet"),
    ("xinnengyuan", Kind::Cluster, "new_energy"),
    ("taizhouwan", Kind::Park, "tzw_new_area"),
    ("综合保税", Kind::Park, "tz_bonded_zone"),
    ("jiguang", Kind::Park, "laser_park"),
    ("laser", Kind::Park, "laser_park"),
    ("dachen", Kind::Park, "dachen"),
    ("专精特新", Kind::Target, "little_giants_city"),
    ("shangshi", Kind::Target, "listed_and_pipeline"),
    ("yanfa", Kind::Target, "rd_share_of_revenue"),
    ("gdp", Kind::Indicator, "gdp_growth"),
];

#[test]
fn twenty_two_queries_and_their_first_result() {
    let index = index();
    let wrong: Vec<String> = FIRST
        .iter()
        .filter(|(q, kind, id)| first(&index, q).map(|(k, i, _)| (k, i)) != Some((*kind, id.to_string())))
        .map(|(q, kind, id)| format!("{q:?}: expected {kind:?} {id}, got {:?}", first(&index, q)))
        .collect();
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn a_cluster_brings_its_parks_counties_firms_and_targets() {
    let index = index();
    let hits = index.search("yiyao");
    let kinds = |rank: u8| -> Vec<Kind> {
        let mut k: Vec<Kind> = hits.iter().filter(|h| h.rank == rank).map(|h| index.entries[h.entry].kind).collect();
        k.dedup();
        k
    };
    let related = kinds(RELATED);
    for kind in [Kind::Park, Kind::County, Kind::Firm, Kind::Target] {
        assert!(related.contains(&kind), "{kind:?} found with the cluster: {related:?}");
    }
    // A firm found by several sources is one result.
    let names: Vec<&str> = hits.iter().map(|h| index.entries[h.entry].name_zh.as_str()).collect();
    let mut unique = names.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), names.len(), "no result twice");
}

#[test]
fn nonsense_and_long_queries_find_nothing_and_never_panic() {
    let index = index();
    assert!(index.search("").is_empty());
    assert!(index.search("   ").is_empty());
    assert!(index.search("qqqqzzzz").is_empty());
    assert!(index.search(&"医".repeat(1000)).is_empty());
    assert_eq!(normalise(&"a".repeat(1000)).len(), 64, "a query is cut");
    for q in ["%", "\\", "<script>", "'", "ü", "🙂", "\u{0}"] {
        let _ = index.search(q);
    }
}
