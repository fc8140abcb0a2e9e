//! The data desk's model on real files: every kind of bad file gives its
//! sentence with the right line, GBK / UTF-16 / BOM / CRLF files read the
//! same, the change list names what publishing would change, and any bytes
//! at all never panic.

use proptest::prelude::*;
use taizhou_plan::i18n::{problem, Lang};
use taizhou_plan::model::desk::{self, Encoding, Sheet};
use taizhou_plan::model::problem::Problem;
use taizhou_plan::model::{Dataset, Status};

fn published() -> Dataset {
    Dataset::load(taizhou_plan::model::ingest::SEEDS).expect("the seeds validate")
}

fn bytes(name: &str) -> Vec<u8> {
    std::fs::read(format!("{}/tests/fixtures/desk/{name}", env!("CARGO_MANIFEST_DIR")))
        .unwrap_or_else(|e| panic!("fixture {name}: {e}"))
}

/// What the browser's `TextDecoder` does, by the same standard.
fn decode(encoding: Encoding, bytes: &[u8]) -> Option<String> {
    let e = encoding_rs::Encoding::for_label(encoding.label().as_bytes())?;
    Some(e.decode_with_bom_removal(bytes).0.into_owned())
}

/// Opens a fixture as the desk does, against the published data.
fn open(name: &str, data: &Dataset) -> Result<(Encoding, Sheet), Problem> {
    let (encoding, text) = desk::open(&bytes(name), decode)?;
    Ok((encoding, Sheet::read(name, &text, data)))
}

/// The problems of a fixture as (line, column, problem).
fn problems(name: &str) -> Vec<(usize, Option<String>, Problem)> {
    let data = published();
    let (_, sheet) = open(name, &data).unwrap_or_else(|p| panic!("{name} opens: {p}"));
    sheet.problems().into_iter().map(|e| (e.line, e.column.clone(), e.problem.clone())).collect()
}

#[test]
fn every_encoding_a_spreadsheet_saves_in_reads_the_same_row() {
    let data = published();
    let mut seen = vec![];
    for (name, encoding) in [
        ("ok_utf8.csv", Encoding::Utf8),
        ("ok_utf8_bom_crlf.csv", Encoding::Utf8),
        ("ok_gbk.csv", Encoding::Gb18030),
        ("ok_utf16.txt", Encoding::Utf16Le),
    ] {
        let (found, sheet) = open(name, &data).unwrap_or_else(|p| panic!("{name}: {p}"));
        assert_eq!(found, encoding, "{name}");
        assert_eq!(sheet.problems().len(), 0, "{name}: {:?}", sheet.problems());
        assert_eq!(sheet.rows.len(), 1, "{name}");
        assert_eq!(sheet.rows[0].line, 2, "{name}");
        seen.push(sheet.rows[0].row.clone());
    }
    assert!(seen.windows(2).all(|w| w[0] == w[1]), "the four files hold the same row: {seen:#?}");
    assert_eq!(seen[0].scope, "全市 规上");
    assert_eq!(seen[0].src.publisher, "台州市统计局（测试）");
}

#[test]
fn each_kind_of_bad_row_is_named_with_its_line_and_column() {
    let cases: &[(&str, usize, Option<&str>, Problem)] = &[
        ("unknown_indicator.csv", 2, Some("indicator_id"), Problem::UnknownIndicator("digital_core_value".into())),
        (
            "unit_mismatch.csv",
            2,
            Some("unit"),
            Problem::UnitMismatch {
                unit: "万元".into(), indicator: "digital_core_va".into(), expected: "亿元".into()
            },
        ),
        ("year_outside_plan.csv", 2, Some("year"), Problem::YearOutOfRange { year: 2031, first: 2010, last: 2025 }),
        (
            "not_a_number.csv",
            2,
            Some("value"),
            Problem::NotANumber { column: "value".into(), text: "125.3亿元".into() },
        ),
        ("missing_source.csv", 2, Some("source_url"), Problem::MissingSource),
        ("duplicate.csv", 3, None, Problem::Duplicate { first_line: 2 }),
        ("unknown_qualifier.csv", 2, Some("qualifier"), Problem::UnknownQualifier("大约".into())),
        ("unknown_scope.csv", 2, Some("scope"), Problem::UnknownScope("临海市 规上".into())),
        ("unknown_period.csv", 2, Some("period"), Problem::UnknownPeriod("上年".into())),
        (
            "bad_date.csv",
            2,
            Some("published_date"),
            Problem::BadDate { column: "published_date".into(), text: "2026/3/20".into() },
        ),
        ("unknown_confidence.csv", 2, Some("confidence"), Problem::UnknownConfidence("sure".into())),
        ("not_http.csv", 2, Some("source_url"), Problem::NotHttp("tjj.zjtz.gov.cn/x".into())),
        ("field_count.csv", 2, None, Problem::FieldCount { found: 15, expected: 14 }),
        ("missing_column.csv", 1, None, Problem::MissingColumns(vec!["confidence".into()])),
    ];
    for (name, line, column, expected) in cases {
        let found = problems(name);
        assert_eq!(found, vec![(*line, column.map(String::from), expected.clone())], "{name}");
        // Both languages have a sentence for it, and they differ.
        let (zh, en) = (problem(Lang::Zh, expected), problem(Lang::En, expected));
        assert!(!zh.is_empty() && zh != en, "{name}: {zh} / {en}");
    }
}

#[test]
fn a_row_of_the_wrong_length_does_not_hide_the_next() {
    let data = published();
    let (_, sheet) = open("field_count.csv", &data).expect("opens");
    assert_eq!(sheet.rows.iter().map(|r| r.line).collect::<Vec<_>>(), vec![3]);
}

#[test]
fn files_of_another_shape_say_what_they_are() {
    let data = published();
    let whole = |name: &str| match open(name, &data) {
        Err(p) => p,
        Ok((_, sheet)) => {
            assert!(sheet.refused(), "{name} should be refused as a whole");
            sheet.read_errors[0].problem.clone()
        }
    };
    assert_eq!(whole("empty.csv"), Problem::EmptyFile);
    assert_eq!(whole("book.xlsx"), Problem::Spreadsheet);
    assert_eq!(whole("binary.bin"), Problem::NotText);
    assert!(matches!(whole("other_table.csv"), Problem::OtherTable { columns } if columns == ["name", "age", "city"]));
    let targets = std::fs::read(format!("{}/seeds/targets.csv", env!("CARGO_MANIFEST_DIR"))).expect("targets.csv");
    let (_, text) = desk::open(&targets, decode).expect("targets.csv is text");
    let sheet = Sheet::read("targets.csv", &text, &data);
    assert_eq!(sheet.read_errors[0].problem, Problem::TargetsFile);
    assert!(problem(Lang::Zh, &Problem::TargetsFile).contains("目标表"));
}

#[test]
fn the_change_list_names_the_new_figure_and_the_target_whose_status_changes() {
    let data = published();
    let published_text = taizhou_plan::model::export::figures_csv(&data);
    // Typed into the download: its edition cells left empty, for the edition being prepared.
    let row = String::from_utf8(bytes("ok_utf8.csv")).expect("utf-8").lines().nth(1).expect("a row").to_string();
    let row = format!("{row},,");
    let sheet = Sheet::read("figures.csv", &format!("{published_text}{row}\r\n"), &data);
    assert_eq!(sheet.problems(), Vec::<&taizhou_plan::model::SeedError>::new());
    let changes = desk::changes(&data, &sheet.preview);
    assert_eq!((changes.added.len(), changes.changed.len(), changes.removed.len()), (1, 0, 0));
    assert_eq!(changes.added[0].figure.indicator, "digital_core_va");
    let status: Vec<_> = changes.status.iter().map(|s| (s.target.as_str(), s.before, s.after)).collect();
    assert_eq!(status, vec![("digital_core_va", Status::NoData, Status::Achieved { early: false, year: 2025 })]);
    assert!(!changes.still_missing.contains(&"digital_core_va".into()));
    assert!(changes.still_missing.len() > 20, "most targets still have no figure");
    // Written back: the published file plus the row, in the stable order.
    let written = sheet.to_csv();
    let mut lines: Vec<&str> = written.lines().collect();
    let row_at = lines.iter().position(|l| *l == row).expect("the row is written as typed");
    lines.remove(row_at);
    assert_eq!(lines, published_text.lines().collect::<Vec<_>>());
}

#[test]
fn a_changed_and_a_removed_figure_and_a_new_conflict_are_listed() {
    let data = published();
    let mut rows: Vec<String> = taizhou_plan::model::export::figures_csv(&data).lines().map(String::from).collect();
    // Change the first data row's value; drop the second.
    let first: Vec<&str> = rows[1].split(',').collect();
    let (id, year) = (first[0].to_string(), first[1].to_string());
    let mut changed = first.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    changed[2] = "99999".into();
    rows[1] = changed.join(",");
    rows.remove(2);
    let sheet = Sheet::read("figures.csv", &rows.join("\n"), &data);
    let changes = desk::changes(&data, &sheet.preview);
    assert_eq!(changes.changed.len(), 1, "{:?}", changes.changed);
    assert_eq!(
        (changes.changed[0].figure.indicator.as_str(), changes.changed[0].figure.year.to_string()),
        (id.as_str(), year)
    );
    assert_eq!(changes.removed.len(), 1);
    assert!(changes.added.is_empty());
}

#[test]
fn a_form_row_is_checked_like_a_file_row_and_duplicates_count() {
    let data = published();
    let text = String::from_utf8(bytes("ok_utf8.csv")).expect("utf-8");
    let sheet = Sheet::read("figures.csv", &text, &data);
    let mut row = sheet.rows[0].row.clone();
    // The same figure again is a duplicate of line 2.
    let errors = sheet.check_row(&row, &data);
    assert_eq!(
        errors.iter().map(|e| e.problem.clone()).collect::<Vec<_>>(),
        vec![Problem::Duplicate { first_line: 2 }]
    );
    row.year = "2024".into();
    row.src.publisher.clear();
    let errors = sheet.check_row(&row, &data);
    assert_eq!(
        (errors[0].line, errors[0].column.as_deref(), &errors[0].problem),
        (3, Some("publisher"), &Problem::MissingSource)
    );
    row.src.publisher = "台州市统计局（测试）".into();
    assert!(sheet.check_row(&row, &data).is_empty());
    let grown = sheet.with_row(row, &data);
    assert_eq!((grown.rows.len(), grown.preview.figures.len()), (2, 2));
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    /// Any bytes as a file: a sentence or a sheet, never a panic.
    #[test]
    fn any_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..600)) {
        let data = published_once();
        if let Ok((_, text)) = desk::open(&bytes, decode) {
            let sheet = Sheet::read("x.csv", &text, data);
            let _ = desk::changes(data, &sheet.preview);
            let _ = sheet.to_csv();
        }
    }

    /// Text that looks like a figures file, with any cells: never a panic.
    #[test]
    fn any_cells_never_panic(cells in proptest::collection::vec("[ -~一-龥\",\\r\\n]{0,12}", 0..60)) {
        let data = published_once();
        let body: Vec<String> = cells.chunks(14).map(|c| c.join(",")).collect();
        let text = format!("{}\n{}", taizhou_plan::model::export::SEED_FIGURES_HEADER, body.join("\n"));
        let sheet = Sheet::read("x.csv", &text, data);
        let _ = desk::changes(data, &sheet.preview);
    }
}

fn published_once() -> &'static Dataset {
    static DATA: std::sync::OnceLock<Dataset> = std::sync::OnceLock::new();
    DATA.get_or_init(published)
}

/// The desk proposes the next edition: the added and the changed rows are
/// marked with it, the versions they replace and the removed rows are kept,
/// withdrawn in it, and the files it writes pass the build and replay to the
/// very change list the desk showed.
#[test]
fn the_desk_proposes_the_next_edition_and_its_files_pass_the_build() {
    use taizhou_plan::model::ingest::{Sources, SEEDS};
    let data = published();
    let published_text = taizhou_plan::model::export::figures_csv(&data);
    let published_sheet = Sheet::read("figures.csv", &published_text, &data);
    let mut lines: Vec<String> = published_text.lines().map(String::from).collect();
    // Change the first row's value, remove the second, add one typed without an edition.
    let header = lines[0].clone();
    let cols: Vec<&str> = header.trim_start_matches('\u{feff}').split(',').collect();
    let value_at = cols.iter().position(|c| *c == "value").expect("value column");
    let mut first: Vec<String> = lines[1].split(',').map(String::from).collect();
    first[value_at] = "6".into();
    lines[1] = first.join(",");
    lines.remove(2);
    let row = String::from_utf8(bytes("ok_utf8.csv")).expect("utf-8").lines().nth(1).expect("a row").to_string();
    lines.push(format!("{row},,"));
    let sheet = Sheet::read("figures.csv", &lines.join("\r\n"), &data);
    assert_eq!(sheet.problems(), Vec::<&taizhou_plan::model::SeedError>::new());
    let changes = desk::changes(&data, &sheet.preview);
    assert_eq!((changes.added.len(), changes.changed.len(), changes.removed.len()), (1, 1, 1));
    let edition = desk::next_edition(&data, &changes, "2027-03-20");
    assert_eq!((edition.number, edition.date.as_str()), (3, "2027-03-20"));
    assert_eq!(edition.summary_zh, "新增 1 项数据；修改 1 项数据；撤下 1 项数据；1 项目标的完成情况变化");
    assert_eq!(
        edition.summary_en,
        "1 figure added; 1 figure changed; 1 figure removed; the status of 1 target changed"
    );
    let figures = desk::figures_of_edition(edition.number, &published_sheet, &sheet, &changes);
    let mut editions = data.editions.clone();
    editions.push(edition);
    let editions_csv = taizhou_plan::model::export::editions_csv(&editions);
    let next = Dataset::load(Sources {
        figures: ("figures.csv", &figures),
        editions: ("editions.csv", &editions_csv),
        ..SEEDS
    })
    .expect("the proposed files pass the build");
    assert_eq!(next.withdrawn.len(), 2, "the changed row's old version and the removed row");
    let replayed = next.replay().pop().expect("edition 3");
    assert_eq!(replayed.edition.number, 3);
    let key = |c: &desk::Changes| (c.added.len(), c.changed.len(), c.removed.len(), c.status.len());
    assert_eq!(key(&replayed.changes), key(&changes));
    // Edition 2 is still exactly what it was.
    assert_eq!(next.at_edition(2).expect("edition 2").figures.len(), data.figures.len());
}
