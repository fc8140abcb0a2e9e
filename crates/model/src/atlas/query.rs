//! What the explore views ask of the atlas: parks by filter, places of a
//! cluster and clusters of a place, and the clusters' published output.

use super::{Atlas, Cluster, County, Enterprise, Level, Park, ParkStatus, Place, PlaceFigure};
use crate::id::{find, Names};
use crate::{ClusterId, Confidence, CountyId, Dataset, ParkId, Period, Source, Value};

/// One published output figure of a cluster.
#[derive(Debug, Clone, PartialEq)]
pub struct OutputPoint {
    pub year: u16,
    pub value: Value,
    pub period: Period,
    pub source: Source,
    pub confidence: Confidence,
    /// Another source for a year that already has a point: drawn apart,
    /// never joined by the line.
    pub alternate: bool,
    /// The values of this year cannot both be true.
    pub conflict: bool,
}

/// The output of one cluster in one scope. Scopes are never merged: the
/// city's cluster and one county's, or all firms and firms above designated
/// size, are separate series.
#[derive(Debug, Clone, PartialEq)]
pub struct OutputSeries {
    pub cluster: ClusterId,
    /// `None` for the whole city.
    pub place: Option<(Place, String)>,
    /// The scope in the source's words (city-wide) or the metric (a place).
    pub scope_zh: String,
    pub scope_en: String,
    pub unit: String,
    pub points: Vec<OutputPoint>,
}

impl OutputSeries {
    /// The latest point that stands for its year.
    pub fn latest(&self) -> Option<&OutputPoint> {
        self.points.iter().rev().find(|p| !p.alternate)
    }
}

/// Whether a published level is at or over `threshold`: 超 X counts as X,
/// 近 X as just under X.
pub fn at_least(v: &Value, threshold: f64) -> bool {
    v.floor_level().is_some_and(|x| x >= threshold - 1e-9)
}

fn push_point(series: &mut Vec<OutputSeries>, key: OutputSeries, mut p: OutputPoint) {
    let s = match series
        .iter_mut()
        .find(|s| s.cluster == key.cluster && s.place == key.place && s.scope_zh == key.scope_zh)
    {
        Some(s) => s,
        None => {
            series.push(key);
            series.last_mut().expect("just pushed")
        }
    };
    if let Some(first) = s.points.iter().find(|q| q.year == p.year && !q.alternate) {
        p.alternate = true;
        p.conflict = !first.value.compatible_with(&p.value);
    }
    s.points.push(p);
    s.points.sort_by_key(|q| (q.year, q.alternate));
}

/// A selection of parks; empty fields select everything.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ParkFilter {
    /// Parks hosting any of these clusters.
    pub clusters: Vec<ClusterId>,
    pub county: Option<CountyId>,
    pub level: Option<Level>,
    pub status: Option<ParkStatus>,
}

fn point(year: u16, value: &Value, period: &Period, source: &Source, confidence: Confidence) -> OutputPoint {
    OutputPoint {
        year,
        value: value.clone(),
        period: period.clone(),
        source: source.clone(),
        confidence,
        alternate: false,
        conflict: false,
    }
}

impl Atlas {
    /// Parks that pass the filter, in file order.
    pub fn parks_where(&self, f: &ParkFilter) -> Vec<&Park> {
        self.parks
            .iter()
            .filter(|p| f.clusters.is_empty() || p.clusters.iter().any(|c| f.clusters.contains(c)))
            .filter(|p| f.county.as_ref().is_none_or(|c| p.counties.contains(c)))
            .filter(|p| f.level.is_none_or(|l| p.level == l))
            .filter(|p| f.status.is_none_or(|s| p.status == s))
            .collect()
    }

    /// Counties where a cluster sits: named by a source for the cluster, or
    /// hosting a park of the cluster. Sorted in the file order of counties.
    pub fn counties_of_cluster(&self, cluster: &str) -> Vec<&County> {
        self.counties
            .iter()
            .filter(|c| {
                self.cluster_counties.iter().any(|l| l.cluster == cluster && l.county == c.id)
                    || self.parks.iter().any(|p| p.clusters.iter().any(|x| x == cluster) && p.counties.contains(&c.id))
            })
            .collect()
    }

    /// Clusters present in a county, by the same two kinds of evidence.
    pub fn clusters_in_county(&self, county: &str) -> Vec<&Cluster> {
        self.clusters.iter().filter(|cl| self.counties_of_cluster(&cl.id).iter().any(|c| c.id == county)).collect()
    }

    /// The clusters a park hosts.
    pub fn clusters_of_park(&self, park: &str) -> Vec<&Cluster> {
        let Some(p) = self.parks.iter().find(|p| p.id == park) else { return vec![] };
        self.clusters.iter().filter(|c| p.clusters.contains(&c.id)).collect()
    }

    /// Figures published for one county or park, in file order.
    pub fn figures_of(&self, place: Place, id: &str) -> Vec<&PlaceFigure> {
        self.place_figures.iter().filter(|f| f.place == place && f.place_id == id).collect()
    }

    /// The published output of the given clusters, city-wide (from the
    /// dataset) and by place (from the place figures), one series per
    /// cluster and scope, in cluster order and then city before places.
    pub fn output_series(&self, data: &Dataset, clusters: &[ClusterId]) -> Vec<OutputSeries> {
        let mut out: Vec<OutputSeries> = Vec::new();
        for c in self.clusters.iter().filter(|c| clusters.contains(&c.id)) {
            if let Some(ind) = &c.output_indicator {
                for f in data.figures.iter().filter(|f| &f.indicator == ind) {
                    let key = OutputSeries {
                        cluster: c.id.clone(),
                        place: None,
                        scope_zh: f.scope.clone(),
                        scope_en: f.scope.clone(),
                        unit: f.unit.clone(),
                        points: vec![],
                    };
                    push_point(&mut out, key, point(f.year, &f.value, &f.period, &f.source, f.confidence));
                }
            }
            for f in self.place_figures.iter().filter(|f| f.cluster.as_deref() == Some(c.id.as_str())) {
                let key = OutputSeries {
                    cluster: c.id.clone(),
                    place: Some((f.place, f.place_id.clone())),
                    scope_zh: f.metric_zh.clone(),
                    scope_en: f.metric_en.clone(),
                    unit: f.unit.clone(),
                    points: vec![],
                };
                push_point(&mut out, key, point(f.year, &f.value, &f.period, &f.source, f.confidence));
            }
        }
        out
    }

    // A lookup is generic only in what names the id; the search itself is
    // `id::find`, compiled once per kind of record.

    /// Parks of a cluster.
    pub fn parks_of_cluster<Q: Names<ClusterId> + ?Sized>(&self, cluster: &Q) -> Vec<&Park> {
        let cluster = cluster.id();
        self.parks.iter().filter(|p| p.clusters.iter().any(|c| c == cluster)).collect()
    }

    #[inline]
    pub fn county<Q: Names<CountyId> + ?Sized>(&self, id: &Q) -> Option<&County> {
        find(&self.counties, id.id())
    }

    #[inline]
    pub fn cluster<Q: Names<ClusterId> + ?Sized>(&self, id: &Q) -> Option<&Cluster> {
        find(&self.clusters, id.id())
    }

    #[inline]
    pub fn park<Q: Names<ParkId> + ?Sized>(&self, id: &Q) -> Option<&Park> {
        find(&self.parks, id.id())
    }

    pub fn enterprises_of_cluster<Q: Names<ClusterId> + ?Sized>(&self, cluster: &Q) -> Vec<&Enterprise> {
        let cluster = cluster.id();
        self.enterprises.iter().filter(|e| e.cluster == cluster).collect()
    }
}

/// Parks side by side (`?view=parks&compare=a,b,c`): one row per published
/// metric, each park's figures for it, and why the numbers of a row cannot
/// be compared where they cannot.
#[derive(Debug, Clone, PartialEq)]
pub struct Comparison<'a> {
    pub parks: Vec<&'a Park>,
    pub rows: Vec<MetricRow<'a>>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct MetricRow<'a> {
    pub metric_zh: &'a str,
    pub metric_en: &'a str,
    /// One list per park (in [`Comparison::parks`] order), latest first.
    pub cells: Vec<Vec<&'a PlaceFigure>>,
    pub caveat: Option<Caveat>,
}

/// Why a row's numbers are not like for like.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Caveat {
    /// Some, not all, of the parks published this metric (the others may
    /// publish a neighbouring one, under another scope).
    NotEveryPark,
    /// The latest figures are in different units.
    Units,
    /// The latest figures are of different years or periods.
    Years,
}

/// The most parks a comparison holds.
pub const MAX_COMPARED: usize = 4;

impl Atlas {
    pub fn compare_parks(&self, ids: &[ParkId]) -> Comparison<'_> {
        let parks: Vec<&Park> = ids.iter().filter_map(|id| self.park(id)).take(MAX_COMPARED).collect();
        let mut metrics: Vec<(&str, &str)> = Vec::new();
        for p in &parks {
            for f in self.figures_of(Place::Park, &p.id) {
                if !metrics.iter().any(|(zh, _)| *zh == f.metric_zh) {
                    metrics.push((&f.metric_zh, &f.metric_en));
                }
            }
        }
        let rows = metrics
            .into_iter()
            .map(|(zh, en)| {
                let cells: Vec<Vec<&PlaceFigure>> = parks
                    .iter()
                    .map(|p| {
                        let mut fs: Vec<&PlaceFigure> =
                            self.figures_of(Place::Park, &p.id).into_iter().filter(|f| f.metric_zh == zh).collect();
                        fs.sort_by_key(|f| std::cmp::Reverse(f.year));
                        fs
                    })
                    .collect();
                let latest: Vec<&PlaceFigure> = cells.iter().filter_map(|c| c.first().copied()).collect();
                let differ = |key: &dyn Fn(&PlaceFigure) -> String| latest.windows(2).any(|w| key(w[0]) != key(w[1]));
                // A measure only one park published compares nothing: its
                // row says "nothing published" for the others, no more.
                let caveat = if latest.len() < 2 {
                    None
                } else if latest.len() < parks.len() {
                    Some(Caveat::NotEveryPark)
                } else if differ(&|f| f.unit.clone()) {
                    Some(Caveat::Units)
                } else if differ(&|f| format!("{} {:?}", f.year, f.period)) {
                    Some(Caveat::Years)
                } else {
                    None
                };
                MetricRow { metric_zh: zh, metric_en: en, cells, caveat }
            })
            .collect();
        Comparison { parks, rows }
    }
}
