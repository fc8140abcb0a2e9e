//! The plan tracker's data model, a crate of its own: the targets of the
//! plan, the published figures, the clusters, parks and counties, and the
//! queries the views ask of them (latest figure, conflicts, status).
//!
//! Pure Rust with no yew, web-sys or gloo in its `Cargo.toml`, so the same
//! code runs in the build script (which validates `seeds/` and writes the
//! CSV downloads), in host tests and in the browser. [`ingest`] turns seed
//! rows into these types and problems into data ([`problem`]); [`dataset`]
//! and [`atlas`] answer the queries.

pub mod atlas;
pub mod bundle;
pub mod dataset;
pub mod desk;
pub mod edition;
pub mod export;
pub mod id;
pub mod ingest;
pub mod lang;
pub mod map;
pub mod measure;
pub mod plan;
pub mod problem;
pub mod scorecard;
pub mod search;
pub mod status;

pub use dataset::Dataset;
pub use edition::Edition;
pub use id::{ClusterId, CountyId, IndicatorId, ParkId};
pub use ingest::Sources;
pub use lang::Lang;
pub use problem::{LoadError, SeedError};
pub use status::Status;

/// The year the plan's figures start from: the last full year before the
/// plan period, whose published figure serves as the baseline.
pub const BASE_YEAR: u16 = 2019;
/// The first and last years of the plan period.
pub const PLAN_START: u16 = 2020;
pub const PLAN_END: u16 = 2025;

/// Where in the plan a target is set.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize)]
pub enum Section {
    /// 一（二）战略定位
    Positioning,
    /// 一（三）主要目标, with its five dimensions
    MainTargets,
    /// 二、主要任务
    Tasks,
    /// 三、保障措施
    Safeguards,
}

impl Section {
    pub const ALL: [Section; 4] = [Section::Positioning, Section::MainTargets, Section::Tasks, Section::Safeguards];

    pub fn from_zh(s: &str) -> Option<Section> {
        Some(match s {
            "战略定位" => Section::Positioning,
            "主要目标" => Section::MainTargets,
            "主要任务" => Section::Tasks,
            "保障措施" => Section::Safeguards,
            _ => return None,
        })
    }

    pub fn zh(self) -> &'static str {
        match self {
            Section::Positioning => "战略定位",
            Section::MainTargets => "主要目标",
            Section::Tasks => "主要任务",
            Section::Safeguards => "保障措施",
        }
    }
}

/// The five quality dimensions of 主要目标.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize)]
pub enum Dimension {
    Scale,
    Structure,
    Efficiency,
    Innovation,
    Platforms,
}

impl Dimension {
    pub const ALL: [Dimension; 5] =
        [Dimension::Scale, Dimension::Structure, Dimension::Efficiency, Dimension::Innovation, Dimension::Platforms];

    pub fn from_zh(s: &str) -> Option<Dimension> {
        Some(match s {
            "规模质量" => Dimension::Scale,
            "结构质量" => Dimension::Structure,
            "效益质量" => Dimension::Efficiency,
            "创新质量" => Dimension::Innovation,
            "平台质量" => Dimension::Platforms,
            _ => return None,
        })
    }

    pub fn zh(self) -> &'static str {
        match self {
            Dimension::Scale => "规模质量",
            Dimension::Structure => "结构质量",
            Dimension::Efficiency => "效益质量",
            Dimension::Innovation => "创新质量",
            Dimension::Platforms => "平台质量",
        }
    }
}

/// What the plan's wording commits to. The wording is the meaning: 以上 is a
/// floor, 左右 a band, 力争 an aspiration, and so on.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub enum TargetKind {
    /// 以上 / 不少于: at least `value`.
    Floor { value: f64 },
    /// 左右: about `value`; reached at the lower edge of the band
    /// `value × (1 ± ABOUT_TOLERANCE)`.
    About { value: f64 },
    /// 力争: strive to reach `value` (judged like a floor, worded as a hope).
    Aspiration { value: f64 },
    /// 全覆盖: 100 % coverage.
    FullCoverage,
    /// 持续降低: keep falling, no number.
    Decrease,
    /// 只增不减: never fall, no number.
    NoDecrease,
    /// 每年 … 以上 / 不少于: at least `value` in every year of the period.
    PerYear { value: f64 },
    /// 培育 / 打造 N 个 (or N—M 个): a count of things to create.
    Create { min: f64, max: Option<f64> },
    /// 创建 / 获批 / 探索建设: done or not.
    Milestone,
}

/// Half-width of the band of a 左右 target, relative to its value. Ten per
/// cent is the usual reading of 左右 in Chinese planning review practice
/// (it keeps 25 % 左右 to 22.5–27.5 %); documented in the method note.
pub const ABOUT_TOLERANCE: f64 = 0.10;

impl TargetKind {
    /// The machine name used in `seeds/targets.csv` and `targets.csv`.
    pub fn code(&self) -> &'static str {
        match self {
            TargetKind::Floor { .. } => "floor",
            TargetKind::About { .. } => "about",
            TargetKind::Aspiration { .. } => "aspiration",
            TargetKind::FullCoverage => "full_coverage",
            TargetKind::Decrease => "decrease",
            TargetKind::NoDecrease => "no_decrease",
            TargetKind::PerYear { .. } => "per_year",
            TargetKind::Create { .. } => "create",
            TargetKind::Milestone => "milestone",
        }
    }

    pub const CODES: [&'static str; 9] =
        ["floor", "about", "aspiration", "full_coverage", "decrease", "no_decrease", "per_year", "create", "milestone"];

    /// The level to reach, where the kind has one.
    pub fn goal(&self) -> Option<f64> {
        match *self {
            TargetKind::Floor { value } | TargetKind::Aspiration { value } | TargetKind::PerYear { value } => {
                Some(value)
            }
            TargetKind::About { value } => Some(value * (1.0 - ABOUT_TOLERANCE)),
            TargetKind::Create { min, .. } => Some(min),
            TargetKind::FullCoverage => Some(100.0),
            TargetKind::Decrease | TargetKind::NoDecrease | TargetKind::Milestone => None,
        }
    }

    /// The headline number of the target as worded (the centre of a band).
    pub fn value(&self) -> Option<f64> {
        match *self {
            TargetKind::About { value } => Some(value),
            _ => self.goal(),
        }
    }

    pub fn value_max(&self) -> Option<f64> {
        match *self {
            TargetKind::Create { max, .. } => max,
            TargetKind::About { value } => Some(value * (1.0 + ABOUT_TOLERANCE)),
            _ => None,
        }
    }
}

/// One commitment of the plan.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Target {
    pub id: IndicatorId,
    pub section: Section,
    /// Set for the targets of 主要目标.
    pub dimension: Option<Dimension>,
    pub name_zh: String,
    pub name_en: String,
    pub kind: TargetKind,
    /// The plan's unit (亿元, %, 家 …); empty for milestones.
    pub unit: String,
    pub target_year: u16,
    /// The statistical scope a figure must have to count as progress
    /// (e.g. `全市 规上`); compared exactly.
    pub scope: String,
    /// The exact words of the plan the target comes from.
    pub phrase: String,
    /// The plan's sentence that holds the phrase.
    pub quote: String,
    /// The verb of a milestone (创建, 探索建设 …), in both languages.
    pub verb_zh: String,
    pub verb_en: String,
    pub note_zh: String,
    pub note_en: String,
}

/// An indicator that has published figures but is not itself a target:
/// shown as context (GDP, growth rates, counts of a different scope).
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Indicator {
    pub id: IndicatorId,
    pub name_zh: String,
    pub name_en: String,
    pub unit: String,
    /// The target it throws light on, if any.
    pub related_target: Option<IndicatorId>,
}

/// How a source qualifies its number. "Over 1,100" is not 1,100.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Qualifier {
    /// 超 / 突破: over.
    Over,
    /// `>`: more than.
    MoreThan,
    /// 近: nearly, just under.
    Nearly,
    /// 约: about, rounded.
    About,
}

impl Qualifier {
    pub fn parse(s: &str) -> Option<Option<Qualifier>> {
        Some(match s {
            "" => None,
            // 突破 (broke through) and 以上 (and above) are how bulletins say it.
            "超" | "突破" => Some(Qualifier::Over),
            ">" | "＞" | "以上" => Some(Qualifier::MoreThan),
            "近" => Some(Qualifier::Nearly),
            "约" => Some(Qualifier::About),
            _ => return None,
        })
    }

    pub fn symbol(self) -> &'static str {
        match self {
            Qualifier::Over => "超",
            Qualifier::MoreThan => ">",
            Qualifier::Nearly => "近",
            Qualifier::About => "约",
        }
    }
}

/// What a figure reports.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub enum Value {
    Number {
        value: f64,
        qualifier: Option<Qualifier>,
        decimals: u8,
    },
    /// 全覆盖, reported as a state rather than a percentage.
    FullCoverage,
    /// A milestone: 已完成 (done) or 未完成 (not done as of the figure's date).
    Milestone {
        done: bool,
    },
}

impl Value {
    pub fn number(&self) -> Option<f64> {
        match *self {
            Value::Number { value, .. } => Some(value),
            Value::FullCoverage => Some(100.0),
            Value::Milestone { .. } => None,
        }
    }

    /// The smallest level the source's words allow, used to judge whether a
    /// goal is reached: "over v" and "about v" are read as v; "nearly v" as
    /// just under v.
    pub fn floor_level(&self) -> Option<f64> {
        match *self {
            Value::Number { value, qualifier: Some(Qualifier::Nearly), .. } => Some(value - value.abs() * 1e-6),
            _ => self.number(),
        }
    }

    /// The interval of true values the source's words allow: the rounding
    /// of its last digit, ±1 % for 约, up to 5 % below for 近, and unbounded
    /// above for 超 / `>`. Two figures conflict when their intervals miss.
    pub fn interval(&self) -> (f64, f64) {
        match *self {
            Value::Number { value, qualifier, decimals } => {
                let half = 0.5 * 10f64.powi(-(decimals as i32));
                match qualifier {
                    None => (value - half, value + half),
                    Some(Qualifier::About) => (value - value.abs() * 0.01 - half, value + value.abs() * 0.01 + half),
                    Some(Qualifier::Nearly) => (value * 0.95, value + half),
                    Some(Qualifier::Over | Qualifier::MoreThan) => (value - half, f64::INFINITY),
                }
            }
            Value::FullCoverage => (100.0, 100.0),
            Value::Milestone { done } => {
                let v = if done { 1.0 } else { 0.0 };
                (v, v)
            }
        }
    }

    pub fn compatible_with(&self, other: &Value) -> bool {
        let (a0, a1) = self.interval();
        let (b0, b1) = other.interval();
        a0 <= b1 && b0 <= a1
    }
}

/// Which part of the year a figure covers.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Period {
    /// 全年: a flow over the whole year.
    FullYear,
    /// 年末: a stock at the end of the year.
    YearEnd,
    /// 报道时点: a stock as of the date of the report, within the year.
    AsReported,
    /// Part of a year, as the source words it (1-3季度, 1-10月 …). Never
    /// decides a status.
    Partial(String),
}

impl Period {
    pub fn parse(s: &str) -> Option<Period> {
        Some(match s {
            "全年" => Period::FullYear,
            "年末" => Period::YearEnd,
            "报道时点" => Period::AsReported,
            _ if s.contains('月') || s.contains("季度") || s.contains("半年") => Period::Partial(s.to_string()),
            _ => return None,
        })
    }

    pub fn zh(&self) -> &str {
        match self {
            Period::FullYear => "全年",
            Period::YearEnd => "年末",
            Period::AsReported => "报道时点",
            Period::Partial(s) => s,
        }
    }

    pub fn is_partial(&self) -> bool {
        matches!(self, Period::Partial(_))
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
pub enum Confidence {
    Low,
    Medium,
    High,
}

impl Confidence {
    pub fn parse(s: &str) -> Option<Confidence> {
        Some(match s {
            "low" => Confidence::Low,
            "medium" => Confidence::Medium,
            "high" => Confidence::High,
            _ => return None,
        })
    }

    pub fn code(self) -> &'static str {
        match self {
            Confidence::Low => "low",
            Confidence::Medium => "medium",
            Confidence::High => "high",
        }
    }
}

/// Where a figure was published.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Source {
    pub title: String,
    pub url: String,
    pub publisher: String,
    /// As precise as known: `2022`, `2022-04` or `2022-04-22`; may be empty.
    pub published: String,
}

/// One published number (or state) for one indicator and year.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Figure {
    /// The target or context indicator it measures.
    pub indicator: IndicatorId,
    pub year: u16,
    pub value: Value,
    pub unit: String,
    /// Statistical and geographic scope, as the source words it.
    pub scope: String,
    pub period: Period,
    /// The date the figure refers to, where the source gives one
    /// (an approval date, a report date).
    pub as_of: String,
    pub source: Source,
    pub confidence: Confidence,
    pub note: String,
    /// The seed line it was read from, for messages and anchors.
    pub line: usize,
    /// The edition that added the figure or last changed it.
    pub edition: u16,
    /// The edition that replaced or removed it: such a figure is history,
    /// kept in `Dataset::withdrawn` so that earlier editions can be shown.
    pub withdrawn: Option<u16>,
}
