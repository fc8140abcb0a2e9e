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
    Dataset::load(Sources { plan: ("plan", PLAN), targets: ("t", &t), indicators: ("i", i), figures: ("f", &f) })
        .expect("chart fixtures load")
}

fn svg(data: &Dataset, id: &str, lang: Lang) -> (ChartSpec, String) {
    let target = data.target(id).expect("target");
    let spec = ChartSpec::build(data, target);
    let style = ChartStyle::new(lang, i18n::target_wording(lang, target));
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
    let d = Dataset::bundled().expect("seeds");
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
    let d = Dataset::bundled().expect("seeds");
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
    let d = Dataset::bundled().expect("seeds");
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
    let d = Dataset::bundled().expect("seeds");
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

#[test]
fn the_cluster_comparison_labels_never_overlap() {
    use taizhou_plan::charts::compare::{self, CompareAxes, LabelBox};
    let d = Dataset::bundled().expect("seeds");
    let atlas = taizhou_plan::bundle::explore_on_host().expect("explore bundle").atlas;
    let ids: Vec<&str> = atlas.clusters.iter().map(|c| c.id.as_str()).collect();
    // The seven 千亿 clusters (the default view), and each cluster alone.
    let mut sets: Vec<Vec<&str>> = vec![ids[..7].to_vec()];
    sets.extend(ids.iter().map(|id| vec![*id]));
    for set in sets {
        let series = atlas.output_series(&d, &set);
        let axes = CompareAxes::fit(&series);
        let layout = compare::layout(&axes, &series, &|s| format!("{} · 温岭市 泵与电机", s.cluster), &|v| {
            i18n::short_value(Lang::Zh, v)
        });
        let mut boxes: Vec<LabelBox> = Vec::new();
        for l in &layout {
            let half = compare::text_width(&l.end_text) / 2.0;
            boxes.push(LabelBox { x: l.end.0 + half, y: l.end.1 - 4.0, half });
            for p in l.points.iter() {
                if let Some(t) = &p.label {
                    boxes.push(LabelBox { x: p.x, y: p.y - 13.0, half: compare::text_width(t) / 2.0 });
                }
            }
        }
        for (i, a) in boxes.iter().enumerate() {
            for b in &boxes[i + 1..] {
                assert!(!a.overlaps(b), "{set:?}: {a:?} overlaps {b:?}");
            }
        }
    }
}
