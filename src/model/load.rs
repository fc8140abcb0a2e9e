//! Reading and validating the seed files into a [`Dataset`].
//!
//! Parse once at the border: rows of text become typed targets, indicators
//! and figures, and every problem becomes a [`SeedError`] naming the file,
//! line and reason. All problems of a load are reported together, so a data
//! maintainer fixes a file in one pass. Conflicting figures are data, not
//! errors: they are kept and surfaced by [`Dataset::conflicts`].

use std::fmt;

use super::plan::PlanText;
use super::seeds::{self, FigureRow, IndicatorRow, TargetRow};
use super::{Confidence, Dimension, Figure, Indicator, Period, Qualifier, Section, Target, TargetKind, Value};

/// The texts of the seed files, with the names they are reported under.
#[derive(Debug, Clone, Copy)]
pub struct Sources<'a> {
    pub plan: (&'a str, &'a str),
    pub targets: (&'a str, &'a str),
    pub indicators: (&'a str, &'a str),
    pub figures: (&'a str, &'a str),
}

/// The seed files as maintainers edit them; the build script validates
/// these and bundles trimmed copies (see `crate::bundle`).
pub const SEEDS: Sources<'static> = Sources {
    plan: ("seeds/plan/000_3696c77f61d1c5e1.txt", include_str!("../../seeds/plan/000_3696c77f61d1c5e1.txt")),
    targets: ("seeds/targets.csv", include_str!("../../seeds/targets.csv")),
    indicators: ("seeds/indicators.csv", include_str!("../../seeds/indicators.csv")),
    figures: ("seeds/figures.csv", include_str!("../../seeds/figures.csv")),
};

/// One problem in one seed file.
#[derive(Debug, Clone, PartialEq)]
pub struct SeedError {
    pub file: String,
    pub line: usize,
    /// The column at fault, where one is.
    pub column: Option<String>,
    pub reason: String,
}

impl fmt::Display for SeedError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.file, self.line, self.reason)
    }
}

/// Every problem found while loading the seeds.
#[derive(Debug, Clone, PartialEq)]
pub struct LoadError(pub Vec<SeedError>);

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "{} problem(s) in the seed files:", self.0.len())?;
        for e in &self.0 {
            writeln!(f, "  {e}")?;
        }
        Ok(())
    }
}

impl std::error::Error for LoadError {}

/// The validated seeds. The plan text itself is not kept: each target
/// carries its phrase and the sentence around it, and the page fetches the
/// full text (`data/plan.txt`) only for the plan view.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Dataset {
    /// In scorecard order: the five dimensions of 主要目标, then the other
    /// sections of the plan.
    pub targets: Vec<Target>,
    pub indicators: Vec<Indicator>,
    /// Sorted by indicator, then year, then file line: queries filter this
    /// order instead of sorting again.
    pub figures: Vec<Figure>,
}

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
/// The columns a figures file must have; `as_of` and `note` are optional, so
/// the `data/figures.csv` download reads back as a seed file.
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

/// Years a figure or target may carry; anything else is a typo.
pub const YEARS: std::ops::RangeInclusive<u16> = 2000..=2035;

struct Errors {
    file: String,
    list: Vec<SeedError>,
}

impl Errors {
    fn at(&mut self, line: usize, column: &str, reason: impl Into<String>) {
        let column = (!column.is_empty()).then(|| column.to_string());
        self.list.push(SeedError { file: self.file.clone(), line, column, reason: reason.into() });
    }
}

pub(super) fn parse_number(s: &str) -> Option<(f64, u8)> {
    let clean: String = s.chars().filter(|&c| c != ',' && c != '_').collect();
    let v: f64 = clean.parse().ok()?;
    if !v.is_finite() {
        return None;
    }
    let decimals = clean.split_once('.').map(|(_, d)| d.len() as u8).unwrap_or(0);
    Some((v, decimals))
}

pub(super) fn parse_year(s: &str) -> Result<u16, String> {
    match s.parse::<u16>() {
        Ok(y) if YEARS.contains(&y) => Ok(y),
        Ok(y) => Err(format!("year {y} is out of range ({}–{})", YEARS.start(), YEARS.end())),
        Err(_) => Err(format!("year \"{s}\" is not a year")),
    }
}

/// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, or empty.
pub(super) fn valid_date(s: &str) -> bool {
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
        targets.sort_by_key(|t| (t.section != super::Section::MainTargets, t.dimension, t.section));
        let indicators = load_indicators(src.indicators, &targets, &mut errors);
        let mut figures = load_figures(src.figures, &targets, &indicators, &mut errors);
        figures.sort_by(|a, b| (&a.indicator, a.year, a.line).cmp(&(&b.indicator, b.year, b.line)));
        if errors.is_empty() {
            Ok(Dataset { targets, indicators, figures })
        } else {
            Err(LoadError(errors))
        }
    }

    pub fn target(&self, id: &str) -> Option<&Target> {
        self.targets.iter().find(|t| t.id == id)
    }

    pub fn indicator(&self, id: &str) -> Option<&Indicator> {
        self.indicators.iter().find(|i| i.id == id)
    }

    /// The name of a target or context indicator, in (zh, en).
    pub fn indicator_names(&self, id: &str) -> Option<(&str, &str)> {
        self.target(id)
            .map(|t| (t.name_zh.as_str(), t.name_en.as_str()))
            .or_else(|| self.indicator(id).map(|i| (i.name_zh.as_str(), i.name_en.as_str())))
    }

    /// Figures that measure the target's own indicator in its own scope and
    /// for a whole period, sorted by year: the ones that count as progress.
    pub fn progress_figures(&self, target: &Target) -> Vec<&Figure> {
        self.figures
            .iter()
            .filter(|f| f.indicator == target.id && f.scope == target.scope && !f.period.is_partial())
            .collect()
    }

    /// Everything else published about the target: its indicator in another
    /// scope or for part of a year, and related context indicators.
    pub fn context_figures(&self, target: &Target) -> Vec<&Figure> {
        let related: Vec<&str> = self
            .indicators
            .iter()
            .filter(|i| i.related_target.as_deref() == Some(target.id.as_str()))
            .map(|i| i.id.as_str())
            .collect();
        self.figures
            .iter()
            .filter(|f| {
                (f.indicator == target.id && (f.scope != target.scope || f.period.is_partial()))
                    || related.contains(&f.indicator.as_str())
            })
            .collect()
    }

    /// One figure per year from the progress figures: where a year has more
    /// than one, the most confident (then the more precise) stands for it;
    /// whether they conflict is reported by [`Dataset::conflicts`].
    pub fn progress_series(&self, target: &Target) -> Vec<&Figure> {
        let mut series: Vec<&Figure> = Vec::new();
        // Progress figures come in year order, so a year's figures are adjacent.
        for f in self.progress_figures(target) {
            match series.last_mut() {
                Some(cur) if cur.year == f.year => {
                    if (f.confidence, precision(f)) > (cur.confidence, precision(cur)) {
                        *cur = f;
                    }
                }
                _ => series.push(f),
            }
        }
        series
    }

    /// The baseline: the latest progress figure from before the plan period.
    pub fn baseline(&self, target: &Target) -> Option<&Figure> {
        self.progress_series(target).into_iter().rev().find(|f| f.year <= super::BASE_YEAR)
    }

    /// The latest progress figure within the plan period (up to the target year).
    pub fn latest(&self, target: &Target) -> Option<&Figure> {
        self.progress_series(target)
            .into_iter()
            .rev()
            .find(|f| f.year >= super::PLAN_START && f.year <= target.target_year)
    }

    /// The progress series as the status method reads it.
    pub fn points(&self, target: &Target) -> Vec<super::status::Point> {
        self.progress_series(target)
            .into_iter()
            .map(|f| super::status::Point { year: f.year, value: f.value.clone() })
            .collect()
    }

    pub fn status(&self, target: &Target) -> super::Status {
        super::status::assess(&target.kind, &target.unit, target.target_year, &self.points(target))
    }

    /// Groups of figures for one indicator, year, scope and period whose
    /// values cannot all be true at once.
    pub fn conflicts(&self) -> Vec<Vec<&Figure>> {
        let mut groups: Vec<Vec<&Figure>> = Vec::new();
        for f in &self.figures {
            let same = |g: &&mut Vec<&Figure>| {
                let a = g[0];
                a.indicator == f.indicator && a.year == f.year && a.scope == f.scope && a.period == f.period
            };
            match groups.iter_mut().find(|g| same(g)) {
                Some(g) => g.push(f),
                None => groups.push(vec![f]),
            }
        }
        groups.retain(|g| {
            g.iter().enumerate().any(|(i, a)| g[i + 1..].iter().any(|b| !a.value.compatible_with(&b.value)))
        });
        groups
    }

    /// Whether this figure disagrees with another for the same indicator,
    /// year, scope and period.
    pub fn in_conflict(&self, figure: &Figure) -> bool {
        self.figures.iter().any(|o| {
            o.line != figure.line
                && o.indicator == figure.indicator
                && o.year == figure.year
                && o.scope == figure.scope
                && o.period == figure.period
                && !o.value.compatible_with(&figure.value)
        })
    }
}

fn precision(f: &Figure) -> u8 {
    match f.value {
        Value::Number { qualifier: None, decimals, .. } => 10 + decimals,
        _ => 0,
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
            related_target: (!related.is_empty()).then(|| related.to_string()),
        });
    }
    errors.extend(e.list);
    out
}

fn load_figures(
    src: (&str, &str),
    targets: &[Target],
    indicators: &[Indicator],
    errors: &mut Vec<SeedError>,
) -> Vec<Figure> {
    let Some(rows) = seeds::read::<FigureRow>(src.0, src.1, FIGURE_COLUMNS, errors) else { return vec![] };
    let mut e = Errors { file: src.0.into(), list: vec![] };
    let mut out = Vec::new();
    for row in &rows {
        let line = row.line;
        let before = e.list.len();
        let id = row.indicator_id.as_str();
        let target = targets.iter().find(|t| t.id == id);
        let expected_unit = match (target, indicators.iter().find(|i| i.id == id)) {
            (Some(t), _) => Some(t.unit.as_str()),
            (None, Some(i)) => Some(i.unit.as_str()),
            (None, None) => {
                e.at(
                    line,
                    "indicator_id",
                    format!("unknown indicator id \"{id}\" (not in targets.csv or indicators.csv)"),
                );
                None
            }
        };
        let year = parse_year(row.year.as_str()).map_err(|r| e.at(line, "year", r)).ok();
        let unit = row.unit.as_str();
        if let Some(expected) = expected_unit {
            if unit != expected {
                e.at(line, "unit", format!("unit mismatch: \"{unit}\" where indicator {id} is in \"{expected}\""));
            }
        }
        let is_milestone = matches!(target.map(|t| &t.kind), Some(TargetKind::Milestone));
        let raw = row.value.as_str();
        let qualifier = Qualifier::parse(row.qualifier.as_str());
        if qualifier.is_none() {
            e.at(
                line,
                "qualifier",
                format!("unknown qualifier \"{}\" (超, >, 近, 约 or empty)", row.qualifier.as_str()),
            );
        }
        let value = match raw {
            "已完成" | "未完成" if is_milestone => Some(Value::Milestone { done: raw == "已完成" }),
            _ if is_milestone => {
                e.at(line, "value", format!("value \"{raw}\" of a milestone must be 已完成 or 未完成"));
                None
            }
            "全覆盖" if unit == "%" => Some(Value::FullCoverage),
            _ => match parse_number(raw) {
                Some((value, decimals)) => Some(Value::Number { value, qualifier: qualifier.flatten(), decimals }),
                None => {
                    e.at(line, "value", format!("value \"{raw}\" is not a number"));
                    None
                }
            },
        };
        let period = Period::parse(row.period.as_str());
        if period.is_none() {
            e.at(
                line,
                "period",
                format!(
                    "unknown period \"{}\" (全年, 年末, 报道时点, or a part of a year such as 1-3季度)",
                    row.period.as_str()
                ),
            );
        }
        if row.scope.is_empty() {
            e.at(line, "scope", "scope is empty");
        }
        let source = row.src.source();
        let missing = row.src.missing(&["source_title", "source_url", "publisher"]);
        if let Some(first) = missing.first() {
            e.at(line, first, "missing source: source_title, source_url and publisher are all required");
        } else if !(source.url.starts_with("http://") || source.url.starts_with("https://")) {
            e.at(line, "source_url", format!("source_url \"{}\" is not an http(s) address", source.url));
        }
        for (col, cell) in [("published_date", &row.src.published_date), ("as_of", &row.as_of)] {
            if !valid_date(cell) {
                e.at(line, col, format!("{col} \"{cell}\" is not YYYY, YYYY-MM or YYYY-MM-DD"));
            }
        }
        let confidence = Confidence::parse(&row.src.confidence);
        if confidence.is_none() {
            e.at(line, "confidence", format!("unknown confidence \"{}\" (high, medium or low)", row.src.confidence));
        }
        if e.list.len() > before {
            continue;
        }
        let (Some(year), Some(value), Some(period), Some(confidence)) = (year, value, period, confidence) else {
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
        });
    }
    errors.extend(e.list);
    out
}
