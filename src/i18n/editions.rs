//! The words of editions: the stamp every view, embed, print and poster
//! carries, the banner of a pinned view, the changelog's and the status
//! history's words, and the references of "引用 / Cite" in GB/T 7714-2025,
//! APA 7 and BibTeX.

use super::{figure_with_year, undated, Lang};
use crate::model::{Edition, Figure, Status};

/// The fixed strings of editions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ed {
    /// The changelog's name and heading (`?view=changes`).
    ChangesView,
    ChangesIntro,
    Added,
    Changed,
    Removed,
    StatusMoved,
    NothingChanged,
    /// "查看最新" on a pinned view's banner.
    SeeLatest,
    /// The banner of a view pinned to the latest edition.
    IsLatest,
    /// The target page's section.
    HistoryHeading,
    HistoryNone,
    HistoryDate,
    HistoryBefore,
    HistoryAfter,
    HistoryCause,
    HistoryMethod,
    /// The trail's label on a card (visually hidden).
    TrailLabel,
    /// "引用 / Cite".
    Cite,
    /// The tools beside every view: share, embed, cite.
    ToolsLabel,
    CiteIntro,
    CiteGbt,
    CiteApa,
    CiteBibtex,
    CiteCopy,
    CiteCopied,
    CiteCopyFailed,
    CiteSource,
    /// The embed builder's choice.
    EmbedLatest,
    EmbedPinned,
    EmbedWhich,
    /// The JSON-LD block offered for a portal's page.
    EmbedJsonLd,
    EmbedJsonLdIntro,
    /// The footer's links.
    DataPackage,
    DownloadPlaceFigures,
    DownloadEditions,
    DownloadSchema,
    ChangesLink,
    Before,
    After,
}

pub fn ed(lang: Lang, key: Ed) -> &'static str {
    use Ed::*;
    match key {
        ChangesView => lang.pick("更新记录", "Changelog"),
        ChangesIntro => lang.pick(
            "数据每更新一次即为一版。以下各版列出新增、修改和撤下的数据，以及由此改变的目标完成情况（按同一判断方法由各版数据重新计算，不另行存储）。",
            "Each update of the data is an edition. Each edition below lists the figures added, changed and removed, and the targets whose status they changed (recomputed from each edition's data by the same method, never stored).",
        ),
        Added => lang.pick("新增", "Added"),
        Changed => lang.pick("修改", "Changed"),
        Removed => lang.pick("撤下", "Removed"),
        StatusMoved => lang.pick("完成情况变化", "Status changes"),
        NothingChanged => lang.pick("这一版没有改变任何目标的完成情况。", "This edition changed no target's status."),
        SeeLatest => lang.pick("查看最新", "See the latest"),
        IsLatest => lang.pick("这是目前最新的一版。", "This is the latest edition."),
        HistoryHeading => lang.pick("完成情况的变化", "How the status changed"),
        HistoryNone => lang.pick("尚无公开数据，完成情况没有变化记录。", "No published figure yet, so the status has no history."),
        HistoryDate => lang.pick("公众可知的日期（数据发布日期）", "Known to the public on (publication date)"),
        HistoryBefore => lang.pick("此前", "Before"),
        HistoryAfter => lang.pick("此后", "After"),
        HistoryCause => lang.pick("引起变化的数据及出处", "The figure that caused it, and its source"),
        HistoryMethod => lang.pick(
            "按数据的发布日期先后，每有新数据即用同一方法重新判断；只列出判断结果有变化的日期。",
            "Taking the figures in the order they were published, the status is judged again by the same method at each date; only the dates that changed it are listed.",
        ),
        TrailLabel => lang.pick("完成情况的变化：", "Status over time: "),
        Cite => lang.pick("引用", "Cite"),
        ToolsLabel => lang.pick("分享、嵌入与引用", "Share, embed and cite"),
        CiteIntro => lang.pick(
            "引用时请注明版次：固定链接指向这一版的数据，以后更新也不会改变它显示的内容。",
            "Cite the edition: the pinned address shows this edition's data, whatever later updates change.",
        ),
        CiteGbt => lang.pick("GB/T 7714—2025 格式", "GB/T 7714-2025"),
        CiteApa => lang.pick("APA 第 7 版格式", "APA 7th edition"),
        CiteBibtex => "BibTeX",
        CiteCopy => lang.pick("复制", "Copy"),
        CiteCopied => lang.pick("已复制", "Copied"),
        CiteCopyFailed => lang.pick("无法自动复制，请选中文本后手动复制", "Could not copy: select the text and copy it"),
        CiteSource => lang.pick("数字的原始出处", "The number's original source"),
        EmbedLatest => lang.pick("始终显示最新数据", "Always the latest data"),
        EmbedPinned => lang.pick("固定为这一版的数据", "Pinned to this edition"),
        EmbedWhich => lang.pick("嵌入的数据", "Data in the frame"),
        EmbedJsonLd => lang.pick("数据集说明（JSON-LD）", "Dataset description (JSON-LD)"),
        EmbedJsonLdIntro => lang.pick(
            "框架内的标记不计入门户自己的页面：把这段代码放在门户页面的 <head> 中，数据集搜索引擎即可收录本数据集。",
            "Markup inside a frame does not count for the host page: put this block in the portal page's <head> so that dataset search engines find the data.",
        ),
        DataPackage => lang.pick("下载全部数据（数据包 zip）", "Download all data (data package, zip)"),
        DownloadPlaceFigures => lang.pick("县（市、区）与园区数据（place_figures.csv）", "County and park figures (place_figures.csv)"),
        DownloadEditions => lang.pick("各版次（editions.csv）", "The editions (editions.csv)"),
        DownloadSchema => lang.pick("字段说明（datapackage.json）", "Fields described (datapackage.json)"),
        ChangesLink => lang.pick("更新记录", "Changelog"),
        Before => lang.pick("原为", "was"),
        After => lang.pick("改为", "now"),
    }
}

/// The title of the dataset, the name citations give it.
pub fn dataset_title(lang: Lang) -> &'static str {
    lang.pick(
        "台州市制造业高质量发展行动计划（2020—2025年）目标与公开数据",
        "Targets and published figures of the Taizhou Action Plan for High-Quality Development of Manufacturing (2020–2025)",
    )
}

/// "数据第 N 版 · 更新于 YYYY-MM-DD · 最新数据年份 YYYY · 预计下次更新：…".
pub fn stamp(lang: Lang, e: &Edition, latest_year: Option<u16>) -> String {
    let mut parts = vec![match lang {
        Lang::Zh => format!("数据第 {} 版 · 更新于 {}", e.number, e.date),
        Lang::En => format!("Data edition {} · updated {}", e.number, e.date),
    }];
    if let Some(y) = latest_year {
        parts.push(match lang {
            Lang::Zh => format!("最新数据年份 {y}"),
            Lang::En => format!("latest figures for {y}"),
        });
    }
    let next = lang.pick(&e.next_zh, &e.next_en);
    if !next.is_empty() {
        parts.push(match lang {
            Lang::Zh => format!("预计下次更新：{next}"),
            Lang::En => format!("next update expected {next}"),
        });
    }
    parts.join(" · ")
}

/// The stamp of the data shown (`stamp`), when it has an edition.
pub fn data_stamp(lang: Lang, edition: Option<&Edition>, latest_year: Option<u16>) -> Option<String> {
    edition.map(|e| stamp(lang, e, latest_year))
}

/// "您正在查看第 N 版（日期）的数据".
pub fn pinned_banner(lang: Lang, e: &Edition) -> String {
    match lang {
        Lang::Zh => format!("您正在查看第 {} 版（{}）的数据", e.number, e.date),
        Lang::En => format!("You are viewing the data of edition {} ({})", e.number, e.date),
    }
}

/// An edition's heading in the changelog.
pub fn edition_heading(lang: Lang, e: &Edition) -> String {
    match lang {
        Lang::Zh => format!("第 {} 版 · {}", e.number, e.date),
        Lang::En => format!("Edition {} · {}", e.number, e.date),
    }
}

pub fn edition_summary(lang: Lang, e: &Edition) -> &str {
    lang.pick(&e.summary_zh, &e.summary_en)
}

/// A status in a word or two, without its year: the steps of a trail.
pub fn status_short(lang: Lang, s: Status) -> &'static str {
    match s {
        Status::Achieved { early: true, .. } => lang.pick("提前实现", "achieved early"),
        Status::Achieved { .. } => lang.pick("已达成", "achieved"),
        Status::OnTrack { .. } => lang.pick("基本符合预期", "on track"),
        Status::Behind { .. } => lang.pick("滞后", "behind"),
        Status::Missed { .. } => lang.pick("未达成", "missed"),
        Status::Unclear { .. } => lang.pick("无法判断", "unclear"),
        Status::NoData => lang.pick("无数据", "no data"),
    }
}

/// "无数据 → 滞后 → 已达成": the statuses a target went through.
pub fn trail(lang: Lang, statuses: &[Status]) -> String {
    statuses.iter().map(|s| status_short(lang, *s)).collect::<Vec<_>>().join(" → ")
}

/// "无数据 → 已达成（2023-04-07）": a target's statuses, each with the date
/// it became known.
pub fn trail_of(lang: Lang, steps: &[crate::model::edition::StatusStep]) -> String {
    let Some(first) = steps.first() else { return String::new() };
    let mut out = status_short(lang, first.before).to_string();
    for s in steps {
        let date = known_on(lang, &s.date);
        out.push_str(&match lang {
            Lang::Zh => format!(" → {}（{date}）", status_short(lang, s.after)),
            Lang::En => format!(" → {} ({date})", status_short(lang, s.after)),
        });
    }
    out
}

/// The date the public could know a figure: its publication date.
pub fn known_on(lang: Lang, date: &str) -> String {
    if date.is_empty() {
        undated(lang).to_string()
    } else {
        date.to_string()
    }
}

/// A history of one change: since when the status has been what it is.
pub fn history_one(lang: Lang, s: &crate::model::edition::StatusStep) -> String {
    let date = known_on(lang, &s.date);
    match lang {
        Lang::Zh => format!("完成情况只变化过一次：自 {date} 公开的数据起为“{}”（此前无数据）。依据：", super::status_label(lang, s.after)),
        Lang::En => format!("The status has changed once: \"{}\" since the figure published on {date} (no figure before). On the strength of:", super::status_label(lang, s.after)),
    }
}

/// A figure in a list of changes: its value and year, and where it was published.
pub fn figure_brief(lang: Lang, f: &Figure) -> String {
    let date = known_on(lang, &f.source.published);
    match lang {
        Lang::Zh => format!("{}（{}，{}）", figure_with_year(lang, f), f.source.publisher, date),
        Lang::En => format!("{} ({}, {})", figure_with_year(lang, f), f.source.publisher, date),
    }
}

/// What a citation names: the view, its edition, its pinned address and the
/// day it is cited; on a target's view, the figure whose number it quotes.
#[derive(Debug, Clone, PartialEq)]
pub struct CiteInput<'a> {
    pub view_title: &'a str,
    pub edition: &'a Edition,
    /// The view's address pinned to the edition.
    pub address: &'a str,
    /// `YYYY-MM-DD`: today, in the reader's browser.
    pub accessed: &'a str,
    pub figure: Option<&'a Figure>,
}

/// One reference in the three forms.
#[derive(Debug, Clone, PartialEq)]
pub struct Citation {
    pub gbt: String,
    pub apa: String,
    pub bibtex: String,
}

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
const BIB_MONTHS: [&str; 12] = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/// (year, month 1–12, day) of `YYYY-MM-DD`; parts it does not have are 0.
fn ymd(date: &str) -> (u32, u32, u32) {
    let mut it = date.split('-').map(|p| p.parse::<u32>().unwrap_or(0));
    (it.next().unwrap_or(0), it.next().unwrap_or(0), it.next().unwrap_or(0))
}

/// A date as APA writes it: "2026, November 27" (en) or "2026年11月27日" (zh).
fn apa_date(lang: Lang, date: &str) -> String {
    let (y, m, d) = ymd(date);
    match (lang, m, d) {
        (_, 0, _) => y.to_string(),
        (Lang::Zh, m, 0) => format!("{y}年{m}月"),
        (Lang::Zh, m, d) => format!("{y}年{m}月{d}日"),
        (Lang::En, m, 0) => format!("{y}, {}", MONTHS[(m as usize - 1).min(11)]),
        (Lang::En, m, d) => format!("{y}, {} {d}", MONTHS[(m as usize - 1).min(11)]),
    }
}

/// "December 6, 2026" / "2026年12月6日": a retrieval date.
fn retrieved(lang: Lang, date: &str) -> String {
    let (y, m, d) = ymd(date);
    match lang {
        Lang::Zh => format!("{y}年{m}月{d}日"),
        Lang::En => format!("{} {d}, {y}", MONTHS[(m.max(1) as usize - 1).min(11)]),
    }
}

/// The figure's own source in GB/T 7714-2025 form: the publisher as the
/// responsible party, the page as an electronic resource [EB/OL].
pub fn source_reference(f: &Figure, accessed: &str) -> String {
    let published = if f.source.published.is_empty() { String::new() } else { format!("({})", f.source.published) };
    format!("{}. {}[EB/OL]. {published}[{accessed}]. {}.", f.source.publisher, f.source.title, f.source.url)
}

/// The reference of a view in GB/T 7714-2025, APA 7 and BibTeX.
pub fn citation(lang: Lang, c: &CiteInput) -> Citation {
    let title = format!("{}{}{}", dataset_title(lang), lang.pick("：", ": "), c.view_title);
    let e = c.edition;
    let n = e.number;
    // GB/T 7714-2025: 题名[DS/OL]. 版本. (更新日期)[引用日期]. 获取和访问路径.
    // No responsible party is given (the page names none), so the title leads.
    let version = match lang {
        Lang::Zh => format!("第{n}版"),
        Lang::En => format!("Edition {n}"),
    };
    let mut gbt = format!("{title}[DS/OL]. {version}. ({})[{}]. {}.", e.date, c.accessed, c.address);
    let mut apa = match lang {
        Lang::Zh => format!(
            "{title}（第{n}版）[数据集]. ({}). {}检索，取自 {}",
            apa_date(lang, &e.date),
            retrieved(lang, c.accessed),
            c.address
        ),
        Lang::En => format!(
            "{title} (Edition {n}) [Data set]. ({}). Retrieved {}, from {}",
            apa_date(lang, &e.date),
            retrieved(lang, c.accessed),
            c.address
        ),
    };
    let (y, m, _) = ymd(&e.date);
    let month = BIB_MONTHS.get((m as usize).wrapping_sub(1)).copied().unwrap_or("jan");
    let mut note = match lang {
        Lang::Zh => format!("第{n}版，{}", e.date),
        Lang::En => format!("Edition {n} of {}", e.date),
    };
    if let Some(f) = c.figure {
        let source = source_reference(f, c.accessed);
        gbt.push_str(&match lang {
            Lang::Zh => format!(" 数据原始出处：{source}"),
            Lang::En => format!(" Original source of the figure: {source}"),
        });
        let date =
            if f.source.published.is_empty() { undated(lang).to_string() } else { apa_date(lang, &f.source.published) };
        apa.push_str(&match lang {
            Lang::Zh => {
                format!("（数据原始出处：{}. ({date}). {}. {}）", f.source.publisher, f.source.title, f.source.url)
            }
            Lang::En => format!(
                " (original source of the figure: {}. ({date}). {}. {})",
                f.source.publisher, f.source.title, f.source.url
            ),
        });
        note.push_str(&match lang {
            Lang::Zh => format!("；数据原始出处：{}，{}", f.source.publisher, f.source.url),
            Lang::En => format!("; original source of the figure: {}, {}", f.source.publisher, f.source.url),
        });
    }
    // LaTeX's special characters in text fields (the url field is read verbatim).
    let bib = |s: &str| {
        s.chars().fold(String::new(), |mut out, c| {
            match c {
                '\\' => out.push_str("\\textbackslash{}"),
                '{' | '}' | '%' | '&' | '_' | '#' | '$' => {
                    out.push('\\');
                    out.push(c);
                }
                c => out.push(c),
            }
            out
        })
    };
    let bibtex = format!(
        "@misc{{taizhou_plan_ed{n},\n  title = {{{{{}}}}},\n  year = {{{y}}},\n  month = {month},\n  version = {{{n}}},\n  url = {{{}}},\n  urldate = {{{}}},\n  note = {{{}}},\n  language = {{{}}}\n}}",
        bib(&title),
        c.address,
        c.accessed,
        bib(&note),
        lang.pick("chinese", "english"),
    );
    Citation { gbt, apa, bibtex }
}
