//! Clusters, parks and counties: where the plan's industries sit.
//!
//! The types here; [`load`] reads and validates `seeds/counties.csv`,
//! `clusters.csv`, `cluster_counties.csv`, `enterprises.csv`, `parks.csv`
//! and `place_figures.csv` like the targets and figures (file, line,
//! reason); [`query`] has the filters and cross-filters (cluster → its parks
//! and counties; park → its clusters) and the clusters' output series that
//! the explore views and the URL filters are built on.

mod load;
mod query;

pub use load::{AtlasSources, ATLAS_SEEDS};
pub use query::{at_least, Caveat, Comparison, MetricRow, OutputPoint, OutputSeries, ParkFilter, MAX_COMPARED};

use crate::{ClusterId, Confidence, CountyId, IndicatorId, ParkId, Period, Source, Value};

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct County {
    pub id: CountyId,
    pub name_zh: String,
    pub name_en: String,
    /// The feature id in `taizhou-counties.geojson`.
    pub geo_id: String,
}

impl County {
    /// The English name without its kind, for the small map: "Jiaojiang
    /// District" → "Jiaojiang".
    pub fn short_name_en(&self) -> &str {
        self.name_en.split(' ').next().unwrap_or(&self.name_en)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum ClusterGroup {
    /// One of the seven 千亿 clusters.
    ThousandBn,
    /// An emerging industry the plan names.
    Emerging,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Cluster {
    pub id: ClusterId,
    pub group: ClusterGroup,
    pub name_zh: String,
    pub name_en: String,
    /// The plan's direction for the cluster, verbatim.
    pub phrase: String,
    /// The indicator of the dataset that holds the cluster's city-wide output.
    pub output_indicator: Option<IndicatorId>,
}

/// A source's word that a cluster sits in a county.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ClusterCounty {
    pub cluster: ClusterId,
    pub county: CountyId,
    pub note: String,
    pub source: Source,
    pub confidence: Confidence,
}

/// A leading enterprise of a cluster, as a source names it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Enterprise {
    pub cluster: ClusterId,
    pub name_zh: String,
    pub county: Option<CountyId>,
    pub source: Source,
    pub confidence: Confidence,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize)]
pub enum Level {
    National,
    Provincial,
    City,
    County,
    /// Not a park: a plan concept or an island.
    None,
    Unknown,
}

impl Level {
    pub const ALL: [Level; 6] =
        [Level::National, Level::Provincial, Level::City, Level::County, Level::None, Level::Unknown];

    pub fn parse(s: &str) -> Option<Level> {
        Level::ALL.into_iter().find(|l| l.code() == s)
    }

    /// The word used in the seeds and in the URL.
    pub fn code(self) -> &'static str {
        ["national", "provincial", "city", "county", "none", "unknown"][self as usize]
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize)]
pub enum ParkStatus {
    /// Approved or in operation.
    Created,
    /// Named in the plan; no approval found.
    Planned,
}

impl ParkStatus {
    pub fn parse(s: &str) -> Option<ParkStatus> {
        [ParkStatus::Created, ParkStatus::Planned].into_iter().find(|x| x.code() == s)
    }

    pub fn code(self) -> &'static str {
        match self {
            ParkStatus::Created => "created",
            ParkStatus::Planned => "planned",
        }
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Park {
    pub id: ParkId,
    pub name_zh: String,
    pub name_en: String,
    pub level: Level,
    /// County ids; empty when no source places the park.
    pub counties: Vec<CountyId>,
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; empty when not found.
    pub approved: String,
    pub status: ParkStatus,
    pub area_km2: Option<f64>,
    pub area_note: String,
    pub clusters: Vec<ClusterId>,
    /// (longitude, latitude) where a source gives it.
    pub location: Option<(f64, f64)>,
    pub plan_phrase: String,
    /// The milestone target that tracks the plan's commitment about it.
    pub milestone_target: Option<IndicatorId>,
    pub source: Source,
    pub confidence: Confidence,
    pub note: String,
}

/// Whether a place figure is about a county or a park.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Place {
    County,
    Park,
}

/// A figure published for one county or one park: context for the explore
/// views, never progress towards a city-wide target.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PlaceFigure {
    pub place: Place,
    pub place_id: String,
    pub metric_zh: String,
    pub metric_en: String,
    pub year: u16,
    pub value: Value,
    pub unit: String,
    pub period: Period,
    pub source: Source,
    pub confidence: Confidence,
    pub note: String,
    /// Set on the output of one cluster in this place: drawn in the cluster comparison.
    pub cluster: Option<ClusterId>,
    /// The edition that added it or last changed it.
    pub edition: u16,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct Atlas {
    pub counties: Vec<County>,
    pub clusters: Vec<Cluster>,
    pub cluster_counties: Vec<ClusterCounty>,
    pub enterprises: Vec<Enterprise>,
    pub parks: Vec<Park>,
    pub place_figures: Vec<PlaceFigure>,
    /// The schematic map, projected at build time (empty until the build adds it).
    pub map: MapData,
}

/// The county map in view-box units: one outline per county, and where each
/// park is drawn.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct MapData {
    pub width: f64,
    pub height: f64,
    /// (county id, SVG path, label point).
    pub counties: Vec<(CountyId, String, (f64, f64))>,
}

/// The 千亿 threshold of the plan's seven clusters, in 亿元.
pub const THOUSAND_BN: f64 = 1000.0;
