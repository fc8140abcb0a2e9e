//! The bundled seeds: what they hold, and that they hold it honestly.

use std::collections::HashMap;

use taizhou_plan::model::scorecard::Scorecard;
use taizhou_plan::model::{export, Dataset, Section, Status, TargetKind};

fn data() -> Dataset {
    taizhou_plan::bundle::dataset().expect("the bundled seeds are valid")
}

#[test]
fn every_target_phrase_is_verbatim_in_the_readable_plan() {
    let d = data();
    let text = taizhou_plan::model::plan::PlanText::from_original(taizhou_plan::model::ingest::SEEDS.plan.1).to_text();
    for t in &d.targets {
        assert!(text.contains(&t.phrase), "{}: phrase not in plan text: {}", t.id, t.phrase);
    }
}

#[test]
fn every_kind_of_wording_is_modelled() {
    let d = data();
    let mut kinds: HashMap<&str, usize> = HashMap::new();
    for t in &d.targets {
        *kinds.entry(t.kind.code()).or_default() += 1;
    }
    for code in TargetKind::CODES {
        assert!(kinds.contains_key(code), "no target of kind {code}");
    }
}

#[test]
fn all_four_sections_and_five_dimensions_have_targets() {
    let d = data();
    for s in Section::ALL {
        assert!(d.targets.iter().any(|t| t.section == s), "no target in {s:?}");
    }
    let main: Vec<_> = d.targets.iter().filter(|t| t.section == Section::MainTargets).collect();
    assert!(main.iter().all(|t| t.dimension.is_some()));
    assert!(main.len() >= 29, "主要目标 has at least 29 numeric targets, found {}", main.len());
}

#[test]
fn figures_are_never_invented_for_missing_targets() {
    let d = data();
    // The plan's targets for which research found nothing must say so.
    for id in ["gazelle_firms", "value_added_rate", "labour_productivity", "tax_per_mu", "energy_intensity"] {
        let t = d.target(id).expect("target exists");
        assert_eq!(d.status(t), Status::NoData, "{id}");
        assert!(d.latest(t).is_none());
    }
}

#[test]
fn context_figures_never_decide_a_status() {
    let d = data();
    // Listed companies alone are not "listed plus preparing to list".
    let t = d.target("listed_and_pipeline").expect("target");
    assert_eq!(d.status(t), Status::NoData);
    assert!(d.context_figures(t).iter().any(|f| f.indicator == "listed_companies"));
    // A 规上-wide claim of full digital coverage is another scope than ≥2亿 firms.
    let t = d.target("digital_retrofit_coverage").expect("target");
    assert_eq!(d.status(t), Status::NoData);
    assert_eq!(d.context_figures(t).len(), 2);
}

#[test]
fn known_statuses_follow_from_the_published_figures() {
    let d = data();
    let st = |id: &str| d.status(d.target(id).expect("target"));
    assert_eq!(st("market_leading_products"), Status::Achieved { year: 2024, early: true });
    assert_eq!(st("national_etdz"), Status::Achieved { year: 2021, early: true });
    assert_eq!(st("national_hitech_zone"), Status::Behind { year: 2024 });
    assert_eq!(st("industrial_output_above_scale"), Status::Unclear { year: 2020 });
}

#[test]
fn conflicting_sources_are_kept_and_found() {
    let d = data();
    let conflicts = d.conflicts();
    let keys: Vec<(String, u16)> = conflicts.iter().map(|g| (g[0].indicator.to_string(), g[0].year)).collect();
    assert!(keys.contains(&("gdp".into(), 2019)), "{keys:?}");
    assert!(keys.contains(&("listed_companies".into(), 2021)), "{keys:?}");
    // 5786 and "about 5790" agree; 5263 is 5262.72 rounded.
    assert!(!keys.contains(&("gdp".into(), 2021)), "{keys:?}");
}

#[test]
fn the_verdict_counts_every_target_once() {
    let d = data();
    let sc = Scorecard::build(&d);
    assert_eq!(sc.verdict.total(), d.targets.len());
    assert_eq!(sc.cards().count(), d.targets.len());
}

#[test]
fn downloads_have_the_promised_columns_a_bom_and_a_row_per_item() {
    let d = data();
    let targets = export::targets_csv(&d);
    assert!(targets.starts_with("\u{feff}id,dimension,name_zh,name_en,kind,unit,target_value,target_value_max,target_year,baseline_value,baseline_year,latest_value,latest_year,status,plan_quote\r\n"));
    assert_eq!(targets.lines().count(), d.targets.len() + 1);
    let figures = export::figures_csv(&d);
    assert!(figures.starts_with("\u{feff}indicator_id,year,value,qualifier,unit,scope,period,source_title,source_url,publisher,published_date,confidence,as_of,note,edition,withdrawn_in\r\n"));
    // The download reads back with the seeds' own reader: it is a ready template.
    let mut errors = vec![];
    let parsed = taizhou_plan::model::ingest::seeds::read::<taizhou_plan::model::ingest::seeds::FigureRow>(
        "figures.csv",
        &figures,
        taizhou_plan::model::ingest::FIGURE_COLUMNS,
        &mut errors,
    );
    let parsed = parsed.unwrap_or_else(|| panic!("figures.csv parses: {errors:?}"));
    assert_eq!(parsed.len(), d.figures.len());
    // Qualifiers travel in their own column: "over 1100" is not 1100.
    assert!(parsed.iter().any(|r| r.indicator_id == "cluster_output_auto" && r.value == "1100" && r.qualifier == "超"));
}

#[test]
fn the_bundle_is_the_validated_seeds_less_the_maintainers_notes() {
    use taizhou_plan::model::{bundle, ingest::SEEDS};
    let mut seeds = Dataset::load(SEEDS).expect("seeds validate");
    for f in &mut seeds.figures {
        f.note.clear();
    }
    assert_eq!(data(), seeds);
    assert_eq!(bundle::decode_dataset(&bundle::encode_dataset(&seeds)).expect("round trip"), seeds);
}

/// The seed file is in the form the data desk writes: a maintainer's
/// download, changed and written back, differs from it by the rows changed.
/// `TZ_UPDATE_SEEDS=1 cargo test seed_file` rewrites it in that form.
#[test]
fn the_seed_file_is_in_the_desk_s_order_and_equals_the_download() {
    use taizhou_plan::model::ingest::seeds::{read, FigureRow};
    use taizhou_plan::model::ingest::{FIGURE_COLUMNS, SEEDS};
    let (file, text) = SEEDS.figures;
    let mut errors = vec![];
    let rows = read::<FigureRow>(file, text, FIGURE_COLUMNS, &mut errors).expect("the seed file reads");
    let canonical = export::figure_rows_csv(rows.iter().map(|r| &r.row));
    if std::env::var_os("TZ_UPDATE_SEEDS").is_some() && canonical != text {
        std::fs::write(format!("{}/{file}", env!("CARGO_MANIFEST_DIR")), &canonical).expect("write the seed file");
        return;
    }
    assert!(canonical == text, "{file} is not in the desk's form: run TZ_UPDATE_SEEDS=1 cargo test seed_file");
    let full = Dataset::load(SEEDS).expect("the seeds validate");
    assert!(export::figures_csv(&full) == text, "data/figures.csv would differ from {file}");
}
