//! A compact binary form of a validated [`Dataset`], written by the build
//! script and read by the app.
//!
//! The seeds are parsed and validated once, at build time; the app then
//! reads typed values instead of carrying a CSV parser, the validation and
//! its messages, and decimal parsing. Strings are stored once in a table
//! (sources repeat across figures). Maintainers' notes on figures stay in
//! `seeds/` and are not bundled.

use std::fmt;

use super::atlas::{
    Atlas, Cluster, ClusterCounty, ClusterGroup, County, Enterprise, Level, Park, ParkStatus, Place, PlaceFigure,
};
use super::load::Dataset;
use super::{Confidence, Dimension, Figure, Indicator, Period, Qualifier, Section, Source, Target, TargetKind, Value};

const MAGIC: &[u8; 4] = b"TZD2";
const NONE: u16 = u16::MAX;

/// The bundled bytes are not a dataset this build can read.
#[derive(Debug, Clone, PartialEq)]
pub struct DecodeError(pub String);

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "the bundled data is damaged: {}", self.0)
    }
}

impl std::error::Error for DecodeError {}

#[derive(Default)]
struct Writer {
    body: Vec<u8>,
    strings: Vec<String>,
}

impl Writer {
    fn u8(&mut self, v: u8) {
        self.body.push(v);
    }
    fn u16(&mut self, v: u16) {
        self.body.extend_from_slice(&v.to_le_bytes());
    }
    fn u32(&mut self, v: u32) {
        self.body.extend_from_slice(&v.to_le_bytes());
    }
    fn f64(&mut self, v: f64) {
        self.body.extend_from_slice(&v.to_le_bytes());
    }
    fn str(&mut self, s: &str) {
        let i = match self.strings.iter().position(|x| x == s) {
            Some(i) => i,
            None => {
                self.strings.push(s.to_string());
                self.strings.len() - 1
            }
        };
        self.u16(u16::try_from(i).expect("fewer than 65535 distinct strings"));
    }
    fn opt_str(&mut self, s: Option<&str>) {
        match s {
            Some(s) => self.str(s),
            None => self.u16(NONE),
        }
    }
    fn opt_f64(&mut self, v: Option<f64>) {
        match v {
            Some(v) => {
                self.u8(1);
                self.f64(v)
            }
            None => self.u8(0),
        }
    }
    fn len(&mut self, n: usize) {
        self.u32(u32::try_from(n).expect("lengths fit in u32"));
    }
    fn value(&mut self, v: &Value) {
        match v {
            Value::Number { value, qualifier, decimals } => {
                self.u8(0);
                self.f64(*value);
                self.u8(qualifier.map_or(0, |q| q as u8 + 1));
                self.u8(*decimals);
            }
            Value::FullCoverage => self.u8(1),
            Value::Milestone { done } => self.u8(2 + u8::from(*done)),
        }
    }
    fn period(&mut self, p: &Period) {
        match p {
            Period::FullYear => self.u8(0),
            Period::YearEnd => self.u8(1),
            Period::AsReported => self.u8(2),
            Period::Partial(p) => {
                self.u8(3);
                self.str(p);
            }
        }
    }
    fn source(&mut self, s: &Source, c: Confidence) {
        for s in [&s.title, &s.url, &s.publisher, &s.published] {
            self.str(s);
        }
        self.u8(c as u8);
    }
    fn strs(&mut self, v: &[String]) {
        self.len(v.len());
        for s in v {
            self.str(s);
        }
    }
    /// The magic, the string table, then the body.
    fn finish(self, magic: &[u8; 4]) -> Vec<u8> {
        let mut out = magic.to_vec();
        out.extend_from_slice(&(self.strings.len() as u32).to_le_bytes());
        for s in &self.strings {
            out.extend_from_slice(&(s.len() as u32).to_le_bytes());
            out.extend_from_slice(s.as_bytes());
        }
        out.extend_from_slice(&self.body);
        out
    }
}

struct Reader<'a> {
    b: &'a [u8],
    at: usize,
    strings: Vec<&'a str>,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], DecodeError> {
        let end =
            self.at.checked_add(n).filter(|&e| e <= self.b.len()).ok_or_else(|| DecodeError("it ends early".into()))?;
        let s = &self.b[self.at..end];
        self.at = end;
        Ok(s)
    }
    fn u8(&mut self) -> Result<u8, DecodeError> {
        Ok(self.take(1)?[0])
    }
    fn u16(&mut self) -> Result<u16, DecodeError> {
        let b = self.take(2)?;
        Ok(u16::from_le_bytes([b[0], b[1]]))
    }
    fn u32(&mut self) -> Result<u32, DecodeError> {
        let b = self.take(4)?;
        Ok(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }
    fn f64(&mut self) -> Result<f64, DecodeError> {
        let mut a = [0u8; 8];
        a.copy_from_slice(self.take(8)?);
        Ok(f64::from_le_bytes(a))
    }
    fn string(&mut self) -> Result<String, DecodeError> {
        let i = self.u16()?;
        self.strings.get(usize::from(i)).map(|s| s.to_string()).ok_or_else(|| DecodeError(format!("no string {i}")))
    }
    fn opt_string(&mut self) -> Result<Option<String>, DecodeError> {
        match self.u16()? {
            NONE => Ok(None),
            i => self
                .strings
                .get(usize::from(i))
                .map(|s| Some(s.to_string()))
                .ok_or_else(|| DecodeError(format!("no string {i}"))),
        }
    }
    fn opt_f64(&mut self) -> Result<Option<f64>, DecodeError> {
        Ok(if self.u8()? == 1 { Some(self.f64()?) } else { None })
    }
    fn len(&mut self) -> Result<usize, DecodeError> {
        Ok(self.u32()? as usize)
    }
    fn bad<T>(&self, what: &str, tag: u8) -> Result<T, DecodeError> {
        Err(DecodeError(format!("unknown {what} {tag}")))
    }
    /// Checks the magic and reads the string table.
    fn start(b: &'a [u8], magic: &[u8; 4]) -> Result<Reader<'a>, DecodeError> {
        let mut r = Reader { b, at: 0, strings: Vec::new() };
        if r.take(4)? != magic {
            return Err(DecodeError("not a file of this version".into()));
        }
        let n = r.len()?;
        for _ in 0..n {
            let len = r.len()?;
            let s = std::str::from_utf8(r.take(len)?).map_err(|_| DecodeError("a string is not UTF-8".into()))?;
            r.strings.push(s);
        }
        Ok(r)
    }
    fn end(&self) -> Result<(), DecodeError> {
        if self.at == self.b.len() {
            Ok(())
        } else {
            Err(DecodeError("bytes left over".into()))
        }
    }
    fn value(&mut self) -> Result<Value, DecodeError> {
        Ok(match self.u8()? {
            0 => {
                let value = self.f64()?;
                let qualifier = match self.u8()? {
                    0 => None,
                    1 => Some(Qualifier::Over),
                    2 => Some(Qualifier::MoreThan),
                    3 => Some(Qualifier::Nearly),
                    4 => Some(Qualifier::About),
                    q => return self.bad("qualifier", q),
                };
                Value::Number { value, qualifier, decimals: self.u8()? }
            }
            1 => Value::FullCoverage,
            2 => Value::Milestone { done: false },
            3 => Value::Milestone { done: true },
            t => return self.bad("value", t),
        })
    }
    fn period(&mut self) -> Result<Period, DecodeError> {
        Ok(match self.u8()? {
            0 => Period::FullYear,
            1 => Period::YearEnd,
            2 => Period::AsReported,
            3 => Period::Partial(self.string()?),
            t => return self.bad("period", t),
        })
    }
    fn source(&mut self) -> Result<(Source, Confidence), DecodeError> {
        let source =
            Source { title: self.string()?, url: self.string()?, publisher: self.string()?, published: self.string()? };
        let confidence = match self.u8()? {
            0 => Confidence::Low,
            1 => Confidence::Medium,
            2 => Confidence::High,
            c => return self.bad("confidence", c),
        };
        Ok((source, confidence))
    }
    fn strs(&mut self) -> Result<Vec<String>, DecodeError> {
        (0..self.len()?).map(|_| self.string()).collect()
    }
}

pub fn encode(d: &Dataset) -> Vec<u8> {
    let mut w = Writer::default();
    w.len(d.targets.len());
    for t in &d.targets {
        w.str(&t.id);
        w.u8(t.section as u8);
        w.u8(t.dimension.map_or(255, |d| d as u8));
        for s in [&t.name_zh, &t.name_en] {
            w.str(s);
        }
        w.u8(TargetKind::CODES.iter().position(|c| *c == t.kind.code()).expect("known kind") as u8);
        match t.kind {
            TargetKind::Floor { value }
            | TargetKind::About { value }
            | TargetKind::Aspiration { value }
            | TargetKind::PerYear { value } => {
                w.opt_f64(Some(value));
                w.opt_f64(None);
            }
            TargetKind::Create { min, max } => {
                w.opt_f64(Some(min));
                w.opt_f64(max);
            }
            _ => {
                w.opt_f64(None);
                w.opt_f64(None);
            }
        }
        w.u16(t.target_year);
        for s in [&t.unit, &t.scope, &t.phrase, &t.quote, &t.verb_zh, &t.verb_en, &t.note_zh, &t.note_en] {
            w.str(s);
        }
    }
    w.len(d.indicators.len());
    for i in &d.indicators {
        for s in [&i.id, &i.name_zh, &i.name_en, &i.unit] {
            w.str(s);
        }
        w.opt_str(i.related_target.as_deref());
    }
    w.len(d.figures.len());
    for f in &d.figures {
        w.str(&f.indicator);
        w.u16(f.year);
        w.value(&f.value);
        for s in [&f.unit, &f.scope] {
            w.str(s);
        }
        w.period(&f.period);
        w.str(&f.as_of);
        w.source(&f.source, f.confidence);
        w.u32(f.line as u32);
    }
    w.finish(MAGIC)
}

pub fn decode(bytes: &[u8]) -> Result<Dataset, DecodeError> {
    let mut r = Reader::start(bytes, MAGIC)?;
    let mut targets = Vec::new();
    for _ in 0..r.len()? {
        let id = r.string()?;
        let section = match Section::ALL.get(usize::from(r.u8()?)) {
            Some(s) => *s,
            None => return r.bad("section", 0),
        };
        let dimension = match r.u8()? {
            255 => None,
            d => {
                Some(*Dimension::ALL.get(usize::from(d)).ok_or_else(|| DecodeError(format!("unknown dimension {d}")))?)
            }
        };
        let (name_zh, name_en) = (r.string()?, r.string()?);
        let kind_tag = r.u8()?;
        let (a, b) = (r.opt_f64()?, r.opt_f64()?);
        let v = a.unwrap_or(0.0);
        let kind = match kind_tag {
            0 => TargetKind::Floor { value: v },
            1 => TargetKind::About { value: v },
            2 => TargetKind::Aspiration { value: v },
            3 => TargetKind::FullCoverage,
            4 => TargetKind::Decrease,
            5 => TargetKind::NoDecrease,
            6 => TargetKind::PerYear { value: v },
            7 => TargetKind::Create { min: v, max: b },
            8 => TargetKind::Milestone,
            t => return r.bad("kind", t),
        };
        let target_year = r.u16()?;
        targets.push(Target {
            id,
            section,
            dimension,
            name_zh,
            name_en,
            kind,
            target_year,
            unit: r.string()?,
            scope: r.string()?,
            phrase: r.string()?,
            quote: r.string()?,
            verb_zh: r.string()?,
            verb_en: r.string()?,
            note_zh: r.string()?,
            note_en: r.string()?,
        });
    }
    let mut indicators = Vec::new();
    for _ in 0..r.len()? {
        indicators.push(Indicator {
            id: r.string()?,
            name_zh: r.string()?,
            name_en: r.string()?,
            unit: r.string()?,
            related_target: r.opt_string()?,
        });
    }
    let mut figures = Vec::new();
    for _ in 0..r.len()? {
        let indicator = r.string()?;
        let year = r.u16()?;
        let value = r.value()?;
        let (unit, scope) = (r.string()?, r.string()?);
        let period = r.period()?;
        let as_of = r.string()?;
        let (source, confidence) = r.source()?;
        let line = r.u32()? as usize;
        figures.push(Figure {
            indicator,
            year,
            value,
            unit,
            scope,
            period,
            as_of,
            source,
            confidence,
            note: String::new(),
            line,
        });
    }
    r.end()?;
    Ok(Dataset { targets, indicators, figures })
}

const ATLAS_MAGIC: &[u8; 4] = b"TZA1";

/// Clusters, parks, counties and the map, for the explore views (fetched as
/// `data/atlas.bin` when one opens; the first view does not carry them).
pub fn encode_atlas(a: &Atlas) -> Vec<u8> {
    let mut w = Writer::default();
    w.len(a.counties.len());
    for c in &a.counties {
        for s in [&c.id, &c.name_zh, &c.name_en, &c.geo_id] {
            w.str(s);
        }
    }
    w.len(a.clusters.len());
    for c in &a.clusters {
        for s in [&c.id, &c.name_zh, &c.name_en, &c.phrase] {
            w.str(s);
        }
        w.u8(c.group as u8);
        w.opt_str(c.output_indicator.as_deref());
    }
    w.len(a.cluster_counties.len());
    for c in &a.cluster_counties {
        for s in [&c.cluster, &c.county, &c.note] {
            w.str(s);
        }
        w.source(&c.source, c.confidence);
    }
    w.len(a.enterprises.len());
    for e in &a.enterprises {
        for s in [&e.cluster, &e.name_zh] {
            w.str(s);
        }
        w.opt_str(e.county.as_deref());
        w.source(&e.source, e.confidence);
    }
    w.len(a.parks.len());
    for p in &a.parks {
        for s in [&p.id, &p.name_zh, &p.name_en, &p.approved, &p.area_note, &p.plan_phrase, &p.note] {
            w.str(s);
        }
        w.u8(p.level as u8);
        w.u8(p.status as u8);
        w.strs(&p.counties);
        w.strs(&p.clusters);
        w.opt_f64(p.area_km2);
        w.opt_f64(p.location.map(|l| l.0));
        w.opt_f64(p.location.map(|l| l.1));
        w.opt_str(p.milestone_target.as_deref());
        w.source(&p.source, p.confidence);
    }
    w.len(a.place_figures.len());
    for f in &a.place_figures {
        w.u8(f.place as u8);
        for s in [&f.place_id, &f.metric_zh, &f.metric_en, &f.unit, &f.note] {
            w.str(s);
        }
        w.u16(f.year);
        w.value(&f.value);
        w.period(&f.period);
        w.opt_str(f.cluster.as_deref());
        w.source(&f.source, f.confidence);
    }
    w.f64(a.map.width);
    w.f64(a.map.height);
    w.len(a.map.counties.len());
    for (id, path, (x, y)) in &a.map.counties {
        w.str(id);
        w.str(path);
        w.f64(*x);
        w.f64(*y);
    }
    w.finish(ATLAS_MAGIC)
}

pub fn decode_atlas(bytes: &[u8]) -> Result<Atlas, DecodeError> {
    let mut r = Reader::start(bytes, ATLAS_MAGIC)?;
    let mut a = Atlas::default();
    for _ in 0..r.len()? {
        a.counties.push(County { id: r.string()?, name_zh: r.string()?, name_en: r.string()?, geo_id: r.string()? });
    }
    for _ in 0..r.len()? {
        let (id, name_zh, name_en, phrase) = (r.string()?, r.string()?, r.string()?, r.string()?);
        let group = match r.u8()? {
            0 => ClusterGroup::ThousandBn,
            1 => ClusterGroup::Emerging,
            g => return r.bad("group", g),
        };
        a.clusters.push(Cluster { id, group, name_zh, name_en, phrase, output_indicator: r.opt_string()? });
    }
    for _ in 0..r.len()? {
        let (cluster, county, note) = (r.string()?, r.string()?, r.string()?);
        let (source, confidence) = r.source()?;
        a.cluster_counties.push(ClusterCounty { cluster, county, note, source, confidence });
    }
    for _ in 0..r.len()? {
        let (cluster, name_zh, county) = (r.string()?, r.string()?, r.opt_string()?);
        let (source, confidence) = r.source()?;
        a.enterprises.push(Enterprise { cluster, name_zh, county, source, confidence });
    }
    for _ in 0..r.len()? {
        let [id, name_zh, name_en, approved, area_note, plan_phrase, note] = [(); 7].map(|_| r.string());
        let level = match r.u8()? {
            l @ 0..=5 => Level::ALL[usize::from(l)],
            l => return r.bad("level", l),
        };
        let status = if r.u8()? == 0 { ParkStatus::Created } else { ParkStatus::Planned };
        let (counties, clusters) = (r.strs()?, r.strs()?);
        let area_km2 = r.opt_f64()?;
        let location = r.opt_f64()?.zip(r.opt_f64()?);
        let milestone_target = r.opt_string()?;
        let (source, confidence) = r.source()?;
        a.parks.push(Park {
            id: id?,
            name_zh: name_zh?,
            name_en: name_en?,
            level,
            counties,
            approved: approved?,
            status,
            area_km2,
            area_note: area_note?,
            clusters,
            location,
            plan_phrase: plan_phrase?,
            milestone_target,
            source,
            confidence,
            note: note?,
        });
    }
    for _ in 0..r.len()? {
        let place = if r.u8()? == 0 { Place::County } else { Place::Park };
        let [place_id, metric_zh, metric_en, unit, note] = [(); 5].map(|_| r.string());
        let year = r.u16()?;
        let (value, period, cluster) = (r.value()?, r.period()?, r.opt_string()?);
        let (source, confidence) = r.source()?;
        a.place_figures.push(PlaceFigure {
            place,
            place_id: place_id?,
            metric_zh: metric_zh?,
            metric_en: metric_en?,
            year,
            value,
            unit: unit?,
            period,
            source,
            confidence,
            note: note?,
            cluster,
        });
    }
    a.map.width = r.f64()?;
    a.map.height = r.f64()?;
    for _ in 0..r.len()? {
        let (id, path) = (r.string()?, r.string()?);
        a.map.counties.push((id, path, (r.f64()?, r.f64()?)));
    }
    r.end()?;
    Ok(a)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn truncated_or_foreign_bytes_are_refused_not_panicked_on() {
        assert!(decode(b"").is_err());
        assert!(decode(b"TZD2\x05\x00").is_err());
        assert!(decode(b"PNG\x00\x00\x00\x00").is_err());
    }
}
