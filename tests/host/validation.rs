//! Each kind of malformed seed row gives a message naming file, line and reason.

use taizhou_plan::model::{Dataset, Sources};

const PLAN: &str = include_str!("../../seeds/plan/000_3696c77f61d1c5e1.txt");

fn fixture(name: &str) -> String {
    std::fs::read_to_string(format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR")))
        .unwrap_or_else(|e| panic!("fixture {name}: {e}"))
}

/// Loads the fixtures named, the valid ones standing in for the rest, and
/// returns every message.
fn errors(targets: &str, indicators: &str, figures: &str) -> Vec<String> {
    let (t, i, f) = (fixture(targets), fixture(indicators), fixture(figures));
    let src = Sources {
        plan: ("plan.txt", PLAN),
        targets: (targets, &t),
        indicators: (indicators, &i),
        figures: (figures, &f),
        editions: ("editions_one.csv", &fixture("editions_one.csv")),
    };
    match Dataset::load(src) {
        Ok(_) => vec![],
        Err(e) => e.0.iter().map(|e| e.to_string()).collect(),
    }
}

#[test]
fn the_valid_fixtures_load() {
    assert_eq!(errors("targets_ok.csv", "indicators_ok.csv", "figures_ok.csv"), Vec::<String>::new());
}

#[test]
fn a_phrase_not_in_the_plan_is_refused() {
    assert_eq!(
        errors("targets_phrase_missing.csv", "indicators_ok.csv", "figures_ok.csv"),
        vec![
            "targets_phrase_missing.csv:2: phrase not in the plan: \"省级“隐形冠军”企业达到 40 家以上\"".to_string(),
            // the figure for that target now has no indicator to belong to
            "figures_ok.csv:2: unknown indicator id \"hidden\" (not in targets.csv or indicators.csv)".to_string(),
        ]
    );
}

#[test]
fn a_duplicate_target_id_names_both_lines() {
    assert_eq!(
        errors("targets_duplicate.csv", "indicators_ok.csv", "figures_ok.csv"),
        vec!["targets_duplicate.csv:4: duplicate id \"hidden\" (first on line 2)"]
    );
}

#[test]
fn an_unknown_kind_lists_the_known_ones() {
    let e = errors("targets_bad_kind.csv", "indicators_ok.csv", "figures_ok.csv");
    assert!(e[0].starts_with("targets_bad_kind.csv:2: unknown kind \"at_least\" (one of floor, about,"), "{e:?}");
}

#[test]
fn an_unknown_indicator_id_is_refused() {
    assert_eq!(
        errors("targets_ok.csv", "indicators_ok.csv", "figures_unknown_indicator.csv"),
        vec!["figures_unknown_indicator.csv:2: unknown indicator id \"hiddn\" (not in targets.csv or indicators.csv)"]
    );
}

#[test]
fn a_unit_mismatch_is_refused() {
    assert_eq!(
        errors("targets_ok.csv", "indicators_ok.csv", "figures_unit_mismatch.csv"),
        vec!["figures_unit_mismatch.csv:2: unit mismatch: \"个\" where indicator hidden is in \"家\""]
    );
}

#[test]
fn a_year_out_of_range_is_refused() {
    assert_eq!(
        errors("targets_ok.csv", "indicators_ok.csv", "figures_year_out_of_range.csv"),
        vec!["figures_year_out_of_range.csv:2: year 2230 is out of range (2010–2025)"]
    );
}

#[test]
fn a_missing_source_is_refused_and_comment_lines_still_count() {
    assert_eq!(
        errors("targets_ok.csv", "indicators_ok.csv", "figures_missing_source.csv"),
        vec!["figures_missing_source.csv:3: missing source: source_title, source_url and publisher are all required"]
    );
}

#[test]
fn bad_values_qualifiers_periods_dates_and_confidence_are_each_named() {
    assert_eq!(
        errors("targets_ok.csv", "indicators_ok.csv", "figures_bad_value.csv"),
        vec![
            "figures_bad_value.csv:2: value \"三十五\" is not a number (the unit goes in the unit column)",
            "figures_bad_value.csv:3: value \"yes\" of a milestone must be 已完成 or 未完成",
            "figures_bad_value.csv:4: unknown qualifier \"about\" (超, 突破, >, 以上, 近, 约 or empty)",
            "figures_bad_value.csv:4: unknown period \"Q5\" (全年, 年末, 报道时点, or a part of a year such as 1-3季度)",
            "figures_bad_value.csv:4: published_date \"2024-3-1\" is not YYYY, YYYY-MM or YYYY-MM-DD",
            "figures_bad_value.csv:4: unknown confidence \"certain\" (high, medium or low)",
        ]
    );
}

#[test]
fn a_row_with_an_unquoted_comma_is_refused() {
    assert_eq!(
        errors("targets_ok.csv", "indicators_ok.csv", "figures_short_row.csv"),
        vec!["figures_short_row.csv:2: 16 fields where the header has 15 columns (a comma inside a value needs \"quotes\")"]
    );
}

#[test]
fn duplicate_and_dangling_indicators_are_refused() {
    assert_eq!(
        errors("targets_ok.csv", "indicators_duplicate.csv", "figures_ok.csv"),
        vec![
            "indicators_duplicate.csv:3: duplicate id \"hidden\": a target already has it",
            "indicators_duplicate.csv:4: duplicate id \"gdp\" (first on line 2)",
        ]
    );
}
