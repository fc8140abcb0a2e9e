//! How a target's status is computed from its published figures.
//!
//! The method, also explained in the page (`i18n` key `MethodNote`):
//!
//! * Only progress figures count: the target's own indicator, in its own
//!   scope, for a whole period. Partial-year and context figures never decide.
//! * The baseline is the latest such figure up to 2019; the latest figure is
//!   the last one in 2020 up to the target year.
//! * A goal is reached when the latest figure is at or above it (以上, 力争,
//!   培育, 全覆盖 = 100 %; 左右 at the lower edge of its ±10 % band).
//!   "Over v" counts as v, "nearly v" as just under v.
//! * When the latest figure is for the target year the status is final:
//!   achieved or missed. Before that it is a trajectory status as of the
//!   latest year: on track when the figure is at or above the required path
//!   from the start (the baseline, else the earliest figure of the period)
//!   to the goal in the target year; behind when below; unclear when there
//!   is no start to draw a path from.
//! * The path is compound growth for money amounts (亿元, 万元/人 …), which
//!   grow by rates, so the path asks for the same growth rate every year;
//!   linear for shares, counts and indices, which move by steps.
//! * 持续降低 / 只增不减 compare consecutive years; 每年 targets check every
//!   published year; milestones are done or not.

use crate::{TargetKind, Value, PLAN_START};

/// One year of a target's progress series.
#[derive(Debug, Clone, PartialEq)]
pub struct Point {
    pub year: u16,
    pub value: Value,
}

/// Where a target stands. `year` is the year of the figure it rests on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// Reached; `early` when reached before the target year (提前实现).
    Achieved { year: u16, early: bool },
    /// At or above the required path (基本符合预期).
    OnTrack { year: u16 },
    /// Below the required path, or a milestone not yet reached (滞后).
    Behind { year: u16 },
    /// The target year's figure is published and misses the goal (未达成).
    Missed { year: u16 },
    /// Figures exist but no path can be judged (only one, no baseline).
    Unclear { year: u16 },
    /// No figure in the plan period has been published.
    NoData,
}

/// How the required path grows from start to goal.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PathModel {
    Compound,
    Linear,
}

impl PathModel {
    pub fn for_unit(unit: &str) -> PathModel {
        if unit.contains('元') {
            PathModel::Compound
        } else {
            PathModel::Linear
        }
    }

    /// The value the path requires in `year`, from `(y0, v0)` to `(y1, v1)`.
    pub fn required(self, (y0, v0): (u16, f64), (y1, v1): (u16, f64), year: u16) -> f64 {
        if y1 <= y0 {
            return v1;
        }
        let t = (f64::from(year) - f64::from(y0)) / (f64::from(y1) - f64::from(y0));
        match self {
            PathModel::Compound if v0 > 0.0 && v1 > 0.0 => v0 * (v1 / v0).powf(t),
            _ => v0 + (v1 - v0) * t,
        }
    }
}

impl Status {
    /// Whether the status is the plan's final verdict (target year reached,
    /// or a milestone done).
    pub fn is_final(self, target_year: u16) -> bool {
        match self {
            Status::Achieved { year, .. } => year >= target_year,
            Status::Missed { .. } => true,
            _ => false,
        }
    }

    pub fn year(self) -> Option<u16> {
        match self {
            Status::Achieved { year, .. }
            | Status::OnTrack { year }
            | Status::Behind { year }
            | Status::Missed { year }
            | Status::Unclear { year } => Some(year),
            Status::NoData => None,
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            Status::Achieved { .. } => "achieved",
            Status::OnTrack { .. } => "on_track",
            Status::Behind { .. } => "behind",
            Status::Missed { .. } => "missed",
            Status::Unclear { .. } => "unclear",
            Status::NoData => "no_data",
        }
    }
}

/// Where the required path starts: the baseline (latest figure before the
/// plan period), else the earliest figure of the period if there is a later
/// one to judge against it.
pub fn path_start(series: &[Point], target_year: u16) -> Option<(u16, f64)> {
    let in_period = series.iter().filter(|p| p.year >= PLAN_START && p.year <= target_year);
    let latest = in_period.clone().next_back()?.year;
    series
        .iter()
        .rev()
        .find(|p| p.year < PLAN_START)
        .or_else(|| in_period.clone().next().filter(|p| p.year < latest))
        .and_then(|p| Some((p.year, p.value.number()?)))
}

/// How the required path of a target grows.
pub fn path_model(kind: &TargetKind, unit: &str) -> PathModel {
    if matches!(kind, TargetKind::FullCoverage) {
        PathModel::Linear
    } else {
        PathModel::for_unit(unit)
    }
}

/// The required path from its start to the goal in the target year, one
/// point per year; empty where the kind has no path or there is no start.
pub fn required_path(kind: &TargetKind, unit: &str, target_year: u16, series: &[Point]) -> Vec<(u16, f64)> {
    let goal = match kind {
        TargetKind::Floor { .. }
        | TargetKind::About { .. }
        | TargetKind::Aspiration { .. }
        | TargetKind::Create { .. }
        | TargetKind::FullCoverage => kind.goal(),
        _ => None,
    };
    let (Some(goal), Some(start)) = (goal, path_start(series, target_year)) else { return vec![] };
    let model = path_model(kind, unit);
    (start.0..=target_year).map(|y| (y, model.required(start, (target_year, goal), y))).collect()
}

/// The level the required path asks for in `year`.
pub fn required_at(kind: &TargetKind, unit: &str, target_year: u16, series: &[Point], year: u16) -> Option<f64> {
    required_path(kind, unit, target_year, series).into_iter().find(|(y, _)| *y == year).map(|(_, v)| v)
}

/// The status of a target of `kind` in `unit`, due in `target_year`, from
/// its progress series (one point per year, sorted by year).
pub fn assess(kind: &TargetKind, unit: &str, target_year: u16, series: &[Point]) -> Status {
    let in_period: Vec<&Point> = series.iter().filter(|p| p.year >= PLAN_START && p.year <= target_year).collect();
    let Some(latest) = in_period.last() else { return Status::NoData };
    let year = latest.year;
    let is_final = year >= target_year;

    match kind {
        TargetKind::Milestone => match latest.value {
            Value::Milestone { done: true } => {
                // Done is done: the first year it is reported done.
                let first =
                    in_period.iter().find(|p| p.value == Value::Milestone { done: true }).map_or(year, |p| p.year);
                Status::Achieved { year: first, early: first < target_year }
            }
            _ if is_final => Status::Missed { year },
            _ => Status::Behind { year },
        },
        TargetKind::Decrease | TargetKind::NoDecrease => {
            let ok = |prev: f64, next: f64| match kind {
                TargetKind::Decrease => next < prev,
                _ => next >= prev,
            };
            let pairs: Vec<(f64, f64)> = series
                .windows(2)
                .filter(|w| w[1].year == w[0].year + 1 && w[1].year >= PLAN_START && w[1].year <= target_year)
                .filter_map(|w| Some((w[0].value.number()?, w[1].value.number()?)))
                .collect();
            if pairs.is_empty() {
                Status::Unclear { year }
            } else if pairs.iter().all(|&(a, b)| ok(a, b)) {
                if is_final {
                    Status::Achieved { year, early: false }
                } else {
                    Status::OnTrack { year }
                }
            } else if is_final {
                Status::Missed { year }
            } else {
                Status::Behind { year }
            }
        }
        TargetKind::PerYear { value } => {
            let all_met = in_period.iter().all(|p| p.value.floor_level().is_some_and(|v| v >= *value));
            let complete = (PLAN_START..=target_year).all(|y| in_period.iter().any(|p| p.year == y));
            match (all_met, is_final) {
                (true, true) if complete => Status::Achieved { year, early: false },
                (true, _) => Status::OnTrack { year },
                (false, true) => Status::Missed { year },
                (false, false) => Status::Behind { year },
            }
        }
        _ => {
            let goal = kind.goal().expect("every other kind has a level to reach");
            let Some(level) = latest.value.floor_level() else { return Status::Unclear { year } };
            if level >= goal {
                return Status::Achieved { year, early: year < target_year };
            }
            if is_final {
                return Status::Missed { year };
            }
            let Some(required) = required_at(kind, unit, target_year, series, year) else {
                return Status::Unclear { year };
            };
            if level >= required - 1e-9 {
                Status::OnTrack { year }
            } else {
                Status::Behind { year }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Qualifier;

    fn n(year: u16, value: f64) -> Point {
        Point { year, value: Value::Number { value, qualifier: None, decimals: 0 } }
    }
    fn q(year: u16, value: f64, qualifier: Qualifier) -> Point {
        Point { year, value: Value::Number { value, qualifier: Some(qualifier), decimals: 0 } }
    }
    fn done(year: u16, done: bool) -> Point {
        Point { year, value: Value::Milestone { done } }
    }

    /// One row per case: kind, unit, series, expected status.
    #[test]
    fn status_table_covers_every_kind() {
        use Status::*;
        let floor = TargetKind::Floor { value: 300.0 };
        let about = TargetKind::About { value: 25.0 };
        let aspiration = TargetKind::Aspiration { value: 10000.0 };
        let per_year = TargetKind::PerYear { value: 150.0 };
        let create = TargetKind::Create { min: 7.0, max: None };
        let cases: Vec<(&str, &TargetKind, &str, Vec<Point>, Status)> = vec![
            ("floor: no figure", &floor, "个", vec![], NoData),
            ("floor: only a baseline is still no data", &floor, "个", vec![n(2019, 156.0)], NoData),
            (
                "floor: reached early",
                &floor,
                "个",
                vec![n(2019, 156.0), n(2023, 307.0)],
                Achieved { year: 2023, early: true },
            ),
            (
                "floor: reached in the target year is final",
                &floor,
                "个",
                vec![n(2025, 300.0)],
                Achieved { year: 2025, early: false },
            ),
            (
                "floor: missed in the target year",
                &floor,
                "个",
                vec![n(2019, 156.0), n(2025, 299.0)],
                Missed { year: 2025 },
            ),
            // linear path 156 -> 300 over 2019..2025 asks 252 in 2023
            (
                "floor: above the linear path",
                &floor,
                "个",
                vec![n(2019, 156.0), n(2023, 260.0)],
                OnTrack { year: 2023 },
            ),
            ("floor: below the linear path", &floor, "个", vec![n(2019, 156.0), n(2023, 240.0)], Behind { year: 2023 }),
            ("floor: one figure, no baseline", &floor, "个", vec![n(2021, 200.0)], Unclear { year: 2021 }),
            (
                "floor: earliest period figure starts the path",
                &floor,
                "个",
                vec![n(2020, 100.0), n(2024, 270.0)],
                OnTrack { year: 2024 },
            ),
            (
                "floor: over v counts as v",
                &floor,
                "个",
                vec![q(2022, 300.0, Qualifier::Over)],
                Achieved { year: 2022, early: true },
            ),
            (
                "floor: nearly v is just under v",
                &floor,
                "个",
                vec![q(2025, 300.0, Qualifier::Nearly)],
                Missed { year: 2025 },
            ),
            ("floor: a figure after the target year is ignored", &floor, "个", vec![n(2026, 400.0)], NoData),
            // compound path 5000 -> 10000 over 2019..2025 asks 7937 in 2023, linear would ask 8333
            (
                "aspiration: compound path for money",
                &aspiration,
                "亿元",
                vec![n(2019, 5000.0), n(2023, 8000.0)],
                OnTrack { year: 2023 },
            ),
            (
                "aspiration: below the compound path",
                &aspiration,
                "亿元",
                vec![n(2019, 5000.0), n(2023, 7800.0)],
                Behind { year: 2023 },
            ),
            (
                "about: inside the band is achieved",
                &about,
                "%",
                vec![n(2025, 23.0)],
                Achieved { year: 2025, early: false },
            ),
            ("about: below the band in the target year", &about, "%", vec![n(2025, 22.0)], Missed { year: 2025 }),
            (
                "about: above the band is achieved too",
                &about,
                "%",
                vec![n(2024, 30.0)],
                Achieved { year: 2024, early: true },
            ),
            (
                "full coverage: stated as full",
                &TargetKind::FullCoverage,
                "%",
                vec![Point { year: 2025, value: Value::FullCoverage }],
                Achieved { year: 2025, early: false },
            ),
            (
                "full coverage: 80 % in 2022 from 50 % in 2019",
                &TargetKind::FullCoverage,
                "%",
                vec![n(2019, 50.0), n(2022, 80.0)],
                OnTrack { year: 2022 },
            ),
            (
                "decrease: falling every year",
                &TargetKind::Decrease,
                "吨标准煤/万元",
                vec![n(2019, 0.5), n(2020, 0.48), n(2021, 0.46)],
                OnTrack { year: 2021 },
            ),
            (
                "decrease: a rise is behind",
                &TargetKind::Decrease,
                "吨标准煤/万元",
                vec![n(2020, 0.48), n(2021, 0.49)],
                Behind { year: 2021 },
            ),
            (
                "decrease: non-consecutive years cannot be judged",
                &TargetKind::Decrease,
                "吨标准煤/万元",
                vec![n(2020, 0.48), n(2022, 0.40)],
                Unclear { year: 2022 },
            ),
            (
                "decrease: falling to the target year is achieved",
                &TargetKind::Decrease,
                "吨标准煤/万元",
                vec![n(2024, 0.42), n(2025, 0.41)],
                Achieved { year: 2025, early: false },
            ),
            (
                "no decrease: flat counts",
                &TargetKind::NoDecrease,
                "亩",
                vec![n(2020, 10.0), n(2021, 10.0)],
                OnTrack { year: 2021 },
            ),
            (
                "per year: every published year met",
                &per_year,
                "项",
                vec![n(2020, 160.0), n(2021, 151.0)],
                OnTrack { year: 2021 },
            ),
            ("per year: one year short", &per_year, "项", vec![n(2020, 160.0), n(2021, 120.0)], Behind { year: 2021 }),
            (
                "per year: all six years met",
                &per_year,
                "项",
                (2020..=2025).map(|y| n(y, 150.0)).collect(),
                Achieved { year: 2025, early: false },
            ),
            (
                "per year: final but years missing stays on track",
                &per_year,
                "项",
                vec![n(2020, 150.0), n(2025, 170.0)],
                OnTrack { year: 2025 },
            ),
            ("create: count reached", &create, "个", vec![n(2024, 7.0)], Achieved { year: 2024, early: true }),
            (
                "milestone: done in 2021",
                &TargetKind::Milestone,
                "",
                vec![done(2021, true)],
                Achieved { year: 2021, early: true },
            ),
            (
                "milestone: not done as of 2024",
                &TargetKind::Milestone,
                "",
                vec![done(2024, false)],
                Behind { year: 2024 },
            ),
            (
                "milestone: not done in 2025 is missed",
                &TargetKind::Milestone,
                "",
                vec![done(2025, false)],
                Missed { year: 2025 },
            ),
        ];
        for (name, kind, unit, series, expected) in cases {
            assert_eq!(assess(kind, unit, 2025, &series), expected, "case: {name}");
        }
    }

    #[test]
    fn compound_and_linear_paths_meet_at_both_ends() {
        for m in [PathModel::Compound, PathModel::Linear] {
            assert!((m.required((2019, 5000.0), (2025, 10000.0), 2019) - 5000.0).abs() < 1e-9);
            assert!((m.required((2019, 5000.0), (2025, 10000.0), 2025) - 10000.0).abs() < 1e-9);
        }
        let mid_c = PathModel::Compound.required((2019, 5000.0), (2025, 10000.0), 2022);
        assert!((mid_c - 5000.0 * 2f64.sqrt()).abs() < 1e-6);
    }
}
