//! The validated dataset and its queries: a target's progress figures and
//! series, its baseline and latest figure, its status, and the figures whose
//! sources disagree. Made by [`crate::ingest`] (the build) and decoded from
//! the bundle (the page).

use crate::id::{find, Names};
use crate::{Figure, Indicator, IndicatorId, Target, Value};

/// The validated seeds. The plan text itself is not kept: each target
/// carries its phrase and the sentence around it, and the page fetches the
/// full text (`data/plan.txt`) only for the plan view.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Dataset {
    /// In scorecard order: the five dimensions of 主要目标, then the other
    /// sections of the plan.
    pub targets: Vec<Target>,
    pub indicators: Vec<Indicator>,
    /// Sorted by indicator, then year, then file line ([`Dataset::with_figures`]):
    /// queries filter this order instead of sorting again. The figures of
    /// the latest edition only.
    pub figures: Vec<Figure>,
    /// Figures a later edition replaced or removed, kept so that an earlier
    /// edition can be shown as it was ([`crate::edition`]).
    pub withdrawn: Vec<Figure>,
    /// Every edition of the data, oldest first.
    pub editions: Vec<crate::Edition>,
}

impl Dataset {
    /// The same targets and indicators with these figures, in the order the
    /// queries rely on: by indicator, then year, then line.
    /// Figures withdrawn by an edition go to `withdrawn`.
    pub fn with_figures(self, figures: Vec<Figure>) -> Dataset {
        let (mut withdrawn, mut figures): (Vec<Figure>, Vec<Figure>) =
            figures.into_iter().partition(|f| f.withdrawn.is_some());
        let order = |a: &Figure, b: &Figure| (&a.indicator, a.year, a.line).cmp(&(&b.indicator, b.year, b.line));
        figures.sort_by(order);
        withdrawn.sort_by(order);
        Dataset { figures, withdrawn, ..self }
    }

    // Generic only in what names the id; the search is `id::find`.

    #[inline]
    pub fn target<Q: Names<IndicatorId> + ?Sized>(&self, id: &Q) -> Option<&Target> {
        find(&self.targets, id.id())
    }

    #[inline]
    pub fn indicator<Q: Names<IndicatorId> + ?Sized>(&self, id: &Q) -> Option<&Indicator> {
        find(&self.indicators, id.id())
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
        series_of(self.progress_figures(target))
    }

    /// The baseline: the latest progress figure from before the plan period.
    pub fn baseline(&self, target: &Target) -> Option<&Figure> {
        self.progress_series(target).into_iter().rev().find(|f| f.year <= crate::BASE_YEAR)
    }

    /// The latest progress figure within the plan period (up to the target year).
    pub fn latest(&self, target: &Target) -> Option<&Figure> {
        self.progress_series(target)
            .into_iter()
            .rev()
            .find(|f| f.year >= crate::PLAN_START && f.year <= target.target_year)
    }

    /// The progress series as the status method reads it.
    pub fn points(&self, target: &Target) -> Vec<crate::status::Point> {
        points_of(self.progress_series(target))
    }

    pub fn status(&self, target: &Target) -> crate::Status {
        self.status_of(target, self.progress_series(target))
    }

    /// The status method on a progress series (see [`series_of`]).
    pub(crate) fn status_of(&self, target: &Target, series: Vec<&Figure>) -> crate::Status {
        crate::status::assess(&target.kind, &target.unit, target.target_year, &points_of(series))
    }

    /// Groups of figures for one indicator, year, scope and period whose
    /// values cannot all be true at once.
    pub fn conflicts(&self) -> Vec<Vec<&Figure>> {
        self.groups()
            .into_iter()
            .filter(|g| g.bounds.0 > g.bounds.1)
            .map(|g| g.members.iter().map(|&i| &self.figures[i]).collect())
            .collect()
    }

    /// For each figure, in order, whether another source gives a value for
    /// the same indicator, year, scope and period that cannot also be true.
    pub fn conflict_flags(&self) -> Vec<bool> {
        let mut flags = vec![false; self.figures.len()];
        for g in self.groups() {
            for i in g.members {
                flags[i] = misses(self.figures[i].value.interval(), g.bounds);
            }
        }
        flags
    }

    /// The figures for one indicator, year, scope and period, each group
    /// with the greatest lower and the least upper end of its values'
    /// intervals: two values conflict when their intervals miss, so a
    /// group holds a conflict exactly when the first exceeds the second
    /// (intervals on a line meet pairwise iff they share a point), and a
    /// figure is in it when its interval misses either end.
    fn groups(&self) -> Vec<Group> {
        let mut groups: Vec<Group> = Vec::new();
        let mut run_start = 0;
        for (i, f) in self.figures.iter().enumerate() {
            // Figures are sorted by indicator and year: only a run can conflict.
            let prev = i.checked_sub(1).map(|p| &self.figures[p]);
            if prev.is_none_or(|p| p.indicator != f.indicator || p.year != f.year) {
                run_start = groups.len();
            }
            let (lo, hi) = f.value.interval();
            let figures = &self.figures;
            match groups[run_start..].iter_mut().find(|g| {
                let first = &figures[g.members[0]];
                first.scope == f.scope && first.period == f.period
            }) {
                Some(g) => {
                    g.members.push(i);
                    g.bounds = narrow(g.bounds, (lo, hi));
                }
                None => groups.push(Group { members: vec![i], bounds: (lo, hi) }),
            }
        }
        groups
    }

    /// The figures of one indicator and year (a slice of the sorted list).
    fn same_year(&self, indicator: &str, year: u16) -> &[Figure] {
        let lo = self.figures.partition_point(|o| (o.indicator.as_str(), o.year) < (indicator, year));
        let len = self.figures[lo..].iter().take_while(|o| o.indicator == indicator && o.year == year).count();
        &self.figures[lo..lo + len]
    }

    /// Whether this figure disagrees with another for the same indicator,
    /// year, scope and period.
    pub fn in_conflict(&self, figure: &Figure) -> bool {
        let bounds = self
            .same_year(&figure.indicator, figure.year)
            .iter()
            .filter(|o| o.scope == figure.scope && o.period == figure.period)
            .fold(figure.value.interval(), |b, o| narrow(b, o.value.interval()));
        misses(figure.value.interval(), bounds)
    }
}

/// One figure per year from progress figures in year order: where a year has
/// more than one, the most confident (then the more precise) stands for it.
pub(crate) fn series_of<'a>(figures: impl IntoIterator<Item = &'a Figure>) -> Vec<&'a Figure> {
    let mut series: Vec<&Figure> = Vec::new();
    // In year order, a year's figures are adjacent.
    for f in figures {
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

fn points_of(series: Vec<&Figure>) -> Vec<crate::status::Point> {
    series.into_iter().map(|f| crate::status::Point { year: f.year, value: f.value.clone() }).collect()
}

/// The (greatest lower, least upper) ends of intervals so far, with one more.
fn narrow(bounds: (f64, f64), (lo, hi): (f64, f64)) -> (f64, f64) {
    (bounds.0.max(lo), bounds.1.min(hi))
}

/// Whether an interval misses another of a group with these bounds (its
/// own interval among them cannot be the one missed).
fn misses((lo, hi): (f64, f64), (max_lo, min_hi): (f64, f64)) -> bool {
    lo > min_hi || hi < max_lo
}

/// See [`Dataset::groups`].
struct Group {
    /// Indices into `Dataset::figures`.
    members: Vec<usize>,
    /// (greatest lower end, least upper end) of the values' intervals.
    bounds: (f64, f64),
}

fn precision(f: &Figure) -> u8 {
    match f.value {
        Value::Number { qualifier: None, decimals, .. } => 10 + decimals,
        _ => 0,
    }
}
