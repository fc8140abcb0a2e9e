//! Clusters, parks and counties: where the plan's industries sit.
//!
//! Loaded from `seeds/counties.csv`, `clusters.csv`, `cluster_counties.csv`,
//! `enterprises.csv` and `parks.csv`, validated like the targets and figures
//! (file, line, reason), and queried by pure functions: the filters and
//! cross-filters (cluster → its parks and counties; park → its clusters)
//! that the explore views and the URL filters are built on.

use super::load::{parse_number, parse_year, valid_date, LoadError, SeedError};
use super::plan::PlanText;
use super::seeds::{self, ClusterCountyRow, ClusterRow, CountyRow, EnterpriseRow, ParkRow, PlaceFigureRow, SourceCols};
use super::{Confidence, Dataset, Period, Qualifier, Source, TargetKind, Value};

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct County {
    pub id: String,
    pub name_zh: String,
    pub name_en: String,
    /// The feature id in `taizhou-counties.geojson`.
    pub geo_id: String,
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
    pub id: String,
    pub group: ClusterGroup,
    pub name_zh: String,
    pub name_en: String,
    /// The plan's direction for the cluster, verbatim.
    pub phrase: String,
    /// The indicator of the dataset that holds the cluster's city-wide output.
    pub output_indicator: Option<String>,
}

/// A source's word that a cluster sits in a county.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ClusterCounty {
    pub cluster: String,
    pub county: String,
    pub note: String,
    pub source: Source,
    pub confidence: Confidence,
}

/// A leading enterprise of a cluster, as a source names it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Enterprise {
    pub cluster: String,
    pub name_zh: String,
    pub county: Option<String>,
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
    pub id: String,
    pub name_zh: String,
    pub name_en: String,
    pub level: Level,
    /// County ids; empty when no source places the park.
    pub counties: Vec<String>,
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; empty when not found.
    pub approved: String,
    pub status: ParkStatus,
    pub area_km2: Option<f64>,
    pub area_note: String,
    pub clusters: Vec<String>,
    /// (longitude, latitude) where a source gives it.
    pub location: Option<(f64, f64)>,
    pub plan_phrase: String,
    /// The milestone target that tracks the plan's commitment about it.
    pub milestone_target: Option<String>,
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
    pub cluster: Option<String>,
}

/// The texts of the atlas seed files, with the names they are reported under.
#[derive(Debug, Clone, Copy)]
pub struct AtlasSources<'a> {
    pub counties: (&'a str, &'a str),
    pub clusters: (&'a str, &'a str),
    pub cluster_counties: (&'a str, &'a str),
    pub enterprises: (&'a str, &'a str),
    pub parks: (&'a str, &'a str),
    pub place_figures: (&'a str, &'a str),
}

pub const ATLAS_SEEDS: AtlasSources<'static> = AtlasSources {
    counties: ("seeds/counties.csv", include_str!("../../seeds/counties.csv")),
    clusters: ("seeds/clusters.csv", include_str!("../../seeds/clusters.csv")),
    cluster_counties: ("seeds/cluster_counties.csv", include_str!("../../seeds/cluster_counties.csv")),
    enterprises: ("seeds/enterprises.csv", include_str!("../../seeds/enterprises.csv")),
    parks: ("seeds/parks.csv", include_str!("../../seeds/parks.csv")),
    place_figures: ("seeds/place_figures.csv", include_str!("../../seeds/place_figures.csv")),
};

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
    pub counties: Vec<(String, String, (f64, f64))>,
}

/// The 千亿 threshold of the plan's seven clusters, in 亿元.
pub const THOUSAND_BN: f64 = 1000.0;

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
    pub cluster: String,
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
    pub clusters: Vec<String>,
    pub county: Option<String>,
    pub level: Option<Level>,
    pub status: Option<ParkStatus>,
}

/// A row's source and confidence, with a message for each of the
/// `required` source columns that is empty and for an unknown confidence.
fn sourced(
    errors: &mut Vec<SeedError>,
    file: &str,
    line: usize,
    src: &SourceCols,
    required: &[&str],
) -> (Source, Option<Confidence>) {
    let missing = src.missing(required);
    if let Some(first) = missing.first() {
        let reason = format!("missing source: {} required", missing.join(", "));
        errors.push(SeedError { file: file.into(), line, column: Some(first.to_string()), reason });
    }
    let confidence = Confidence::parse(&src.confidence);
    if confidence.is_none() {
        let reason = format!("unknown confidence \"{}\" (high, medium or low)", src.confidence);
        errors.push(SeedError { file: file.into(), line, column: Some("confidence".into()), reason });
    }
    (src.source(), confidence)
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

fn list(s: &str) -> Vec<String> {
    s.split(';').map(str::trim).filter(|x| !x.is_empty()).map(String::from).collect()
}

impl Atlas {
    /// Reads and validates the atlas seeds against the plan and the targets.
    pub fn load(src: AtlasSources<'_>, plan: &PlanText, data: &Dataset) -> Result<Atlas, LoadError> {
        let mut errors: Vec<SeedError> = Vec::new();
        let mut atlas = Atlas::default();
        let err = |errors: &mut Vec<SeedError>, file: &str, line: usize, reason: String| {
            errors.push(SeedError { file: file.into(), line, column: None, reason })
        };
        let source_cols = ["source_title", "source_url", "publisher", "published_date", "confidence"];

        if let Some(rows) = seeds::read::<CountyRow>(
            src.counties.0,
            src.counties.1,
            &["id", "name_zh", "name_en", "geo_id"],
            &mut errors,
        ) {
            for r in &rows {
                if atlas.counties.iter().any(|c| c.id == r.id.as_str()) {
                    err(&mut errors, src.counties.0, r.line, format!("duplicate id \"{}\"", r.id.as_str()));
                    continue;
                }
                atlas.counties.push(County {
                    id: r.id.as_str().into(),
                    name_zh: r.name_zh.as_str().into(),
                    name_en: r.name_en.as_str().into(),
                    geo_id: r.geo_id.as_str().into(),
                });
            }
        }
        if let Some(rows) = seeds::read::<ClusterRow>(
            src.clusters.0,
            src.clusters.1,
            &["id", "group", "name_zh", "name_en", "phrase", "output_indicator"],
            &mut errors,
        ) {
            for r in &rows {
                let group = match r.group.as_str() {
                    "thousand_bn" => ClusterGroup::ThousandBn,
                    "emerging" => ClusterGroup::Emerging,
                    g => {
                        err(
                            &mut errors,
                            src.clusters.0,
                            r.line,
                            format!("unknown group \"{g}\" (thousand_bn or emerging)"),
                        );
                        continue;
                    }
                };
                if !plan.contains(r.phrase.as_str()) {
                    err(
                        &mut errors,
                        src.clusters.0,
                        r.line,
                        format!("phrase not in the plan: \"{}\"", r.phrase.as_str()),
                    );
                    continue;
                }
                if atlas.clusters.iter().any(|c| c.id == r.id.as_str()) {
                    err(&mut errors, src.clusters.0, r.line, format!("duplicate id \"{}\"", r.id.as_str()));
                    continue;
                }
                let output = Some(r.output_indicator.as_str()).filter(|i| !i.is_empty());
                if let Some(i) = output.filter(|i| !data.indicators.iter().any(|x| x.id == *i)) {
                    err(&mut errors, src.clusters.0, r.line, format!("unknown output_indicator \"{i}\""));
                    continue;
                }
                atlas.clusters.push(Cluster {
                    id: r.id.as_str().into(),
                    group,
                    name_zh: r.name_zh.as_str().into(),
                    name_en: r.name_en.as_str().into(),
                    phrase: r.phrase.as_str().into(),
                    output_indicator: output.map(String::from),
                });
            }
        }
        let county_ok = |atlas: &Atlas, id: &str| atlas.counties.iter().any(|c| c.id == id);
        let cluster_ok = |atlas: &Atlas, id: &str| atlas.clusters.iter().any(|c| c.id == id);

        let mut cols = vec!["cluster", "county", "note"];
        cols.extend(source_cols);
        if let Some(rows) =
            seeds::read::<ClusterCountyRow>(src.cluster_counties.0, src.cluster_counties.1, &cols, &mut errors)
        {
            let f = src.cluster_counties.0;
            for r in &rows {
                let before = errors.len();
                if !cluster_ok(&atlas, r.cluster.as_str()) {
                    err(&mut errors, f, r.line, format!("unknown cluster \"{}\"", r.cluster.as_str()));
                }
                if !county_ok(&atlas, r.county.as_str()) {
                    err(&mut errors, f, r.line, format!("unknown county \"{}\"", r.county.as_str()));
                }
                let (source, c) = sourced(&mut errors, f, r.line, &r.src, &["source_title", "source_url"]);
                if let (true, Some(confidence)) = (errors.len() == before, c) {
                    atlas.cluster_counties.push(ClusterCounty {
                        cluster: r.cluster.as_str().into(),
                        county: r.county.as_str().into(),
                        note: r.note.as_str().into(),
                        source,
                        confidence,
                    });
                }
            }
        }
        let mut cols = vec!["cluster", "name_zh", "county"];
        cols.extend(source_cols);
        if let Some(rows) = seeds::read::<EnterpriseRow>(src.enterprises.0, src.enterprises.1, &cols, &mut errors) {
            let f = src.enterprises.0;
            for r in &rows {
                let before = errors.len();
                if !cluster_ok(&atlas, r.cluster.as_str()) {
                    err(&mut errors, f, r.line, format!("unknown cluster \"{}\"", r.cluster.as_str()));
                }
                let county = Some(r.county.as_str()).filter(|c| !c.is_empty());
                if county.is_some_and(|c| !county_ok(&atlas, c)) {
                    err(&mut errors, f, r.line, format!("unknown county \"{}\"", r.county.as_str()));
                }
                let (source, c) = sourced(&mut errors, f, r.line, &r.src, &["source_title", "source_url"]);
                if let (true, Some(confidence)) = (errors.len() == before, c) {
                    atlas.enterprises.push(Enterprise {
                        cluster: r.cluster.as_str().into(),
                        name_zh: r.name_zh.as_str().into(),
                        county: county.map(String::from),
                        source,
                        confidence,
                    });
                }
            }
        }
        let mut cols = vec![
            "id",
            "name_zh",
            "name_en",
            "level",
            "counties",
            "approved",
            "status",
            "area_km2",
            "area_note",
            "clusters",
            "lon",
            "lat",
            "plan_phrase",
            "milestone_target",
            "note",
        ];
        cols.extend(source_cols);
        if let Some(rows) = seeds::read::<ParkRow>(src.parks.0, src.parks.1, &cols, &mut errors) {
            let f = src.parks.0;
            for r in &rows {
                let before = errors.len();
                let id = r.id.as_str();
                if atlas.parks.iter().any(|p| p.id == id) {
                    err(&mut errors, f, r.line, format!("duplicate id \"{id}\""));
                }
                let level = Level::parse(r.level.as_str());
                if level.is_none() {
                    err(
                        &mut errors,
                        f,
                        r.line,
                        format!(
                            "unknown level \"{}\" (national, provincial, city, county, none or unknown)",
                            r.level.as_str()
                        ),
                    );
                }
                let status = match ParkStatus::parse(r.status.as_str()) {
                    Some(s) => Some(s),
                    None => {
                        let s = r.status.as_str();
                        err(&mut errors, f, r.line, format!("unknown status \"{s}\" (created or planned)"));
                        None
                    }
                };
                let counties = list(r.counties.as_str());
                for c in counties.iter().filter(|c| !county_ok(&atlas, c)) {
                    err(&mut errors, f, r.line, format!("unknown county \"{c}\""));
                }
                if !valid_date(r.approved.as_str()) {
                    err(
                        &mut errors,
                        f,
                        r.line,
                        format!("approved \"{}\" is not YYYY, YYYY-MM or YYYY-MM-DD", r.approved.as_str()),
                    );
                }
                let clusters = list(r.clusters.as_str());
                for c in clusters.iter().filter(|c| !cluster_ok(&atlas, c)) {
                    err(&mut errors, f, r.line, format!("unknown cluster \"{c}\""));
                }
                let area_km2 = match r.area_km2.as_str() {
                    "" => None,
                    a => match a.parse::<f64>() {
                        Ok(v) if v.is_finite() && v > 0.0 => Some(v),
                        _ => {
                            err(&mut errors, f, r.line, format!("area_km2 \"{a}\" is not a positive number"));
                            None
                        }
                    },
                };
                let location = match (r.lon.as_str(), r.lat.as_str()) {
                    ("", "") => None,
                    (lon, lat) => match (lon.parse::<f64>(), lat.parse::<f64>()) {
                        // Taizhou lies within these bounds; anything else is a typo.
                        (Ok(x), Ok(y)) if (120.0..=122.5).contains(&x) && (28.0..=29.7).contains(&y) => Some((x, y)),
                        _ => {
                            err(&mut errors, f, r.line, format!("location \"{lon}, {lat}\" is not in Taizhou"));
                            None
                        }
                    },
                };
                let phrase = r.plan_phrase.as_str();
                if !phrase.is_empty() && !plan.contains(phrase) {
                    err(&mut errors, f, r.line, format!("phrase not in the plan: \"{phrase}\""));
                }
                let milestone = Some(r.milestone_target.as_str()).filter(|m| !m.is_empty());
                if let Some(m) = milestone {
                    if !data
                        .target(m)
                        .is_some_and(|t| matches!(t.kind, TargetKind::Milestone) || m == "small_micro_parks")
                    {
                        err(
                            &mut errors,
                            f,
                            r.line,
                            format!("milestone_target \"{m}\" is not a target of targets.csv that tracks this park"),
                        );
                    }
                }
                // A park known only from the plan has the plan as its source: no URL.
                let plan_only = status == Some(ParkStatus::Planned) && !phrase.is_empty();
                let required: &[&str] = if plan_only {
                    &["source_title", "publisher"]
                } else {
                    &["source_title", "source_url", "publisher"]
                };
                let (source, c) = sourced(&mut errors, f, r.line, &r.src, required);
                if errors.len() > before {
                    continue;
                }
                let (Some(level), Some(status), Some(confidence)) = (level, status, c) else { continue };
                atlas.parks.push(Park {
                    id: id.into(),
                    name_zh: r.name_zh.as_str().into(),
                    name_en: r.name_en.as_str().into(),
                    level,
                    counties,
                    approved: r.approved.as_str().into(),
                    status,
                    area_km2,
                    area_note: r.area_note.as_str().into(),
                    clusters,
                    location,
                    plan_phrase: phrase.into(),
                    milestone_target: milestone.map(String::from),
                    source,
                    confidence,
                    note: r.note.as_str().into(),
                });
            }
        }
        let mut cols = vec![
            "place_kind",
            "place_id",
            "metric_zh",
            "metric_en",
            "year",
            "value",
            "qualifier",
            "unit",
            "period",
            "note",
            "cluster",
        ];
        cols.extend(source_cols);
        if let Some(rows) = seeds::read::<PlaceFigureRow>(src.place_figures.0, src.place_figures.1, &cols, &mut errors)
        {
            let f = src.place_figures.0;
            for r in &rows {
                let before = errors.len();
                let id = r.place_id.as_str();
                let place = match r.place_kind.as_str() {
                    "county" if county_ok(&atlas, id) => Some(Place::County),
                    "park" if atlas.parks.iter().any(|p| p.id == id) => Some(Place::Park),
                    "county" | "park" => {
                        err(&mut errors, f, r.line, format!("unknown {} \"{id}\"", r.place_kind.as_str()));
                        None
                    }
                    k => {
                        err(&mut errors, f, r.line, format!("unknown place_kind \"{k}\" (county or park)"));
                        None
                    }
                };
                let year = parse_year(r.year.as_str()).map_err(|e| err(&mut errors, f, r.line, e)).ok();
                let qualifier = Qualifier::parse(r.qualifier.as_str());
                if qualifier.is_none() {
                    err(
                        &mut errors,
                        f,
                        r.line,
                        format!("unknown qualifier \"{}\" (超, >, 近, 约 or empty)", r.qualifier.as_str()),
                    );
                }
                let value = parse_number(r.value.as_str()).map(|(value, decimals)| Value::Number {
                    value,
                    qualifier: qualifier.flatten(),
                    decimals,
                });
                if value.is_none() {
                    err(&mut errors, f, r.line, format!("value \"{}\" is not a number", r.value.as_str()));
                }
                let period = Period::parse(r.period.as_str());
                if period.is_none() {
                    err(&mut errors, f, r.line, format!("unknown period \"{}\"", r.period.as_str()));
                }
                if r.metric_zh.is_empty() || r.metric_en.is_empty() || r.unit.is_empty() {
                    err(&mut errors, f, r.line, "metric_zh, metric_en and unit are required".into());
                }
                let cluster = Some(r.cluster.as_str()).filter(|c| !c.is_empty());
                if let Some(c) = cluster.filter(|c| !cluster_ok(&atlas, c)) {
                    err(&mut errors, f, r.line, format!("unknown cluster \"{c}\""));
                }
                let (source, c) = sourced(&mut errors, f, r.line, &r.src, &["source_title", "source_url", "publisher"]);
                if errors.len() > before {
                    continue;
                }
                let (Some(place), Some(year), Some(value), Some(period), Some(confidence)) =
                    (place, year, value, period, c)
                else {
                    continue;
                };
                atlas.place_figures.push(PlaceFigure {
                    place,
                    place_id: id.into(),
                    metric_zh: r.metric_zh.as_str().into(),
                    metric_en: r.metric_en.as_str().into(),
                    year,
                    value,
                    unit: r.unit.as_str().into(),
                    period,
                    source,
                    confidence,
                    note: r.note.as_str().into(),
                    cluster: cluster.map(String::from),
                });
            }
        }
        if errors.is_empty() {
            Ok(atlas)
        } else {
            Err(LoadError(errors))
        }
    }

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
    pub fn output_series(&self, data: &Dataset, clusters: &[&str]) -> Vec<OutputSeries> {
        let mut out: Vec<OutputSeries> = Vec::new();
        for c in self.clusters.iter().filter(|c| clusters.contains(&c.id.as_str())) {
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

    /// Parks placed in a county (a park in several counties is in each).
    pub fn parks_in_county(&self, county: &str) -> Vec<&Park> {
        self.parks.iter().filter(|p| p.counties.iter().any(|c| c == county)).collect()
    }

    /// Parks of a cluster.
    pub fn parks_of_cluster(&self, cluster: &str) -> Vec<&Park> {
        self.parks.iter().filter(|p| p.clusters.iter().any(|c| c == cluster)).collect()
    }

    pub fn county(&self, id: &str) -> Option<&County> {
        self.counties.iter().find(|c| c.id == id)
    }

    pub fn cluster(&self, id: &str) -> Option<&Cluster> {
        self.clusters.iter().find(|c| c.id == id)
    }

    pub fn park(&self, id: &str) -> Option<&Park> {
        self.parks.iter().find(|p| p.id == id)
    }

    pub fn enterprises_of_cluster(&self, cluster: &str) -> Vec<&Enterprise> {
        self.enterprises.iter().filter(|e| e.cluster == cluster).collect()
    }
}
