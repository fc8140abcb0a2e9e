//! What a chart shows, computed from the model: pure data, no drawing. One
//! type for every chart of the page: a target's series against its goal
//! ([`ChartSpec::build`]), and the clusters' output against the 1,000 亿元
//! line ([`ChartSpec::compare`]), several series in one chart.

use crate::model::atlas::{OutputSeries, THOUSAND_BN};
use crate::model::status;
use crate::model::IndicatorId;
use crate::model::{export, Dataset, Figure, Target, TargetKind, Value, ABOUT_TOLERANCE, BASE_YEAR};

/// How a published figure is drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MarkKind {
    /// The figure that stands for its year in the progress series; joined by the line.
    Series,
    /// Another progress figure for a year that already has one: a distinct
    /// mark tied to its own source; `conflict` when the values cannot both be true.
    Alternate { conflict: bool },
    /// A figure for part of a year: hollow, labelled, never joined.
    Partial,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Mark {
    /// Which of the chart's series it belongs to (0 for a target's chart).
    pub series: usize,
    pub year: u16,
    /// The plotted level: the number, 100 for 全覆盖, 1 / 0 for a milestone.
    pub value: f64,
    pub kind: MarkKind,
    pub figure: Figure,
}

/// What the target asks for, as drawn.
#[derive(Debug, Clone, PartialEq)]
pub enum Goal {
    /// A level to reach by a year (以上, 力争, 培育, 全覆盖).
    Level { year: u16, value: f64 },
    /// 左右 (and 培育 N—M): a band around the centre.
    Band { year: u16, low: f64, high: f64, centre: f64 },
    /// 每年: a floor in every year of the period.
    PerYear { from: u16, to: u16, value: f64 },
    /// 创建 / 获批: done by the year.
    Milestone { year: u16 },
    /// 持续降低 / 只增不减: a direction, no level.
    Direction { down: bool },
    /// A level every series is read against (the 千亿 line), at every year.
    Threshold { value: f64 },
}

/// One series of a chart of several (the cluster comparison).
#[derive(Debug, Clone, PartialEq)]
pub struct Series {
    /// The name at the end of its line.
    pub name: String,
    /// The shape of its marks (the colour repeats it): the cluster's.
    pub shape: usize,
    /// A county's or park's figure, not the city's: hollow marks, dashed line.
    pub local: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ChartSpec {
    pub target_id: IndicatorId,
    /// Sorted by year; within a year the series mark first.
    pub marks: Vec<Mark>,
    pub goal: Goal,
    /// The required path, one point per year (dashed); empty when none.
    pub path: Vec<(u16, f64)>,
    /// First and last year on the x axis.
    pub years: (u16, u16),
    /// Top of the y axis (the axis starts at zero: levels are compared honestly).
    pub y_max: f64,
    pub unit: String,
    pub milestone: bool,
    /// Several series (the comparison): each named at its end, values
    /// labelled where there is room. Empty for a target's chart.
    pub series: Vec<Series>,
}

fn level(v: &Value) -> f64 {
    match v {
        Value::Milestone { done } => f64::from(u8::from(*done)),
        v => v.number().unwrap_or(0.0),
    }
}

impl ChartSpec {
    pub fn build(data: &Dataset, target: &Target) -> ChartSpec {
        let series = data.progress_series(target);
        let mut marks: Vec<Mark> = Vec::new();
        // Figures come in year order; a year's series mark leads, then its
        // other sources, then part-year figures.
        let own = data.figures.iter().filter(|f| f.indicator == target.id && f.scope == target.scope);
        for f in own.filter(|f| !f.period.is_partial()) {
            let chosen = series.iter().find(|s| s.year == f.year);
            let kind = match chosen {
                Some(s) if s.line == f.line => MarkKind::Series,
                Some(s) => MarkKind::Alternate { conflict: !s.value.compatible_with(&f.value) },
                None => MarkKind::Series,
            };
            marks.push(Mark { series: 0, year: f.year, value: level(&f.value), kind, figure: f.clone() });
        }
        for f in
            data.figures.iter().filter(|f| f.indicator == target.id && f.scope == target.scope && f.period.is_partial())
        {
            let at = marks.iter().position(|m| m.year > f.year).unwrap_or(marks.len());
            let mark =
                Mark { series: 0, year: f.year, value: level(&f.value), kind: MarkKind::Partial, figure: f.clone() };
            marks.insert(at, mark);
        }
        // The series mark of a year goes first even if another source came first in the file.
        for i in 1..marks.len() {
            let mut j = i;
            while j > 0
                && marks[j].year == marks[j - 1].year
                && marks[j].kind == MarkKind::Series
                && marks[j - 1].kind != MarkKind::Series
            {
                marks.swap(j, j - 1);
                j -= 1;
            }
        }

        let ty = target.target_year;
        let goal = match target.kind {
            TargetKind::About { value } => Goal::Band {
                year: ty,
                low: value * (1.0 - ABOUT_TOLERANCE),
                high: value * (1.0 + ABOUT_TOLERANCE),
                centre: value,
            },
            TargetKind::Create { min, max: Some(max) } => Goal::Band { year: ty, low: min, high: max, centre: min },
            TargetKind::PerYear { value } => Goal::PerYear { from: crate::model::PLAN_START, to: ty, value },
            TargetKind::Milestone => Goal::Milestone { year: ty },
            TargetKind::Decrease => Goal::Direction { down: true },
            TargetKind::NoDecrease => Goal::Direction { down: false },
            ref k => Goal::Level { year: ty, value: k.goal().unwrap_or(0.0) },
        };
        let path = status::required_path(&target.kind, &target.unit, ty, &data.points(target));

        let first =
            marks.iter().map(|m| m.year).chain(path.first().map(|p| p.0)).min().unwrap_or(BASE_YEAR).min(BASE_YEAR);
        let last = marks.iter().map(|m| m.year).max().unwrap_or(ty).max(ty);
        let milestone = matches!(target.kind, TargetKind::Milestone);
        let top = marks
            .iter()
            .map(|m| m.value)
            .chain(path.iter().map(|p| p.1))
            .chain(match goal {
                Goal::Level { value, .. } | Goal::PerYear { value, .. } => Some(value),
                Goal::Band { high, .. } => Some(high),
                _ => None,
            })
            .fold(0.0_f64, f64::max);
        let y_max = if milestone {
            1.25
        } else if top > 0.0 {
            nice_ceiling(top * 1.08)
        } else {
            1.0
        };
        ChartSpec {
            target_id: target.id.clone(),
            marks,
            goal,
            path,
            years: (first, last),
            y_max,
            unit: target.unit.clone(),
            milestone,
            series: vec![],
        }
    }

    /// The clusters' published output by year against the 1,000 亿元 line:
    /// one series per cluster and scope (never merged), other sources for a
    /// year drawn apart and flagged when they conflict. `name` gives the
    /// end label of a series, `shape` the index of its cluster.
    pub fn compare(
        series: &[OutputSeries],
        name: &dyn Fn(&OutputSeries) -> String,
        shape: &dyn Fn(&OutputSeries) -> usize,
    ) -> ChartSpec {
        let mut marks = Vec::new();
        for (i, s) in series.iter().enumerate() {
            for p in &s.points {
                let figure = Figure {
                    // The comparison's figures are named by their cluster.
                    indicator: IndicatorId::new(s.cluster.as_str()),
                    year: p.year,
                    value: p.value.clone(),
                    unit: s.unit.clone(),
                    scope: s.scope_zh.clone(),
                    period: p.period.clone(),
                    as_of: String::new(),
                    source: p.source.clone(),
                    confidence: p.confidence,
                    note: String::new(),
                    line: 0,
                    // A mark of the comparison, not a row of the figures file.
                    edition: 0,
                    withdrawn: None,
                };
                let kind = match (p.alternate, p.period.is_partial()) {
                    (true, _) => MarkKind::Alternate { conflict: p.conflict },
                    (false, true) => MarkKind::Partial,
                    (false, false) => MarkKind::Series,
                };
                marks.push(Mark { series: i, year: p.year, value: level(&p.value), kind, figure });
            }
        }
        let (mut lo, mut hi, mut top) = (u16::MAX, 0u16, THOUSAND_BN);
        for m in &marks {
            (lo, hi, top) = (lo.min(m.year), hi.max(m.year), top.max(m.value));
        }
        if lo > hi {
            (lo, hi) = (BASE_YEAR, crate::model::PLAN_END);
        }
        ChartSpec {
            target_id: IndicatorId::default(),
            marks,
            goal: Goal::Threshold { value: THOUSAND_BN },
            path: vec![],
            // A year either side, so marks at the ends are not on the frame.
            years: (lo - 1, hi + 1),
            y_max: nice_ceiling(top * 1.1),
            unit: series.first().map(|s| s.unit.clone()).unwrap_or_default(),
            milestone: false,
            series: series
                .iter()
                .map(|s| Series { name: name(s), shape: shape(s), local: s.place.is_some() })
                .collect(),
        }
    }

    /// Indices of the series marks, in year order: the line (of the first
    /// series, for a chart of several).
    pub fn series(&self) -> impl Iterator<Item = (usize, &Mark)> {
        self.line(0)
    }

    /// The marks joined by series `s`'s line, in year order.
    pub fn line(&self, s: usize) -> impl Iterator<Item = (usize, &Mark)> {
        self.marks.iter().enumerate().filter(move |(_, m)| m.kind == MarkKind::Series && m.series == s)
    }

    /// How many series the chart draws.
    pub fn series_count(&self) -> usize {
        self.series.len().max(1)
    }

    pub fn is_empty(&self) -> bool {
        self.marks.is_empty()
    }

    /// The marks as CSV, with the download's figure columns and the way each is drawn.
    pub fn to_csv(&self) -> String {
        let mut out = format!("\u{feff}drawn_as,{}\r\n", export::FIGURES_HEADER);
        for m in &self.marks {
            let drawn = match m.kind {
                MarkKind::Series => "series",
                MarkKind::Alternate { conflict: true } => "conflicting_source",
                MarkKind::Alternate { conflict: false } => "other_source",
                MarkKind::Partial => "partial_year",
            };
            let mut fields = vec![drawn.to_string()];
            fields.extend(export::figure_row(&m.figure));
            out.push_str(&fields.iter().map(|f| export::field(f)).collect::<Vec<_>>().join(","));
            out.push_str("\r\n");
        }
        out
    }
}

/// The smallest of 1, 1.5, 2, 2.5, 3, 4, 5, 6, 8 × 10ⁿ at or above `v`: an axis top that
/// reads as a round number.
pub fn nice_ceiling(v: f64) -> f64 {
    if v <= 0.0 || !v.is_finite() {
        return 1.0;
    }
    let mag = 10f64.powf(v.log10().floor());
    [1.0, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0]
        .iter()
        .map(|s| s * mag)
        .find(|c| *c >= v - 1e-9)
        .unwrap_or(10.0 * mag)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn axis_tops_are_round() {
        assert_eq!(nice_ceiling(331.0), 400.0);
        assert_eq!(nice_ceiling(10800.0), 15000.0);
        assert_eq!(nice_ceiling(2.0), 2.0);
        assert_eq!(nice_ceiling(0.0), 1.0);
        assert_eq!(nice_ceiling(67.0), 80.0);
    }
}
