//! Editions: every update of the data is numbered and dated
//! (`seeds/editions.csv`), and every figure says the edition that added or
//! last changed it, and the one that withdrew it, if any. From that alone
//! the data of any edition is rebuilt ([`Dataset::at_edition`]), the
//! changelog is the editions replayed one after the other
//! ([`Dataset::replay`]), and a target's status history is its figures
//! taken in the order the public could know them ([`Dataset::status_history`]),
//! judged by the one status method. Nothing of it is stored twice.

use crate::atlas::Atlas;
use crate::desk::{changes, Changes};
use crate::{Dataset, Figure, Status, Target};

/// One numbered, dated update of the data.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Edition {
    /// 1, 2, 3 …: in the order of the file, with no gap.
    pub number: u16,
    /// `YYYY-MM-DD`: the day the edition was published.
    pub date: String,
    pub summary_zh: String,
    pub summary_en: String,
    /// When the next update is expected, in words (`2027年3月 统计公报`);
    /// may be empty.
    pub next_zh: String,
    pub next_en: String,
}

/// What one edition changed, against the edition before it: figures added,
/// changed and removed, and the targets whose status moved.
#[derive(Debug, Clone, PartialEq)]
pub struct EditionChanges {
    pub edition: Edition,
    pub changes: Changes,
}

/// One change of a target's status, at the date the public could know it.
#[derive(Debug, Clone, PartialEq)]
pub struct StatusStep {
    /// The publication date of the figures that caused it (`YYYY`,
    /// `YYYY-MM` or `YYYY-MM-DD`); empty when the sources give none.
    pub date: String,
    pub before: Status,
    pub after: Status,
    /// The figures published that day that moved the status.
    pub figures: Vec<Figure>,
}

impl Dataset {
    /// The latest edition, the one this data is.
    pub fn edition(&self) -> Option<&Edition> {
        self.editions.last()
    }

    /// The data as edition `n` published it: the figures it had, in the
    /// versions it had them, and the editions up to it. `None` for an
    /// edition that does not exist.
    pub fn at_edition(&self, n: u16) -> Option<Dataset> {
        if !self.editions.iter().any(|e| e.number == n) {
            return None;
        }
        let live = |f: &Figure| f.edition <= n && f.withdrawn.is_none_or(|w| w > n);
        let figures = self
            .figures
            .iter()
            .chain(&self.withdrawn)
            .filter(|f| live(f))
            .map(|f| Figure { withdrawn: None, ..f.clone() })
            .collect();
        let data = Dataset {
            editions: self.editions.iter().filter(|e| e.number <= n).cloned().collect(),
            figures: Vec::new(),
            withdrawn: Vec::new(),
            ..self.clone()
        };
        Some(data.with_figures(figures))
    }

    /// Each edition with what it changed, the first against no data at all:
    /// the changelog, replayed from the figures' editions.
    pub fn replay(&self) -> Vec<EditionChanges> {
        let empty = Dataset { figures: Vec::new(), withdrawn: Vec::new(), editions: Vec::new(), ..self.clone() };
        let mut before = empty;
        let mut out = Vec::new();
        for e in &self.editions {
            let Some(after) = self.at_edition(e.number) else { continue };
            out.push(EditionChanges { edition: e.clone(), changes: changes(&before, &after) });
            before = after;
        }
        out
    }

    /// Every change of the target's status, oldest first. Its progress
    /// figures are taken in the order of their publication dates (figures
    /// without a date last, in the order of their years); after each date
    /// the status is judged again on the figures known by then. A figure
    /// that leaves the verdict as it was makes no step.
    pub fn status_history(&self, target: &Target) -> Vec<StatusStep> {
        let mut figures = self.progress_figures(target);
        figures.sort_by(|a, b| {
            let key = |f: &Figure| (f.source.published.is_empty(), f.source.published.clone(), f.year, f.line);
            key(a).cmp(&key(b))
        });
        let mut steps = Vec::new();
        let mut known: Vec<&Figure> = Vec::new();
        let mut status = Status::NoData;
        let mut i = 0;
        while i < figures.len() {
            let date = &figures[i].source.published;
            let same_day = figures[i..].iter().take_while(|f| &f.source.published == date).count();
            // Kept in the order the status method reads: by year, then line.
            for f in &figures[i..i + same_day] {
                let at = known.partition_point(|k| (k.year, k.line) < (f.year, f.line));
                known.insert(at, f);
            }
            let after = self.status_of(target, crate::dataset::series_of(known.iter().copied()));
            if after.code() != status.code() {
                let figures = figures[i..i + same_day].iter().map(|f| (*f).clone()).collect();
                steps.push(StatusStep { date: date.clone(), before: status, after, figures });
            }
            status = after;
            i += same_day;
        }
        steps
    }
}

impl Atlas {
    /// The atlas as edition `n` published it: the county and park figures
    /// it had (the places themselves are not versioned).
    pub fn at_edition(&self, n: u16) -> Atlas {
        let mut atlas = self.clone();
        atlas.place_figures.retain(|f| f.edition <= n);
        atlas
    }
}
