//! The scorecard as the overview shows it: one card per target, grouped by
//! the plan's dimensions and sections, and the city-wide verdict.
//!
//! Built once from the [`Dataset`]; cards are shared by `Rc`, so components
//! receive the card they draw and nothing more.

use std::rc::Rc;

use crate::{Dataset, Dimension, Figure, Section, Status, Target, TargetKind, Value};

/// Everything one target's card shows.
#[derive(Debug, Clone, PartialEq)]
pub struct Card {
    pub target: Target,
    pub baseline: Option<Figure>,
    pub latest: Option<Figure>,
    pub status: Status,
    /// Progress figures for the latest year that disagree with the one shown.
    pub conflicts: Vec<Figure>,
    /// Other figures about the target: other scopes, parts of years,
    /// related indicators.
    pub context: Vec<Row>,
    /// Latest figure as a share of the goal, where both are numbers.
    pub progress: Option<f64>,
    /// What the required path asks for in the latest figure's year.
    pub required_now: Option<f64>,
    /// Every change of its status, at the dates the public could know them.
    pub history: Vec<crate::edition::StatusStep>,
}

/// A figure with the name of what it measures, as tables and lists show it.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    pub name_zh: String,
    pub name_en: String,
    pub figure: Figure,
    /// Another source gives an incompatible value for the same indicator,
    /// year, scope and period.
    pub conflict: bool,
    /// It counts as progress towards a target.
    pub progress: bool,
}

impl Row {
    pub fn build(data: &Dataset, f: &Figure, conflict: bool) -> Row {
        let (zh, en) = data.indicator_names(&f.indicator).unwrap_or(("", ""));
        let progress = data.target(&f.indicator).is_some_and(|t| t.scope == f.scope && !f.period.is_partial());
        Row { name_zh: zh.into(), name_en: en.into(), figure: f.clone(), conflict, progress }
    }
}

/// Every published figure, targets' first in scorecard order, then context
/// indicators; with the number of conflicting groups.
#[derive(Debug, Clone, PartialEq)]
pub struct FigureTable {
    pub rows: Vec<Row>,
    pub conflict_groups: usize,
}

impl FigureTable {
    pub fn build(data: &Dataset) -> FigureTable {
        // Figures are sorted by indicator already; take them indicator by
        // indicator in scorecard order.
        let order = data.targets.iter().map(|t| t.id.as_str()).chain(data.indicators.iter().map(|i| i.id.as_str()));
        let flags = data.conflict_flags();
        FigureTable {
            rows: order
                .flat_map(|id| data.figures.iter().zip(&flags).filter(move |(f, _)| f.indicator == id))
                .map(|(f, &conflict)| Row::build(data, f, conflict))
                .collect(),
            conflict_groups: data.conflicts().len(),
        }
    }
}

/// A heading of the scorecard.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GroupKey {
    Dimension(Dimension),
    Section(Section),
}

impl GroupKey {
    /// A stable anchor for the group's heading.
    pub fn anchor(self) -> String {
        match self {
            GroupKey::Dimension(d) => format!("dim-{}", d as u8 + 1),
            GroupKey::Section(s) => format!("sec-{}", s as u8 + 1),
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Group {
    pub key: GroupKey,
    pub cards: Vec<Rc<Card>>,
}

/// A category of the city-wide verdict (missed counts with behind).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum VerdictPart {
    Achieved,
    OnTrack,
    Behind,
    Unclear,
    NoData,
}

impl VerdictPart {
    /// The name in the markup (`data-status`, classes) and the downloads.
    pub fn code(self) -> &'static str {
        match self {
            VerdictPart::Achieved => "achieved",
            VerdictPart::OnTrack => "on_track",
            VerdictPart::Behind => "behind",
            VerdictPart::Unclear => "unclear",
            VerdictPart::NoData => "no_data",
        }
    }
}

/// Counts of targets by status category.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Verdict {
    pub achieved: usize,
    pub on_track: usize,
    /// Behind, plus missed in the final year.
    pub behind: usize,
    pub unclear: usize,
    pub no_data: usize,
}

impl Verdict {
    pub fn total(&self) -> usize {
        self.achieved + self.on_track + self.behind + self.unclear + self.no_data
    }

    /// (category, count) in display order.
    pub fn parts(&self) -> [(VerdictPart, usize); 5] {
        [
            (VerdictPart::Achieved, self.achieved),
            (VerdictPart::OnTrack, self.on_track),
            (VerdictPart::Behind, self.behind),
            (VerdictPart::Unclear, self.unclear),
            (VerdictPart::NoData, self.no_data),
        ]
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Scorecard {
    pub groups: Vec<Group>,
    pub verdict: Verdict,
}

impl Card {
    pub fn build(data: &Dataset, target: &Target) -> Card {
        let latest = data.latest(target).cloned();
        let conflicts = latest
            .as_ref()
            .map(|l| {
                data.progress_figures(target)
                    .into_iter()
                    .filter(|f| f.year == l.year && f.line != l.line && !f.value.compatible_with(&l.value))
                    .cloned()
                    .collect()
            })
            .unwrap_or_default();
        let context =
            data.context_figures(target).into_iter().map(|f| Row::build(data, f, data.in_conflict(f))).collect();
        let progress = match (&target.kind, latest.as_ref().map(|f| &f.value)) {
            (TargetKind::Milestone | TargetKind::Decrease | TargetKind::NoDecrease, _) => None,
            (_, Some(Value::FullCoverage)) => Some(1.0),
            (kind, Some(v)) => match (kind.value(), v.number()) {
                (Some(goal), Some(x)) if goal > 0.0 => Some(x / goal),
                _ => None,
            },
            _ => None,
        };
        let points = data.points(target);
        let required_now = latest
            .as_ref()
            .and_then(|l| crate::status::required_at(&target.kind, &target.unit, target.target_year, &points, l.year));
        Card {
            required_now,
            target: target.clone(),
            baseline: data.baseline(target).cloned(),
            latest,
            status: data.status(target),
            conflicts,
            context,
            progress,
            history: data.status_history(target),
        }
    }
}

impl Scorecard {
    pub fn build(data: &Dataset) -> Scorecard {
        let mut groups: Vec<Group> = Dimension::ALL
            .iter()
            .map(|&d| Group { key: GroupKey::Dimension(d), cards: vec![] })
            .chain(
                [Section::Positioning, Section::Tasks, Section::Safeguards]
                    .iter()
                    .map(|&s| Group { key: GroupKey::Section(s), cards: vec![] }),
            )
            .collect();
        let mut verdict = Verdict::default();
        for t in &data.targets {
            let card = Card::build(data, t);
            match card.status {
                Status::Achieved { .. } => verdict.achieved += 1,
                Status::OnTrack { .. } => verdict.on_track += 1,
                Status::Behind { .. } | Status::Missed { .. } => verdict.behind += 1,
                Status::Unclear { .. } => verdict.unclear += 1,
                Status::NoData => verdict.no_data += 1,
            }
            let key = match t.dimension {
                Some(d) => GroupKey::Dimension(d),
                None => GroupKey::Section(t.section),
            };
            if let Some(g) = groups.iter_mut().find(|g| g.key == key) {
                g.cards.push(Rc::new(card));
            }
        }
        groups.retain(|g| !g.cards.is_empty());
        Scorecard { groups, verdict }
    }

    pub fn cards(&self) -> impl Iterator<Item = &Rc<Card>> {
        self.groups.iter().flat_map(|g| g.cards.iter())
    }
}
