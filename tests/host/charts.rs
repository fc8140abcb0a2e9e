//! Chart drawing into plotters' SVG backend, compared with snapshots in
//! `tests/snapshots/`. A mismatch writes `<name>.svg.new` beside the old one
//! for review; `UPDATE_SNAPSHOTS=1` accepts the new drawings.

use std::path::PathBuf;

use plotters::prelude::*;
use taizhou_plan::charts::{draw, ChartSpec, ChartStyle, Goal, MarkKind};
use taizhou_plan::i18n::{self, Lang};
use taizhou_plan::model::{Dataset, Sources};

const PLAN: &str = include_str!("../../seeds/plan/000_3696c77f61d1c5e1.txt");

fn fixture_data() -> Dataset {
    let dir = format!("{}/tests/fixtures", env!("CARGO_MANIFEST_DIR"));
    let t = std::fs::read_to_string(format!("{dir}/chart_targets.csv")).expect("targets fixture");
    let f = std::fs::read_to_string(format!("{dir}/chart_figures.csv")).expect("figures fixture");
    let i = "id,name_zh,name_en,unit,related_target\n";
    let e = std::fs::read_to_string(format!("{dir}/editions_one.csv")).expect("editions fixture");
    Dataset::load(Sources {
        plan: ("plan", PLAN),
        targets: ("t", &t),
        indicators: ("i", i),
        figures: ("f", &f),
        editions: ("e", &e),
    })
    .expect("chart fixtures load")
}

fn svg(data: &Dataset, id: &str, lang: Lang) -> (ChartSpec, String) {
    let target = data.target(id).expect("target");
    svg_styled(data, id, ChartStyle::new(lang, i18n::target_wording(lang, target)))
}

fn svg_styled(data: &Dataset, id: &str, style: ChartStyle) -> (ChartSpec, String) {
    let target = data.target(id).expect("target");
    let spec = ChartSpec::build(data, target);
    let mut out = String::new();
    {
        let root = SVGBackend::with_string(&mut out, (640, 360)).into_drawing_area();
        draw(&root, &spec, &style).expect("draws");
        root.present().expect("presents");
    }
    (spec, out)
}

fn check_snapshot(name: &str, svg: &str) {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/snapshots");
    let path = dir.join(format!("{name}.svg"));
    let new = dir.join(format!("{name}.svg.new"));
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
        std::fs::write(&path, svg).expect("write snapshot");
        let _ = std::fs::remove_file(&new);
        return;
    }
    match std::fs::read_to_string(&path) {
        Ok(old) if old == svg => {
            let _ = std::fs::remove_file(&new);
        }
        Ok(_) => {
            std::fs::write(&new, svg).expect("write new snapshot");
            panic!("{name}: the drawing changed; compare {} with {}", path.display(), new.display());
        }
        Err(_) => {
            std::fs::write(&new, svg).expect("write new snapshot");
            panic!("{name}: no snapshot yet; review {} and rerun with UPDATE_SNAPSHOTS=1", new.display());
        }
    }
}

#[test]
fn a_floor_target_with_several_years() {
    let d = taizhou_plan::bundle::dataset().expect("seeds");
    let (spec, out) = svg(&d, "market_leading_products", Lang::Zh);
    assert_eq!(spec.series().count(), 3);
    assert!(matches!(spec.goal, Goal::Level { year: 2025, value } if value == 300.0));
    assert!(!spec.path.is_empty(), "a baseline gives a required path");
    check_snapshot("floor_several_years", &out);
}

#[test]
fn an_about_target_draws_its_band() {
    let (spec, out) = svg(&fixture_data(), "value_added_rate", Lang::En);
    assert!(
        matches!(spec.goal, Goal::Band { low, high, .. } if (low - 22.5).abs() < 1e-9 && (high - 27.5).abs() < 1e-9)
    );
    check_snapshot("about_band", &out);
}

#[test]
fn a_target_without_data_still_shows_its_goal() {
    let d = taizhou_plan::bundle::dataset().expect("seeds");
    let (spec, out) = svg(&d, "gazelle_firms", Lang::Zh);
    assert!(spec.is_empty());
    check_snapshot("no_data", &out);
}

#[test]
fn conflicting_figures_for_one_year_are_distinct_marks() {
    let (spec, out) = svg(&fixture_data(), "national_tech_centers", Lang::Zh);
    let kinds: Vec<MarkKind> = spec.marks.iter().map(|m| m.kind).collect();
    assert_eq!(kinds, vec![MarkKind::Series, MarkKind::Series, MarkKind::Alternate { conflict: true }]);
    check_snapshot("conflict", &out);
}

#[test]
fn a_partial_year_figure_is_hollow_and_not_joined() {
    let (spec, out) = svg(&fixture_data(), "digital_core_va", Lang::Zh);
    assert_eq!(spec.series().count(), 2, "the partial figure is not in the line");
    assert!(spec.marks.iter().any(|m| m.kind == MarkKind::Partial && m.year == 2022));
    check_snapshot("partial_year", &out);
}

#[test]
fn a_milestone_is_done_or_not() {
    let d = taizhou_plan::bundle::dataset().expect("seeds");
    let (spec, out) = svg(&d, "national_etdz", Lang::Zh);
    assert!(spec.milestone);
    assert_eq!(spec.marks[0].value, 1.0);
    check_snapshot("milestone", &out);
}

#[test]
fn a_per_year_target_draws_its_yearly_floor() {
    let (spec, out) = svg(&fixture_data(), "digital_retrofit_projects", Lang::En);
    assert!(matches!(spec.goal, Goal::PerYear { from: 2020, to: 2025, .. }));
    check_snapshot("per_year", &out);
}

#[test]
fn hit_testing_uses_plotters_mapping() {
    let d = taizhou_plan::bundle::dataset().expect("seeds");
    let target = d.target("market_leading_products").expect("target");
    let spec = ChartSpec::build(&d, target);
    let mut out = String::new();
    let root = SVGBackend::with_string(&mut out, (640, 360)).into_drawing_area();
    let geo = draw(&root, &spec, &ChartStyle::new(Lang::Zh, "")).expect("draws");
    for (i, &p) in geo.points.iter().enumerate() {
        assert_eq!(geo.hit(p), Some(i), "a click on mark {i} finds it");
        assert_eq!(geo.hit((p.0 + 3, p.1 + 40)), Some(i), "near in x, far in y still finds it");
        let (year, _) = geo.data_at(p).expect("inside the plot");
        assert!((year - f64::from(spec.marks[i].year)).abs() < 0.05);
    }
    assert_eq!(geo.hit((0, 0)), None, "outside the plot");
}

#[test]
fn the_series_csv_has_a_row_per_mark() {
    let (spec, _) = svg(&fixture_data(), "national_tech_centers", Lang::Zh);
    let csv = spec.to_csv();
    assert_eq!(csv.lines().count(), spec.marks.len() + 1);
    assert!(csv.contains("conflicting_source,national_tech_centers,2022,25,"));
}

/// The cluster comparison of `clusters` in Chinese, as the page builds it.
fn compare_svg(clusters: &[&str], size: (u32, u32)) -> (ChartSpec, taizhou_plan::charts::Geometry, String) {
    let d = taizhou_plan::bundle::dataset().expect("seeds");
    let atlas = taizhou_plan::bundle::explore_on_host().expect("explore bundle").atlas;
    let clusters: Vec<_> = clusters.iter().map(|&c| c.into()).collect();
    let series = atlas.output_series(&d, &clusters);
    let name = |s: &taizhou_plan::model::atlas::OutputSeries| match &s.place {
        None => atlas.cluster(&s.cluster).map_or(String::new(), |c| c.name_zh.clone()),
        Some((_, id)) => format!("{} · {}", atlas.county(id).map_or("", |c| &c.name_zh), s.cluster),
    };
    let shape = |s: &taizhou_plan::model::atlas::OutputSeries| {
        atlas.clusters.iter().position(|c| c.id == s.cluster).unwrap_or(0)
    };
    let spec = ChartSpec::compare(&series, &name, &shape);
    let style = ChartStyle::new(Lang::Zh, "千亿级 1,000 亿元");
    let mut out = String::new();
    let geometry = {
        let root = SVGBackend::with_string(&mut out, size).into_drawing_area();
        let g = draw(&root, &spec, &style).expect("draws");
        root.present().expect("presents");
        g
    };
    (spec, geometry, out)
}

#[test]
fn the_cluster_comparison_goes_through_the_chart_pipeline() {
    let thousand_bn = ["auto", "pharma", "pump_motor", "mold_plastic", "sewing", "smart_toilet", "aerospace"];
    let (spec, geometry, svg) = compare_svg(&thousand_bn, (720, 380));
    assert!(matches!(spec.goal, Goal::Threshold { value } if value == 1000.0));
    assert_eq!(geometry.points.len(), spec.marks.len(), "every figure is a mark the pointer and keys reach");
    // Scopes are never merged: the county's pharma series is its own, hollow and dashed.
    assert!(spec.series.iter().any(|s| s.local) && spec.series.iter().any(|s| !s.local));
    assert!(svg.contains("千亿级 1,000 亿元") && svg.contains("汽车"), "the line and the end labels are drawn");
    check_snapshot("cluster_comparison", &svg);
}

#[test]
fn the_cluster_comparison_labels_never_overlap() {
    let atlas = taizhou_plan::bundle::explore_on_host().expect("explore bundle").atlas;
    let ids: Vec<&str> = atlas.clusters.iter().map(|c| c.id.as_str()).collect();
    // The seven 千亿 clusters (the default view) at a desktop and a phone width, and each cluster alone.
    let mut cases: Vec<(Vec<&str>, (u32, u32))> =
        vec![(ids[..7].to_vec(), (720, 380)), (ids[..7].to_vec(), (360, 260))];
    cases.extend(ids.iter().map(|id| (vec![*id], (720, 380))));
    for (set, size) in cases {
        let (spec, geometry, _) = compare_svg(&set, size);
        let boxes = &geometry.labels;
        assert!(boxes.len() >= spec.series.len(), "{set:?}: every series is named");
        for (i, a) in boxes.iter().enumerate() {
            for b in &boxes[i + 1..] {
                assert!(!a.overlaps(b), "{set:?} at {size:?}: {a:?} overlaps {b:?}");
            }
        }
    }
}

/// The sizes of the texts and the widths of the strokes an SVG holds.
fn sizes(svg: &str, attr: &str) -> Vec<f64> {
    svg.split(&format!("{attr}=\"")).skip(1).filter_map(|rest| rest.split('"').next()?.parse().ok()).collect()
}

#[test]
fn the_large_text_mode_draws_larger_text_and_thicker_lines_and_high_contrast_black_labels() {
    let data = taizhou_plan::bundle::dataset().expect("seeds");
    let target = data.target("market_leading_products").expect("target");
    let normal = ChartStyle::new(Lang::Zh, i18n::target_wording(Lang::Zh, target));
    let large = ChartStyle { text: taizhou_plan::charts::LARGE_TEXT, ..normal.clone() };
    let (_, a) = svg_styled(&data, "market_leading_products", normal.clone());
    let (_, b) = svg_styled(&data, "market_leading_products", large);
    let max = |v: Vec<f64>| v.into_iter().fold(0.0, f64::max);
    let min = |v: Vec<f64>| v.into_iter().fold(f64::MAX, f64::min);
    assert!(min(sizes(&b, "font-size")) >= min(sizes(&a, "font-size")) * 1.25, "every label larger");
    assert!(max(sizes(&b, "stroke-width")) > max(sizes(&a, "stroke-width")), "thicker lines");
    // High contrast: no grey text, only black (and the status colours of goals).
    let (_, c) = svg_styled(&data, "market_leading_products", ChartStyle { high_contrast: true, ..normal });
    assert!(a.contains("#5B6472"), "normal axis labels are grey");
    assert!(!c.contains("#5B6472") && c.contains("#000000"), "high contrast: black labels");
}

#[test]
fn qr_codes_of_known_addresses_and_the_poster_that_carries_them() {
    use taizhou_plan::charts::poster::{draw_poster, Poster, Qr, POSTER_HEIGHT, POSTER_WIDTH};
    let url = "https://www.zjtz.gov.cn/taizhou-plan/?indicator=market_leading_products";
    let q = Qr::of(url).expect("fits");
    // 71 bytes at level M: version 5, 37 modules a side.
    assert_eq!(q.width, 37);
    // The three finder patterns: a dark ring, a light ring, a dark 3 × 3 core.
    for (ox, oy) in [(0, 0), (q.width - 7, 0), (0, q.width - 7)] {
        for y in 0..7 {
            for x in 0..7 {
                let ring = x == 0 || y == 0 || x == 6 || y == 6;
                let core = (2..=4).contains(&x) && (2..=4).contains(&y);
                assert_eq!(q.is_dark(ox + x, oy + y), ring || core, "finder at ({ox}, {oy}), module ({x}, {y})");
            }
        }
    }
    // The timing pattern between them alternates.
    assert!((8..q.width - 8).all(|i| q.is_dark(i, 6) == (i % 2 == 0)));
    // Another address, another code; the same address, the same code.
    assert_ne!(Qr::of("https://www.zjtz.gov.cn/taizhou-plan/?view=parks").expect("fits"), q);
    assert_eq!(Qr::of(url), Some(q.clone()));
    assert!(Qr::of(&"x".repeat(3000)).is_none(), "past a QR code's capacity: none, not a panic");

    // On the poster: every dark module drawn, black on white.
    let poster = Poster {
        site: "台州制造业高质量发展行动计划：目标与进展".into(),
        title: "国内外细分市场占有率第一的产品".into(),
        headline: "提前实现（2024年）".into(),
        lines: vec!["最新公开数据：307 个（2024年）".into()],
        scan: "扫码查看最新数据与出处".into(),
        url: url.into(),
        stamp: "数据第 2 版 · 更新于 2026-11-27 · 最新数据年份 2025".into(),
    };
    let mut out = String::new();
    {
        let root = SVGBackend::with_string(&mut out, (POSTER_WIDTH, POSTER_HEIGHT)).into_drawing_area();
        draw_poster(&root, &poster, &q, None).expect("draws");
        root.present().expect("presents");
    }
    let black = out.matches(r##"fill="#000000""##).count();
    assert_eq!(black, q.dark.iter().filter(|&&d| d).count());
    assert!(out.contains("国内外细分市场占有率第一的产品") && out.contains("提前实现"));
    assert!(out.contains("数据第 2 版 · 更新于 2026-11-27"), "the poster carries the data's edition");
}

/// The still chart the build writes for the loading state of `?indicator=`
/// is this file's drawing (the same `draw`, the still style), and the
/// target's name and the chart's text alternative inside.
#[test]
fn the_still_chart_is_the_drawing_with_its_name_and_text_alternative() {
    use taizhou_plan::charts::still::{still_name, still_style, still_svg, STILL_SIZES};
    let loaded = taizhou_plan::state::Loaded::bundled().expect("seeds");
    let id = "market_leading_products";
    let (card, spec) = (loaded.card(id).expect("card"), loaded.spec(id).expect("spec"));
    for (lang, title, latest) in [(Lang::Zh, "国内外细分市场占有率第一的产品", "307"), (Lang::En, "", "307")]
    {
        for (w, h) in STILL_SIZES {
            let still = still_svg(card, spec, lang, (w, h)).expect("draws");
            let mut plain = String::new();
            {
                let root = SVGBackend::with_string(&mut plain, (w, h)).into_drawing_area();
                draw(&root, spec, &still_style(lang, &card.target)).expect("draws");
                root.present().expect("presents");
            }
            let body = plain.split_once('>').expect("an <svg> tag").1;
            assert!(still.ends_with(body), "{id} {w}: the same drawing");
            assert!(
                still.starts_with(&format!("<svg width=\"{w}\" height=\"{h}\" viewBox=\"0 0 {w} {h}\" ")),
                "scales to its box"
            );
            let (head, _) = still.split_once("</desc>").expect("a description");
            assert!(head
                .contains(&format!("<title id=\"t\">{}", if title.is_empty() { &card.target.name_en } else { title })));
            assert!(head.contains(latest), "the text alternative names the latest figure: {head}");
        }
        assert_eq!(still_name(id, lang, 388), format!("{id}.{}.388.svg", lang.code()));
    }
}
