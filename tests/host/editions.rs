//! Editions on fixtures: the data of each edition rebuilt from the figures'
//! editions, the changelog replayed from them, a target's status history
//! judged by the one status method (a status that goes back included), and
//! the build's checks of the editions file and of the rows' editions.

use taizhou_plan::model::desk::Changes;
use taizhou_plan::model::{Dataset, Sources, Status};

const PLAN: &str = include_str!("../../seeds/plan/000_3696c77f61d1c5e1.txt");

fn fixture(name: &str) -> String {
    std::fs::read_to_string(format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR")))
        .unwrap_or_else(|e| panic!("fixture {name}: {e}"))
}

fn load(figures: &str, editions: &str) -> Result<Dataset, Vec<String>> {
    let (t, i, f, e) = (fixture("targets_ok.csv"), fixture("indicators_ok.csv"), fixture(figures), fixture(editions));
    let src = Sources {
        plan: ("plan.txt", PLAN),
        targets: ("targets_ok.csv", &t),
        indicators: ("indicators_ok.csv", &i),
        figures: (figures, &f),
        editions: (editions, &e),
    };
    Dataset::load(src).map_err(|e| e.0.iter().map(|e| e.to_string()).collect())
}

fn three() -> Dataset {
    load("figures_three_editions.csv", "editions_three.csv").expect("the fixture loads")
}

/// (indicator, year, value) of each figure, in the dataset's order.
fn values(d: &Dataset) -> Vec<(String, u16, f64)> {
    d.figures.iter().map(|f| (f.indicator.to_string(), f.year, f.value.number().unwrap_or(f64::NAN))).collect()
}

/// (figures added, changed with old and new value, removed, statuses moved).
type Summary =
    (Vec<(String, u16)>, Vec<(String, u16, f64, f64)>, Vec<(String, u16)>, Vec<(String, &'static str, &'static str)>);

fn summary(c: &Changes) -> Summary {
    let key = |f: &taizhou_plan::model::Figure| (f.indicator.to_string(), f.year);
    (
        c.added.iter().map(|a| key(&a.figure)).collect(),
        c.changed
            .iter()
            .map(|a| {
                let before = a.before.as_ref().and_then(|b| b.value.number()).unwrap_or(f64::NAN);
                (a.figure.indicator.to_string(), a.figure.year, before, a.figure.value.number().unwrap_or(f64::NAN))
            })
            .collect(),
        c.removed.iter().map(key).collect(),
        c.status.iter().map(|s| (s.target.to_string(), s.before.code(), s.after.code())).collect(),
    )
}

#[test]
fn the_latest_edition_holds_the_standing_rows_and_keeps_the_withdrawn_apart() {
    let d = three();
    assert_eq!(d.edition().map(|e| (e.number, e.date.as_str())), Some((3, "2025-03-01")));
    assert_eq!(
        values(&d),
        vec![
            ("hidden".into(), 2019, 10.0),
            ("hidden".into(), 2021, 19.0),
            ("hidden".into(), 2023, 21.0),
            ("hidden".into(), 2024, 31.0)
        ]
    );
    assert_eq!(d.withdrawn.len(), 2, "the 2021 figure as first typed, and the removed GDP figure");
    assert_eq!(d.edition().map(|e| e.next_zh.as_str()), Some("2026年3月 统计公报"));
}

#[test]
fn an_edition_is_rebuilt_as_it_was_published() {
    let d = three();
    let first = d.at_edition(1).expect("edition 1");
    assert_eq!(
        values(&first),
        vec![("gdp".into(), 2021, 5786.0), ("hidden".into(), 2019, 10.0), ("hidden".into(), 2021, 20.0)]
    );
    assert_eq!(first.editions.len(), 1);
    assert!(first.withdrawn.is_empty());
    let hidden = d.target("hidden").expect("target");
    assert_eq!(first.status(hidden).code(), "on_track");
    let second = d.at_edition(2).expect("edition 2");
    assert_eq!(second.figures.len(), 4);
    assert_eq!(second.status(hidden).code(), "behind");
    assert_eq!(d.at_edition(3).expect("edition 3").figures, d.figures);
    assert!(d.at_edition(0).is_none() && d.at_edition(4).is_none());
}

#[test]
fn replaying_the_editions_gives_each_one_s_changes_and_the_statuses_they_moved() {
    let d = three();
    let log = d.replay();
    assert_eq!(log.iter().map(|e| e.edition.number).collect::<Vec<_>>(), vec![1, 2, 3]);
    let s = |i: usize| summary(&log[i].changes);
    assert_eq!(
        s(0),
        (
            vec![("gdp".into(), 2021), ("hidden".into(), 2019), ("hidden".into(), 2021)],
            vec![],
            vec![],
            vec![("hidden".into(), "no_data", "on_track")]
        )
    );
    assert_eq!(s(1), (vec![("hidden".into(), 2023)], vec![], vec![], vec![("hidden".into(), "on_track", "behind")]));
    assert_eq!(
        s(2),
        (
            vec![("hidden".into(), 2024)],
            vec![("hidden".into(), 2021, 20.0, 19.0)],
            vec![("gdp".into(), 2021)],
            vec![("hidden".into(), "behind", "achieved")]
        )
    );
}

#[test]
fn a_status_history_follows_publication_dates_and_may_go_back() {
    let d = three();
    let hidden = d.target("hidden").expect("target");
    let steps: Vec<(String, &str, &str, Vec<u16>)> = d
        .status_history(hidden)
        .iter()
        .map(|s| (s.date.clone(), s.before.code(), s.after.code(), s.figures.iter().map(|f| f.year).collect()))
        .collect();
    // The 2019 baseline alone judges nothing; on track on the 2021 figure,
    // behind on the 2023 one (back), achieved early on the 2024 one.
    assert_eq!(
        steps,
        vec![
            ("2022-03-01".into(), "no_data", "on_track", vec![2021]),
            ("2024-04-01".into(), "on_track", "behind", vec![2023]),
            ("2025-02-01".into(), "behind", "achieved", vec![2024]),
        ]
    );
    assert!(matches!(d.status(hidden), Status::Achieved { early: true, year: 2024 }));
    // A target with no figure has no history.
    assert!(d.status_history(d.target("zone").expect("target")).is_empty());
}

#[test]
fn the_build_refuses_editions_out_of_order_and_rows_naming_no_edition_of_the_file() {
    assert_eq!(
        load("figures_ok.csv", "editions_bad.csv").expect_err("refused"),
        vec![
            "editions_bad.csv:3: edition \"3\" is out of order: editions are numbered 1, 2, 3 … in order, so this row is edition 2",
            "editions_bad.csv:4: date 2024-05-01 is before the previous edition's 2024-06-01: editions follow each other in time",
            "editions_bad.csv:5: date \"2024-07\" is not YYYY, YYYY-MM or YYYY-MM-DD",
            "editions_bad.csv:5: summary_zh is empty",
        ]
    );
    assert_eq!(
        load("figures_bad_editions.csv", "editions_three.csv").expect_err("refused"),
        vec![
            "figures_bad_editions.csv:2: edition is empty: each row names the edition that added or last changed it (see editions.csv)",
            "figures_bad_editions.csv:3: edition \"4\" is not an edition of editions.csv",
            "figures_bad_editions.csv:4: withdrawn in edition 1 but added in edition 1: it must be withdrawn later than added",
            "figures_bad_editions.csv:5: edition \"一\" is not an edition of editions.csv",
        ]
    );
}

#[test]
fn the_real_history_has_the_first_release_and_the_desk_s_pass() {
    let d = Dataset::load(taizhou_plan::model::ingest::SEEDS).expect("the seeds validate");
    let log = d.replay();
    assert_eq!(
        log.iter().map(|e| (e.edition.number, e.edition.date.as_str())).collect::<Vec<_>>(),
        vec![(1, "2026-11-26"), (2, "2026-11-27")]
    );
    let added: Vec<(String, u16)> =
        log[1].changes.added.iter().map(|a| (a.figure.indicator.to_string(), a.figure.year)).collect();
    assert_eq!(
        added,
        vec![
            ("gdp".into(), 2021),
            ("industrial_va_above_scale_growth".into(), 2021),
            ("listed_pipeline_in_review".into(), 2022),
            ("listed_pipeline_tutoring".into(), 2022)
        ]
    );
    assert_eq!(log[0].changes.added.len(), d.figures.len() - 4);
}

#[test]
fn a_county_or_park_figure_names_an_edition_of_the_file_and_an_edition_shows_its_own() {
    use taizhou_plan::model::atlas::{Atlas, AtlasSources, ATLAS_SEEDS};
    use taizhou_plan::model::ingest::SEEDS;
    use taizhou_plan::model::plan::PlanText;
    let d = Dataset::load(SEEDS).expect("seeds");
    let plan = PlanText::from_original(SEEDS.plan.1);
    let real = Atlas::load(ATLAS_SEEDS, &plan, &d).expect("the atlas loads");
    assert!(real.place_figures.iter().all(|f| f.edition == 1), "all came with the first edition");
    assert_eq!(real.at_edition(1).place_figures.len(), real.place_figures.len());
    let seed = ATLAS_SEEDS.place_figures.1;
    let header = seed.lines().find(|l| !l.starts_with('#')).expect("a header");
    let row = seed.lines().filter(|l| !l.starts_with('#')).nth(1).expect("a row");
    let bad = format!("{header}\n{}9\n", row.trim_end().trim_end_matches('1'));
    let src = AtlasSources { place_figures: ("place_figures.csv", &bad), ..ATLAS_SEEDS };
    let e = Atlas::load(src, &plan, &d).expect_err("refused");
    let messages: Vec<String> = e.0.iter().map(|m| m.to_string()).collect();
    assert_eq!(messages, vec!["place_figures.csv:2: edition \"9\" is not an edition of editions.csv"]);
}
