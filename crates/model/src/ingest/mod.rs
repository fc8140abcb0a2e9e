//! Reading and validating the seed files into a [`Dataset`]: the border
//! where rows of text become typed targets, indicators and figures.
//!
//! Parse once at the border: every problem becomes a [`SeedError`] naming
//! the file, line and reason. All problems of a load are reported together,
//! so a data maintainer fixes a file in one pass. Conflicting figures are
//! data, not errors: they are kept and surfaced by [`Dataset::conflicts`].
//! The dataset's queries are in [`crate::dataset`].

pub mod seeds;

use crate::plan::PlanText;
use crate::problem::{LoadError, Problem, SeedError};
use crate::{
    Confidence, Dataset, Dimension, Edition, Figure, Indicator, IndicatorId, Period, Qualifier, Section, Target,
    TargetKind, Value,
};
use seeds::{EditionRow, FigureRow, IndicatorRow, TargetRow};

/// The texts of the seed files, with the names they are reported under.
#[derive(Debug, Clone, Copy)]
pub struct Sources<'a> {
    pub plan: (&'a str, &'a str),
    pub targets: (&'a str, &'a str),
    pub indicators: (&'a str, &'a str),
    pub figures: (&'a str, &'a str),
    pub editions: (&'a str, &'a str),
}

/// The seed files as maintainers edit them; the build script validates
/// these and bundles trimmed copies (the app's `bundle`).
pub const SEEDS: Sources<'static> = Sources {
    plan: ("seeds/plan/000_3696c77f61d1c5e1.txt", include_str!("../../../../seeds/plan/000_3696c77f61d1c5e1.txt")),
    targets: ("seeds/targets.csv", include_str!("../../../../seeds/targets.csv")),
    indicators: ("seeds/indicators.csv", include_str!("../../../../seeds/indicators.csv")),
    figures: ("seeds/figures.csv", include_str!("../../../../seeds/figures.csv")),
    editions: ("seeds/editions.csv", include_str!("../../../../seeds/editions.csv")),
};

pub const TARGET_COLUMNS: &[&str] = &[
    "id",
    "section",
    "dimension",
    "name_zh",
    "name_en",
    "kind",
    "value",
    "value_max",
    "unit",
    "target_year",
    "scope",
    "phrase",
    "verb_zh",
    "verb_en",
    "note_zh",
    "note_en",
];
pub const INDICATOR_COLUMNS: &[&str] = &["id", "name_zh", "name_en", "unit", "related_target"];
pub const EDITION_COLUMNS: &[&str] = &["edition", "date", "summary_zh", "summary_en"];
/// The columns a figures file must have; `as_of`, `note`, `edition` and
/// `withdrawn_in` are optional, so that the `data/figures.csv` download and a
/// chart's data read back as a seed file (the build then requires `edition`
/// of every row: [`Editions`]).
pub const FIGURE_COLUMNS: &[&str] = &[
    "indicator_id",
    "year",
    "value",
    "qualifier",
    "unit",
    "scope",
    "period",
    "source_title",
    "source_url",
    "publisher",
    "published_date",
    "confidence",
];

/// Years a target or a place's figure may carry; anything else is a typo.
pub const YEARS: std::ops::RangeInclusive<u16> = 2000..=2035;
/// Years of a city-wide figure: from the baselines the plan was written
/// against to the end of the plan period.
pub const FIGURE_YEARS: std::ops::RangeInclusive<u16> = 2010..=crate::PLAN_END;

struct Errors {
    file: String,
    list: Vec<SeedError>,
}

impl Errors {
    fn at(&mut self, line: usize, column: &str, problem: impl Into<Problem>) {
        let column = (!column.is_empty()).then(|| column.to_string());
        self.list.push(SeedError { file: self.file.clone(), line, column, problem: problem.into() });
    }
}

pub(crate) fn parse_number(s: &str) -> Option<(f64, u8)> {
    let clean: String = s.chars().filter(|&c| c != ',' && c != '_').collect();
    let v: f64 = clean.parse().ok()?;
    if !v.is_finite() {
        return None;
    }
    let decimals = clean.split_once('.').map(|(_, d)| d.len() as u8).unwrap_or(0);
    Some((v, decimals))
}

pub(crate) fn parse_year(s: &str) -> Result<u16, Problem> {
    parse_year_in(s, YEARS)
}

fn parse_year_in(s: &str, range: std::ops::RangeInclusive<u16>) -> Result<u16, Problem> {
    match s.parse::<u16>() {
        Ok(y) if range.contains(&y) => Ok(y),
        Ok(year) => Err(Problem::YearOutOfRange { year, first: *range.start(), last: *range.end() }),
        Err(_) => Err(Problem::NotAYear(s.into())),
    }
}

/// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, or empty.
pub(crate) fn valid_date(s: &str) -> bool {
    if s.is_empty() {
        return true;
    }
    let parts: Vec<&str> = s.split('-').collect();
    let num = |p: &str, len: usize, max: u32| p.len() == len && p.parse::<u32>().is_ok_and(|n| (1..=max).contains(&n));
    match parts.as_slice() {
        [y] => num(y, 4, 9999),
        [y, m] => num(y, 4, 9999) && num(m, 2, 12),
        [y, m, d] => num(y, 4, 9999) && num(m, 2, 12) && num(d, 2, 31),
        _ => false,
    }
}

impl Dataset {
    pub fn load(src: Sources<'_>) -> Result<Dataset, LoadError> {
        let mut errors = Vec::new();
        let plan = PlanText::from_original(src.plan.1);
        let mut targets = load_targets(src.targets, &plan, &mut errors);
        // Scorecard order: the five dimensions, then the other sections of
        // the plan. Sorted once here, so the bundle is already in order.
        targets.sort_by_key(|t| (t.section != Section::MainTargets, t.dimension, t.section));
        let indicators = load_indicators(src.indicators, &targets, &mut errors);
        let editions = load_editions(src.editions, &mut errors);
        let figures = load_figures(src.figures, &targets, &indicators, Editions::published(&editions), &mut errors);
        if errors.is_empty() {
            Ok(Dataset { targets, indicators, figures: Vec::new(), withdrawn: Vec::new(), editions }
                .with_figures(figures))
        } else {
            Err(LoadError(errors))
        }
    }
}

fn load_targets(src: (&str, &str), plan: &PlanText, errors: &mut Vec<SeedError>) -> Vec<Target> {
    let Some(rows) = seeds::read::<TargetRow>(src.0, src.1, TARGET_COLUMNS, errors) else { return vec![] };
    let mut e = Errors { file: src.0.into(), list: vec![] };
    let mut seen: Vec<(String, usize)> = Vec::new();
    let mut out = Vec::new();
    for row in &rows {
        let line = row.line;
        let id = row.id.as_str();
        if id.is_empty() || !id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_') {
            e.at(line, "id", format!("id \"{id}\" must be lowercase letters, digits and _"));
            continue;
        }
        if let Some((_, first)) = seen.iter().find(|(s, _)| s == id) {
            e.at(line, "id", format!("duplicate id \"{id}\" (first on line {first})"));
            continue;
        }
        seen.push((id.to_string(), line));
        let before = e.list.len();
        let section = Section::from_zh(row.section.as_str());
        if section.is_none() {
            e.at(
                line,
                "section",
                format!("unknown section \"{}\" (战略定位, 主要目标, 主要任务 or 保障措施)", row.section.as_str()),
            );
        }
        let dimension = match row.dimension.as_str() {
            "" => None,
            d => {
                let dim = Dimension::from_zh(d);
                if dim.is_none() {
                    e.at(
                        line,
                        "dimension",
                        format!("unknown dimension \"{d}\" (规模质量, 结构质量, 效益质量, 创新质量 or 平台质量)"),
                    );
                }
                dim
            }
        };
        if section == Some(Section::MainTargets) && dimension.is_none() && row.dimension.is_empty() {
            e.at(line, "dimension", "a target of 主要目标 needs its dimension");
        }
        let num = |col: &str, cell: &str, e: &mut Errors| -> Option<f64> {
            match cell {
                "" => None,
                s => match parse_number(s) {
                    Some((v, _)) => Some(v),
                    None => {
                        e.at(line, col, format!("{col} \"{s}\" is not a number"));
                        None
                    }
                },
            }
        };
        let value = num("value", &row.value, &mut e);
        let value_max = num("value_max", &row.value_max, &mut e);
        let kind_code = row.kind.as_str();
        let needs_value = matches!(kind_code, "floor" | "about" | "aspiration" | "per_year" | "create");
        if needs_value && value.is_none() && !row.value.is_empty() {
            // already reported as not a number
        } else if needs_value && value.is_none() {
            e.at(line, "value", format!("kind {kind_code} needs a value"));
        }
        let v = value.unwrap_or(0.0);
        let kind = match kind_code {
            "floor" => Some(TargetKind::Floor { value: v }),
            "about" => Some(TargetKind::About { value: v }),
            "aspiration" => Some(TargetKind::Aspiration { value: v }),
            "full_coverage" => Some(TargetKind::FullCoverage),
            "decrease" => Some(TargetKind::Decrease),
            "no_decrease" => Some(TargetKind::NoDecrease),
            "per_year" => Some(TargetKind::PerYear { value: v }),
            "create" => {
                if let Some(max) = value_max {
                    if max < v {
                        e.at(line, "value_max", format!("value_max {max} is below value {v}"));
                    }
                }
                Some(TargetKind::Create { min: v, max: value_max })
            }
            "milestone" => Some(TargetKind::Milestone),
            other => {
                e.at(line, "kind", format!("unknown kind \"{other}\" (one of {})", TargetKind::CODES.join(", ")));
                None
            }
        };
        let unit = row.unit.as_str();
        if unit.is_empty() && !matches!(kind, Some(TargetKind::Milestone)) {
            e.at(line, "unit", "unit is empty (only milestones have no unit)");
        }
        if matches!(kind, Some(TargetKind::FullCoverage)) && unit != "%" {
            e.at(line, "unit", format!("unit mismatch: a full_coverage target is measured in %, not \"{unit}\""));
        }
        let target_year = parse_year(row.target_year.as_str()).map_err(|r| e.at(line, "target_year", r)).ok();
        let phrase = row.phrase.as_str();
        if phrase.is_empty() {
            e.at(line, "phrase", "phrase is empty: quote the plan's words");
        } else if !plan.contains(phrase) {
            e.at(line, "phrase", format!("phrase not in the plan: \"{phrase}\""));
        }
        for (col, cell) in [("name_zh", &row.name_zh), ("name_en", &row.name_en), ("scope", &row.scope)] {
            if cell.is_empty() {
                e.at(line, col, format!("{col} is empty"));
            }
        }
        if e.list.len() > before {
            continue;
        }
        let (Some(section), Some(kind), Some(target_year)) = (section, kind, target_year) else { continue };
        out.push(Target {
            id: id.into(),
            section,
            dimension,
            name_zh: row.name_zh.clone(),
            name_en: row.name_en.clone(),
            kind,
            unit: unit.into(),
            target_year,
            scope: row.scope.clone(),
            phrase: phrase.into(),
            quote: plan.sentence_with(phrase).unwrap_or_else(|| phrase.to_string()),
            verb_zh: row.verb_zh.clone(),
            verb_en: row.verb_en.clone(),
            note_zh: row.note_zh.clone(),
            note_en: row.note_en.clone(),
        });
    }
    errors.extend(e.list);
    out
}

fn load_indicators(src: (&str, &str), targets: &[Target], errors: &mut Vec<SeedError>) -> Vec<Indicator> {
    let Some(rows) = seeds::read::<IndicatorRow>(src.0, src.1, INDICATOR_COLUMNS, errors) else { return vec![] };
    let mut e = Errors { file: src.0.into(), list: vec![] };
    let mut seen: Vec<(String, usize)> = Vec::new();
    let mut out = Vec::new();
    for row in &rows {
        let id = row.id.as_str();
        if id.is_empty() {
            e.at(row.line, "id", "id is empty");
            continue;
        }
        if targets.iter().any(|t| t.id == id) {
            e.at(row.line, "id", format!("duplicate id \"{id}\": a target already has it"));
            continue;
        }
        if let Some((_, first)) = seen.iter().find(|(s, _)| s == id) {
            e.at(row.line, "id", format!("duplicate id \"{id}\" (first on line {first})"));
            continue;
        }
        seen.push((id.to_string(), row.line));
        let related = row.related_target.as_str();
        if !related.is_empty() && !targets.iter().any(|t| t.id == related) {
            e.at(row.line, "related_target", format!("unknown related_target \"{related}\""));
            continue;
        }
        if row.unit.is_empty() || row.name_zh.is_empty() || row.name_en.is_empty() {
            e.at(row.line, "", "name_zh, name_en and unit are required");
            continue;
        }
        out.push(Indicator {
            id: id.into(),
            name_zh: row.name_zh.clone(),
            name_en: row.name_en.clone(),
            unit: row.unit.clone(),
            related_target: (!related.is_empty()).then(|| IndicatorId::from(related)),
        });
    }
    errors.extend(e.list);
    out
}

/// Reads `editions.csv`: numbered 1, 2, 3 … in order, each dated
/// `YYYY-MM-DD` no earlier than the one before, each with its summary in
/// both languages.
pub fn load_editions(src: (&str, &str), errors: &mut Vec<SeedError>) -> Vec<Edition> {
    let Some(rows) = seeds::read::<EditionRow>(src.0, src.1, EDITION_COLUMNS, errors) else { return vec![] };
    let mut e = Errors { file: src.0.into(), list: vec![] };
    let mut out: Vec<Edition> = Vec::new();
    for row in &rows {
        let line = row.line;
        let expected = out.len() as u16 + 1;
        if row.edition.parse::<u16>() != Ok(expected) {
            e.at(line, "edition", Problem::EditionOutOfOrder { found: row.edition.clone(), expected });
        }
        let full_date = row.date.len() == 10 && valid_date(&row.date);
        if !full_date {
            e.at(line, "date", Problem::BadDate { column: "date".into(), text: row.date.clone() });
        } else if let Some(prev) = out.last().filter(|p| p.date > row.date) {
            e.at(line, "date", Problem::EditionDateBefore { date: row.date.clone(), previous: prev.date.clone() });
        }
        for (col, cell) in [("summary_zh", &row.summary_zh), ("summary_en", &row.summary_en)] {
            if cell.is_empty() {
                e.at(line, col, Problem::EmptyCell(col.into()));
            }
        }
        // Numbered on, even after a problem, so that one mistake is reported once.
        out.push(Edition {
            number: expected,
            date: row.date.clone(),
            summary_zh: row.summary_zh.clone(),
            summary_en: row.summary_en.clone(),
            next_zh: row.next_update_zh.clone(),
            next_en: row.next_update_en.clone(),
        });
    }
    if out.is_empty() && e.list.is_empty() {
        e.at(1, "", Problem::EmptyFile);
    }
    errors.extend(e.list);
    out
}

/// The editions a figure row may name.
#[derive(Debug, Clone, Copy)]
pub struct Editions<'a> {
    pub known: &'a [Edition],
    /// The edition a row with an empty `edition` belongs to: in the data
    /// desk, the one being prepared; in the build, none (the cell is required).
    pub pending: Option<u16>,
}

impl<'a> Editions<'a> {
    /// The build's rule: every row names an edition of the file.
    pub fn published(known: &'a [Edition]) -> Editions<'a> {
        Editions { known, pending: None }
    }

    /// The desk's: rows without one are of the next edition.
    pub fn next(known: &'a [Edition]) -> Editions<'a> {
        Editions { known, pending: Some(known.last().map_or(1, |e| e.number + 1)) }
    }

    fn exists(&self, n: u16) -> bool {
        self.known.iter().any(|e| e.number == n) || self.pending == Some(n)
    }

    /// The edition a cell names.
    fn read(&self, cell: &str, column: &str) -> Result<Option<u16>, Problem> {
        if cell.is_empty() {
            return Ok(None);
        }
        match cell.parse::<u16>() {
            Ok(n) if self.exists(n) => Ok(Some(n)),
            _ => Err(Problem::UnknownEdition { column: column.into(), text: cell.into() }),
        }
    }
}

fn load_figures(
    src: (&str, &str),
    targets: &[Target],
    indicators: &[Indicator],
    editions: Editions<'_>,
    errors: &mut Vec<SeedError>,
) -> Vec<Figure> {
    let Some(rows) = seeds::read::<FigureRow>(src.0, src.1, FIGURE_COLUMNS, errors) else { return vec![] };
    check_figures(src.0, &rows, targets, indicators, editions, errors)
}

/// Whether a figure's scope is one the figures file holds: the city as a
/// whole, 全市, or 全市 and a qualifier of what is counted (全市 规上).
pub fn is_city_scope(scope: &str) -> bool {
    scope == "全市" || scope.strip_prefix("全市 ").is_some_and(|q| !q.trim().is_empty())
}

/// Validates figure rows against the targets and indicators: the rules of
/// the build, which the data desk runs on a maintainer's file and on each
/// row of its form. Rows with a problem are reported and left out.
pub fn check_figures(
    file: &str,
    rows: &[seeds::Rec<FigureRow>],
    targets: &[Target],
    indicators: &[Indicator],
    editions: Editions<'_>,
    errors: &mut Vec<SeedError>,
) -> Vec<Figure> {
    let mut e = Errors { file: file.into(), list: vec![] };
    let mut out = Vec::new();
    // The identity of a figure: the same source cannot give two values for it.
    let mut seen: std::collections::HashMap<(&str, &str, &str, &str, &str), usize> = Default::default();
    for row in rows {
        let line = row.line;
        let before = e.list.len();
        let id = row.indicator_id.as_str();
        let target = targets.iter().find(|t| t.id == id);
        let expected_unit = match (target, indicators.iter().find(|i| i.id == id)) {
            (Some(t), _) => Some(t.unit.as_str()),
            (None, Some(i)) => Some(i.unit.as_str()),
            (None, None) => {
                e.at(line, "indicator_id", Problem::UnknownIndicator(id.into()));
                None
            }
        };
        let year = parse_year_in(row.year.as_str(), FIGURE_YEARS).map_err(|r| e.at(line, "year", r)).ok();
        let unit = row.unit.as_str();
        if let Some(expected) = expected_unit {
            if unit != expected {
                e.at(
                    line,
                    "unit",
                    Problem::UnitMismatch { unit: unit.into(), indicator: id.into(), expected: expected.into() },
                );
            }
        }
        let is_milestone = matches!(target.map(|t| &t.kind), Some(TargetKind::Milestone));
        let raw = row.value.as_str();
        let qualifier = Qualifier::parse(row.qualifier.as_str());
        if qualifier.is_none() {
            e.at(line, "qualifier", Problem::UnknownQualifier(row.qualifier.clone()));
        }
        let value = match raw {
            "已完成" | "未完成" if is_milestone => Some(Value::Milestone { done: raw == "已完成" }),
            _ if is_milestone => {
                e.at(line, "value", Problem::MilestoneValue(raw.into()));
                None
            }
            "全覆盖" if unit == "%" => Some(Value::FullCoverage),
            _ => match parse_number(raw) {
                Some((value, decimals)) => Some(Value::Number { value, qualifier: qualifier.flatten(), decimals }),
                None => {
                    e.at(line, "value", Problem::NotANumber { column: "value".into(), text: raw.into() });
                    None
                }
            },
        };
        let period = Period::parse(row.period.as_str());
        if period.is_none() {
            e.at(line, "period", Problem::UnknownPeriod(row.period.clone()));
        }
        if row.scope.is_empty() {
            e.at(line, "scope", Problem::EmptyScope);
        } else if !is_city_scope(&row.scope) {
            e.at(line, "scope", Problem::UnknownScope(row.scope.clone()));
        }
        let source = row.src.source();
        let missing = row.src.missing(&["source_title", "source_url", "publisher"]);
        if let Some(first) = missing.first() {
            e.at(line, first, Problem::MissingSource);
        } else if !(source.url.starts_with("http://") || source.url.starts_with("https://")) {
            e.at(line, "source_url", Problem::NotHttp(source.url.clone()));
        }
        for (col, cell) in [("published_date", &row.src.published_date), ("as_of", &row.as_of)] {
            if !valid_date(cell) {
                e.at(line, col, Problem::BadDate { column: col.into(), text: cell.clone() });
            }
        }
        let confidence = Confidence::parse(&row.src.confidence);
        if confidence.is_none() {
            e.at(line, "confidence", Problem::UnknownConfidence(row.src.confidence.clone()));
        }
        let edition = match editions.read(&row.edition, "edition") {
            Ok(Some(n)) => Some(n),
            Ok(None) => match editions.pending {
                Some(n) => Some(n),
                None => {
                    e.at(line, "edition", Problem::MissingEdition);
                    None
                }
            },
            Err(p) => {
                e.at(line, "edition", p);
                None
            }
        };
        let withdrawn = editions.read(&row.withdrawn_in, "withdrawn_in").map_err(|p| e.at(line, "withdrawn_in", p));
        if let (Some(added), Ok(Some(gone))) = (edition, &withdrawn) {
            if *gone <= added {
                e.at(line, "withdrawn_in", Problem::WithdrawnBeforeAdded { added, withdrawn: *gone });
            }
        }
        let withdrawn = withdrawn.ok().flatten();
        // A withdrawn row is an earlier version: it may share its identity
        // with the row that replaced it.
        let key = (id, row.year.as_str(), row.scope.as_str(), row.period.as_str(), row.src.source_url.as_str());
        match seen.get(&key) {
            Some(&first_line) if withdrawn.is_none() => e.at(line, "", Problem::Duplicate { first_line }),
            Some(_) => {}
            None if withdrawn.is_some() => {}
            None => {
                seen.insert(key, line);
            }
        }
        if e.list.len() > before {
            continue;
        }
        let (Some(year), Some(value), Some(period), Some(confidence), Some(edition)) =
            (year, value, period, confidence, edition)
        else {
            continue;
        };
        out.push(Figure {
            indicator: id.into(),
            year,
            value,
            unit: unit.into(),
            scope: row.scope.clone(),
            period,
            as_of: row.as_of.clone(),
            source,
            confidence,
            note: row.note.clone(),
            line,
            edition,
            withdrawn,
        });
    }
    errors.extend(e.list);
    out
}
