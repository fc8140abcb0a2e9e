//! Reading and validating the atlas seeds against the plan and the targets.

use super::{
    Atlas, Cluster, ClusterCounty, ClusterGroup, County, Enterprise, Level, Park, ParkStatus, Place, PlaceFigure,
};
use crate::ingest::seeds::{
    self, ClusterCountyRow, ClusterRow, CountyRow, EnterpriseRow, ParkRow, PlaceFigureRow, SourceCols,
};
use crate::ingest::{parse_number, parse_year, valid_date};
use crate::plan::PlanText;
use crate::problem::Problem;
use crate::problem::{LoadError, SeedError};
use crate::{ClusterId, Confidence, CountyId, Dataset, IndicatorId, Period, Qualifier, Source, TargetKind, Value};

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
    counties: ("seeds/counties.csv", include_str!("../../../../seeds/counties.csv")),
    clusters: ("seeds/clusters.csv", include_str!("../../../../seeds/clusters.csv")),
    cluster_counties: ("seeds/cluster_counties.csv", include_str!("../../../../seeds/cluster_counties.csv")),
    enterprises: ("seeds/enterprises.csv", include_str!("../../../../seeds/enterprises.csv")),
    parks: ("seeds/parks.csv", include_str!("../../../../seeds/parks.csv")),
    place_figures: ("seeds/place_figures.csv", include_str!("../../../../seeds/place_figures.csv")),
};

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
        errors.push(SeedError { file: file.into(), line, column: Some(first.to_string()), problem: reason.into() });
    }
    let confidence = Confidence::parse(&src.confidence);
    if confidence.is_none() {
        let reason = format!("unknown confidence \"{}\" (high, medium or low)", src.confidence);
        errors.push(SeedError { file: file.into(), line, column: Some("confidence".into()), problem: reason.into() });
    }
    (src.source(), confidence)
}

fn list(s: &str) -> Vec<String> {
    s.split(';').map(str::trim).filter(|x| !x.is_empty()).map(String::from).collect()
}

impl Atlas {
    /// Reads and validates the atlas seeds against the plan and the targets.
    pub fn load(src: AtlasSources<'_>, plan: &PlanText, data: &Dataset) -> Result<Atlas, LoadError> {
        let mut errors: Vec<SeedError> = Vec::new();
        let mut atlas = Atlas::default();
        fn err(errors: &mut Vec<SeedError>, file: &str, line: usize, problem: impl Into<Problem>) {
            errors.push(SeedError { file: file.into(), line, column: None, problem: problem.into() })
        }
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
                    output_indicator: output.map(IndicatorId::from),
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
                        county: county.map(CountyId::from),
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
                    counties: counties.into_iter().map(CountyId::from).collect(),
                    approved: r.approved.as_str().into(),
                    status,
                    area_km2,
                    area_note: r.area_note.as_str().into(),
                    clusters: clusters.into_iter().map(ClusterId::from).collect(),
                    location,
                    plan_phrase: phrase.into(),
                    milestone_target: milestone.map(IndicatorId::from),
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
            "edition",
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
                    err(&mut errors, f, r.line, "metric_zh, metric_en and unit are required");
                }
                let cluster = Some(r.cluster.as_str()).filter(|c| !c.is_empty());
                if let Some(c) = cluster.filter(|c| !cluster_ok(&atlas, c)) {
                    err(&mut errors, f, r.line, format!("unknown cluster \"{c}\""));
                }
                let edition = match r.edition.parse::<u16>() {
                    Ok(n) if data.editions.iter().any(|e| e.number == n) => Some(n),
                    _ => {
                        err(
                            &mut errors,
                            f,
                            r.line,
                            format!("edition \"{}\" is not an edition of editions.csv", r.edition),
                        );
                        None
                    }
                };
                let (source, c) = sourced(&mut errors, f, r.line, &r.src, &["source_title", "source_url", "publisher"]);
                if errors.len() > before {
                    continue;
                }
                let (Some(place), Some(year), Some(value), Some(period), Some(confidence), Some(edition)) =
                    (place, year, value, period, c, edition)
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
                    cluster: cluster.map(ClusterId::from),
                    edition,
                });
            }
        }
        if errors.is_empty() {
            Ok(atlas)
        } else {
            Err(LoadError(errors))
        }
    }
}
