//! The words the reader looks for (`seeds/aliases.csv`), checked by the
//! build: each alias on one row, naming known indicators, growth and share
//! in %, and no alias hidden in another indicator's name without a longer
//! alias of that indicator to win where the text means it. Its problems are
//! said in English, like those of the other seed files edited with the
//! code (`Problem::Other`), so the visitors' module carries none of them.

use std::collections::HashMap;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use serde::Deserialize;

use super::fold::fold;
use taizhou_model::ingest::seeds::{self, CountyRow};
use taizhou_model::problem::{Problem, SeedError};
use taizhou_model::{Dataset, IndicatorId, TargetKind};

/// The aliases file the build checks and the desk reads.
pub const ALIASES: (&str, &str) = ("seeds/aliases.csv", include_str!("../../../seeds/aliases.csv"));
const COLUMNS: &[&str] = &["alias", "level", "added", "growth", "share"];

/// `seeds/aliases.csv`, as written.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
struct AliasRow {
    alias: String,
    level: String,
    added: String,
    growth: String,
    share: String,
}

/// What a number says about its subject.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Measure {
    /// The figure itself.
    Level,
    /// How many were added in the year.
    Added,
    /// The growth rate, in %.
    Growth,
    /// The share of a whole, in %.
    Share,
}

/// One wording and the indicators its numbers go to.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    /// Folded (see [`fold`]).
    pub alias: String,
    pub line: usize,
    pub level: Option<IndicatorId>,
    pub added: Option<IndicatorId>,
    pub growth: Option<IndicatorId>,
    pub share: Option<IndicatorId>,
}

impl Entry {
    pub fn for_measure(&self, m: Measure) -> Option<&IndicatorId> {
        match m {
            Measure::Level => self.level.as_ref(),
            Measure::Added => self.added.as_ref(),
            Measure::Growth => self.growth.as_ref(),
            Measure::Share => self.share.as_ref(),
        }
    }

    fn ids(&self) -> impl Iterator<Item = &IndicatorId> {
        [&self.level, &self.added, &self.growth, &self.share].into_iter().flatten()
    }

    /// The indicator a reader would name the row by.
    pub fn first(&self) -> &IndicatorId {
        self.ids().next().expect("checked: every row names an indicator")
    }
}

/// What the reader needs to know of an indicator.
#[derive(Debug, Clone, PartialEq)]
pub struct Known {
    pub unit: String,
    /// The scope a city-wide figure of it has (a target's own, or 全市).
    pub scope: String,
    pub milestone: bool,
}

/// The aliases, ready to match (leftmost-longest), and what the reader
/// needs of the indicators and places.
#[derive(Debug, Clone)]
pub struct Lexicon {
    pub entries: Vec<Entry>,
    pub(super) matcher: AhoCorasick,
    exact: HashMap<String, usize>,
    pub(super) known: HashMap<IndicatorId, Known>,
    /// The county-level divisions' names (玉环市 …), folded.
    pub(super) counties: Vec<String>,
}

impl Lexicon {
    /// Reads and checks the aliases against the data's targets and
    /// indicators, with the counties' names from `counties` (counties.csv).
    pub fn load(src: (&str, &str), counties: (&str, &str), data: &Dataset) -> Result<Lexicon, Vec<SeedError>> {
        let mut errors = Vec::new();
        let rows = seeds::read::<AliasRow>(src.0, src.1, COLUMNS, &mut errors).unwrap_or_default();
        let county_rows =
            seeds::read::<CountyRow>(counties.0, counties.1, &["name_zh"], &mut errors).unwrap_or_default();
        let mut known: HashMap<IndicatorId, Known> = HashMap::new();
        let mut names: Vec<(IndicatorId, String)> = Vec::new();
        for t in &data.targets {
            let milestone = matches!(t.kind, TargetKind::Milestone);
            known.insert(t.id.clone(), Known { unit: t.unit.clone(), scope: t.scope.clone(), milestone });
            names.push((t.id.clone(), spoken(&t.name_zh)));
        }
        for i in &data.indicators {
            known.insert(i.id.clone(), Known { unit: i.unit.clone(), scope: "全市".into(), milestone: false });
            names.push((i.id.clone(), spoken(&i.name_zh)));
        }
        let mut at = |line: usize, column: &str, problem: Problem| {
            errors.push(SeedError { file: src.0.into(), line, column: Some(column.into()), problem })
        };
        let mut entries: Vec<Entry> = Vec::new();
        let mut exact: HashMap<String, usize> = HashMap::new();
        for r in &rows {
            let alias = fold(&r.alias);
            if alias.is_empty() {
                at(r.line, "alias", Problem::EmptyCell("alias".into()));
                continue;
            }
            if let Some(&i) = exact.get(&alias) {
                let first = entries[i].line;
                at(
                    r.line,
                    "alias",
                    Problem::Other(format!(
                        "the alias \"{}\" is already on line {first}: each alias belongs to one row",
                        r.alias
                    )),
                );
                continue;
            }
            let mut cell = |column: &str, text: &str, percent: bool| -> Option<IndicatorId> {
                if text.is_empty() {
                    return None;
                }
                match known.get(text) {
                    None => at(r.line, column, Problem::UnknownIndicator(text.into())),
                    Some(k) if percent && k.unit != "%" => at(
                        r.line,
                        column,
                        Problem::UnitMismatch { unit: k.unit.clone(), indicator: text.into(), expected: "%".into() },
                    ),
                    Some(_) => return Some(IndicatorId::from(text)),
                }
                None
            };
            let entry = Entry {
                alias: alias.clone(),
                line: r.line,
                level: cell("level", &r.level, false),
                added: cell("added", &r.added, false),
                growth: cell("growth", &r.growth, true),
                share: cell("share", &r.share, true),
            };
            if [&r.level, &r.added, &r.growth, &r.share].iter().all(|c| c.is_empty()) {
                let why = format!(
                    "the alias \"{}\" names no indicator: fill at least one of level, added, growth, share",
                    r.alias
                );
                at(r.line, "level", Problem::Other(why));
            }
            if entry.ids().next().is_none() {
                continue;
            }
            exact.insert(alias, entries.len());
            entries.push(entry);
        }
        // An alias inside another indicator's name would take that
        // indicator's figures, unless the other has a longer alias holding
        // it (the longer match wins).
        for e in &entries {
            for (id, name) in &names {
                if e.ids().any(|i| i == id) || !name.contains(e.alias.as_str()) {
                    continue;
                }
                let covered = entries.iter().any(|f| {
                    f.alias.len() > e.alias.len() && f.alias.contains(e.alias.as_str()) && f.ids().any(|i| i == id)
                });
                if !covered {
                    errors.push(SeedError {
                        file: src.0.into(),
                        line: e.line,
                        column: Some("alias".into()),
                        problem: Problem::Other(format!(
                            "the alias \"{}\" is part of the name of {id} ({name}): where a text means {id} it would be taken for this row. Give {id} a longer alias that contains it (the longer alias wins), or make this one more specific",
                            e.alias
                        )),
                    });
                }
            }
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        let matcher = AhoCorasickBuilder::new()
            .match_kind(MatchKind::LeftmostLongest)
            .build(entries.iter().map(|e| e.alias.as_str()))
            .map_err(|e| {
                vec![SeedError { file: src.0.into(), line: 1, column: None, problem: Problem::Other(e.to_string()) }]
            })?;
        let counties = county_rows.iter().map(|c| fold(&c.name_zh)).filter(|n| !n.is_empty()).collect();
        Ok(Lexicon { entries, matcher, exact, known, counties })
    }

    /// The seeds' own aliases, for the data's targets and indicators.
    pub fn bundled(data: &Dataset) -> Result<Lexicon, Vec<SeedError>> {
        Lexicon::load(ALIASES, taizhou_model::atlas::ATLAS_SEEDS.counties, data)
    }

    /// The entry whose alias is exactly `folded`.
    pub(super) fn exact(&self, folded: &str) -> Option<usize> {
        self.exact.get(folded).copied()
    }

    /// The indicators the aliases name, each once.
    pub fn indicators(&self) -> Vec<&IndicatorId> {
        let mut out: Vec<&IndicatorId> = Vec::new();
        for id in self.entries.iter().flat_map(|e| e.ids()) {
            if !out.contains(&id) {
                out.push(id);
            }
        }
        out
    }
}

/// An indicator's name as a document would say it: folded, without its
/// bracketed explanation ("境内（A股）上市公司数" says 境内上市公司数).
fn spoken(name: &str) -> String {
    let mut out = String::new();
    let mut depth = 0usize;
    for c in fold(name).chars() {
        match c {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}
