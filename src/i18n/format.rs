//! Numbers, units, values and dates as a reader of each language reads
//! them. English readers get units they use: 亿元 becomes billion yuan (with
//! the original in brackets), 万元/人 becomes yuan per worker. Chinese keeps
//! the plan's own units.

use super::{confidence_name, Lang};
use crate::model::{Figure, Qualifier, Target, TargetKind, Value, ABOUT_TOLERANCE};

/// Text escaped for an HTML or XML attribute or element (the embed
/// snippet, the static charts' titles).
pub fn escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// A label with a count: "背景数据（11）", "Context (11)".
pub fn with_count(lang: Lang, label: &str, n: usize) -> String {
    match lang {
        Lang::Zh => format!("{label}（{n}）"),
        Lang::En => format!("{label} ({n})"),
    }
}

/// A number: Chinese without separators, English with thousands commas.
pub fn number(lang: Lang, v: f64, decimals: usize) -> String {
    let s = format!("{v:.decimals$}");
    let s = if s.contains('.') { s.trim_end_matches('0').trim_end_matches('.').to_string() } else { s };
    if lang == Lang::Zh {
        return s;
    }
    let (int, frac) = s.split_once('.').map_or((s.as_str(), None), |(i, f)| (i, Some(f)));
    let (sign, digits) = int.strip_prefix('-').map_or(("", int), |d| ("-", d));
    let mut grouped = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(c);
    }
    match frac {
        Some(f) => format!("{sign}{grouped}.{f}"),
        None => format!("{sign}{grouped}"),
    }
}

/// An amount with its unit, as a reader of `lang` reads it.
pub fn amount(lang: Lang, v: f64, unit: &str) -> String {
    match lang {
        Lang::Zh => match unit {
            "亿元" if v >= 10000.0 => format!("{} 万亿元", number(lang, v / 10000.0, 4)),
            "%" => format!("{}%", number(lang, v, 2)),
            "指数" => number(lang, v, 2),
            _ => format!("{} {unit}", number(lang, v, 2)),
        },
        Lang::En => {
            let zh = amount(Lang::Zh, v, unit);
            match unit {
                "亿元" if v >= 10000.0 => format!("{} trillion yuan ({zh})", number(lang, v / 10000.0, 4)),
                "亿元" if v >= 10.0 => format!("{} billion yuan ({zh})", number(lang, v / 10.0, 3)),
                "亿元" => format!("{} million yuan ({zh})", number(lang, v * 100.0, 1)),
                "万元/人" => format!("{} yuan per worker", number(lang, v * 10000.0, 0)),
                "万元/亩" => format!("{} yuan per mu (≈667 m²)", number(lang, v * 10000.0, 0)),
                "吨标准煤/万元" => format!("{} t of standard coal per 10,000 yuan", number(lang, v, 3)),
                "亩" => format!("{} mu", number(lang, v, 0)),
                "%" => format!("{}%", number(lang, v, 2)),
                _ => number(lang, v, 2),
            }
        }
    }
}

fn qualifier_words(lang: Lang, q: Qualifier) -> &'static str {
    match q {
        Qualifier::Over => lang.pick("超", "over"),
        Qualifier::MoreThan => lang.pick(">", "more than"),
        Qualifier::Nearly => lang.pick("近", "nearly"),
        Qualifier::About => lang.pick("约", "about"),
    }
}

/// A published value with its qualifier and unit: "超 1100 亿元",
/// "over 110 billion yuan (超 1100 亿元)".
pub fn value(lang: Lang, v: &Value, unit: &str) -> String {
    match v {
        Value::Number { value, qualifier, .. } => {
            let plain = amount(lang, *value, unit);
            match (lang, qualifier) {
                (_, None) => plain,
                (Lang::Zh, Some(q)) => format!("{} {plain}", qualifier_words(lang, *q)),
                (Lang::En, Some(q)) => {
                    // Keep the Chinese qualifier visible in the bracketed original.
                    let en = amount(Lang::En, *value, unit);
                    let zh = value_zh_original(*value, *q, unit);
                    match en.split_once(" (") {
                        Some((head, _)) => format!("{} {head} ({zh})", qualifier_words(lang, *q)),
                        None => format!("{} {en}", qualifier_words(lang, *q)),
                    }
                }
            }
        }
        Value::FullCoverage => lang.pick("全覆盖", "full coverage").to_string(),
        Value::Milestone { done: true } => lang.pick("已完成", "done").to_string(),
        Value::Milestone { done: false } => lang.pick("未完成", "not done").to_string(),
    }
}

fn value_zh_original(v: f64, q: Qualifier, unit: &str) -> String {
    format!("{} {}", q.symbol(), amount(Lang::Zh, v, unit))
}

/// The target as the plan words it: "≥ 30%", "约 25%", "力争 1 万亿元",
/// "全覆盖", "持续降低", "每年 ≥ 150 项", "创建国家高新区".
pub fn target_wording(lang: Lang, t: &Target) -> String {
    let a = |v: f64| amount(lang, v, &t.unit);
    match (&t.kind, lang) {
        (TargetKind::Floor { value }, _) => format!("≥ {}", a(*value)),
        (TargetKind::About { value }, Lang::Zh) => format!(
            "约 {}（{}–{}）",
            a(*value),
            number(lang, value * (1.0 - ABOUT_TOLERANCE), 2),
            number(lang, value * (1.0 + ABOUT_TOLERANCE), 2)
        ),
        (TargetKind::About { value }, Lang::En) => format!(
            "about {} (band {}–{})",
            a(*value),
            number(lang, value * (1.0 - ABOUT_TOLERANCE), 2),
            number(lang, value * (1.0 + ABOUT_TOLERANCE), 2)
        ),
        (TargetKind::Aspiration { value }, Lang::Zh) => format!("力争 {}", a(*value)),
        (TargetKind::Aspiration { value }, Lang::En) => format!("strive for {}", a(*value)),
        (TargetKind::FullCoverage, _) => lang.pick("全覆盖", "full coverage (100%)").into(),
        (TargetKind::Decrease, _) => lang.pick("持续降低", "keep falling").into(),
        (TargetKind::NoDecrease, _) => lang.pick("只增不减", "never fall").into(),
        (TargetKind::PerYear { value }, Lang::Zh) => format!("每年 ≥ {}", a(*value)),
        (TargetKind::PerYear { value }, Lang::En) => format!("≥ {} every year", a(*value)),
        (TargetKind::Create { min, max: Some(max) }, Lang::Zh) => {
            format!("打造 {}—{} {}", number(lang, *min, 0), number(lang, *max, 0), t.unit)
        }
        (TargetKind::Create { min, max: Some(max) }, Lang::En) => {
            format!("create {}–{}", number(lang, *min, 0), number(lang, *max, 0))
        }
        (TargetKind::Create { min, max: None }, Lang::Zh) => format!("培育 {}", a(*min)),
        (TargetKind::Create { min, max: None }, Lang::En) => format!("create {}", a(*min)),
        (TargetKind::Milestone, Lang::Zh) => {
            format!("{}{}", if t.verb_zh.is_empty() { "创建" } else { &t.verb_zh }, t.name_zh)
        }
        (TargetKind::Milestone, Lang::En) => {
            format!("{} {}", t.name_en, if t.verb_en.is_empty() { "to be created" } else { &t.verb_en })
        }
    }
}

pub fn target_name(lang: Lang, t: &Target) -> &str {
    lang.pick(&t.name_zh, &t.name_en)
}

pub fn target_note(lang: Lang, t: &Target) -> &str {
    lang.pick(&t.note_zh, &t.note_en)
}

/// "2025年" / "by 2025".
pub fn by_year(lang: Lang, year: u16) -> String {
    match lang {
        Lang::Zh => format!("{year}年"),
        Lang::En => format!("by {year}"),
    }
}

/// "307 个（2024年）" with the year and, for partial years, the period.
pub fn figure_with_year(lang: Lang, f: &Figure) -> String {
    let v = value(lang, &f.value, &f.unit);
    let when = match (lang, f.period.is_partial()) {
        (Lang::Zh, false) => format!("{}年", f.year),
        (Lang::Zh, true) => format!("{}年{}", f.year, f.period.zh()),
        (Lang::En, false) => f.year.to_string(),
        (Lang::En, true) => format!("{}, {}", f.year, period_en(f.period.zh())),
    };
    match lang {
        Lang::Zh => format!("{v}（{when}）"),
        Lang::En => format!("{v} ({when})"),
    }
}

/// A part of a year in English: 1-3季度 → Q1–Q3, 1-10月 → Jan–Oct; other
/// wordings are kept as the source gives them.
pub fn period_en(zh: &str) -> String {
    const MONTHS: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
    let to = |rest: &str, unit: &str| -> Option<u32> { rest.strip_suffix(unit)?.parse().ok() };
    if let Some(rest) = zh.strip_prefix("1-") {
        if let Some(q) = to(rest, "季度").filter(|q| (1..=4).contains(q)) {
            return format!("Q1–Q{q}");
        }
        if let Some(m) = to(rest, "月").filter(|m| (1..=12).contains(m)) {
            return format!("Jan–{}", MONTHS[m as usize - 1]);
        }
    }
    match zh {
        "上半年" => "first half".into(),
        _ => zh.to_string(),
    }
}

pub fn undated(lang: Lang) -> &'static str {
    lang.pick("日期不详", "undated")
}

/// The figure's source line: title, publisher, date, confidence.
pub fn source_line(lang: Lang, f: &Figure) -> String {
    let date = if f.source.published.is_empty() { undated(lang).to_string() } else { f.source.published.clone() };
    let conf = confidence_name(lang, f.confidence);
    match lang {
        Lang::Zh => format!("{}（{}，{}；可信度：{}）", f.source.title, f.source.publisher, date, conf),
        Lang::En => format!("{} ({}, {}; confidence: {})", f.source.title, f.source.publisher, date, conf),
    }
}

/// Progress as a share of the goal, for the bar: latest / goal, where both
/// are numbers. Not shown for milestones and direction-only targets.
pub fn progress_text(lang: Lang, share: f64) -> String {
    let pct = (share * 100.0).round();
    match lang {
        Lang::Zh => format!("达到目标值的 {}%", number(lang, pct, 0)),
        Lang::En => format!("{}% of the goal", number(lang, pct, 0)),
    }
}

/// A value as short as a label on the chart can be: "超1100", ">1100".
pub fn short_value(lang: Lang, v: &Value) -> String {
    let Value::Number { value, qualifier, .. } = v else { return String::new() };
    let q = match (lang, qualifier) {
        (_, None) => "",
        (Lang::Zh, Some(q)) => q.symbol(),
        (Lang::En, Some(Qualifier::Over | Qualifier::MoreThan)) => ">",
        (Lang::En, Some(Qualifier::About)) => "≈",
        (Lang::En, Some(Qualifier::Nearly)) => "nearly ",
    };
    format!("{q}{}", number(lang, *value, 1))
}
