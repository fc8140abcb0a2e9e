//! What is wrong with a seed file, in both languages: the build prints these
//! and the data desk shows them (the app's `i18n` hands them on), so a
//! maintainer reads the same sentence in both places.

use std::fmt;

use super::{Problem, SeedError};
use crate::lang::Lang;

/// The columns a figures file has, for the sentences that say what was expected.
const FIGURE_COLUMNS_SHORT: &str = "indicator_id, year, value, qualifier, unit, scope, period, source_title, source_url, publisher, published_date, confidence";

/// The problem as a sentence: what is wrong and what to do.
pub fn problem(lang: Lang, p: &Problem) -> String {
    use Problem::*;
    match p {
        EmptyFile => pick(lang, "文件是空的：第一行须是列名（表头）", "the file is empty: a header row is required"),
        Spreadsheet => pick(
            lang,
            "这是电子表格工作簿（.xlsx / .xls），不是 CSV：请在 Excel 或 WPS 中“另存为”CSV（逗号分隔）后再打开",
            "this is a spreadsheet workbook (.xlsx or .xls), not CSV: save it from Excel or WPS as CSV, then open that",
        ),
        NotText => pick(
            lang,
            "这不是文本文件（CSV）：请打开从表格另存的 .csv 文件",
            "this is not a text (CSV) file: open the .csv saved from the spreadsheet",
        ),
        NotUtf8 => pick(lang, "文件不是 UTF-8 编码（请另存为“CSV UTF-8”）", "the file is not UTF-8 (save it as \"CSV UTF-8\")"),
        TargetsFile => if lang == Lang::Zh {
            format!("这是目标表（targets.csv），不是数据表：这里读取的是公开数据，列为 {FIGURE_COLUMNS_SHORT}")
        } else {
            format!("this is the targets file (targets.csv), not a figures file: expected the columns {FIGURE_COLUMNS_SHORT}")
        },
        OtherTable { columns } => {
            let found = columns.iter().take(6).cloned().collect::<Vec<_>>().join(", ");
            let more = if columns.len() > 6 { ", …" } else { "" };
            if lang == Lang::Zh {
                format!("这张表没有数据表的列（它的列是：{found}{more}）：应有 {FIGURE_COLUMNS_SHORT}；可从下载的 figures.csv 开始")
            } else {
                format!("this table has none of the figure columns (it has {found}{more}): expected {FIGURE_COLUMNS_SHORT}; start from the figures.csv download")
            }
        }
        MissingColumns(c) => either(lang, format!("缺少列：{}", c.join("、")), format!("missing column(s): {}", c.join(", "))),
        ColumnTwice(c) => either(lang, format!("列“{c}”在表头中出现了两次"), format!("column \"{c}\" appears twice in the header")),
        FieldCount { found, expected } => either(
            lang,
            format!("这一行有 {found} 个字段，表头有 {expected} 列（值里有逗号时须加英文双引号）"),
            format!("{found} fields where the header has {expected} columns (a comma inside a value needs \"quotes\")"),
        ),
        Unreadable(s) => either(lang, format!("无法读取：{s}"), s.clone()),
        UnknownIndicator(id) => either(
            lang,
            format!("未知的指标编号“{id}”（不在 targets.csv 或 indicators.csv 中）"),
            format!("unknown indicator id \"{id}\" (not in targets.csv or indicators.csv)"),
        ),
        YearOutOfRange { year, first, last } => either(
            lang,
            format!("年份 {year} 超出范围（{first}–{last}）"),
            format!("year {year} is out of range ({first}–{last})"),
        ),
        NotAYear(s) => either(lang, format!("年份“{s}”不是年份"), format!("year \"{s}\" is not a year")),
        UnitMismatch { unit, indicator, expected } => either(
            lang,
            format!("单位不符：填的是“{unit}”，指标 {indicator} 的单位是“{expected}”"),
            format!("unit mismatch: \"{unit}\" where indicator {indicator} is in \"{expected}\""),
        ),
        UnknownQualifier(q) => either(
            lang,
            format!("未知的限定词“{q}”（可填 超、突破、>、以上、近、约，或留空）"),
            format!("unknown qualifier \"{q}\" (超, 突破, >, 以上, 近, 约 or empty)"),
        ),
        MilestoneValue(v) => either(
            lang,
            format!("里程碑目标的值“{v}”须为“已完成”或“未完成”"),
            format!("value \"{v}\" of a milestone must be 已完成 or 未完成"),
        ),
        NotANumber { column, text } => either(
            lang,
            format!("{column}“{text}”不是数字（只填数字，单位写在 unit 列）"),
            format!("{column} \"{text}\" is not a number (the unit goes in the unit column)"),
        ),
        UnknownPeriod(s) => either(
            lang,
            format!("未知的时期“{s}”（全年、年末、报道时点，或一年中的一段，如 1-3季度、1-10月）"),
            format!("unknown period \"{s}\" (全年, 年末, 报道时点, or a part of a year such as 1-3季度)"),
        ),
        EmptyScope => pick(lang, "口径（scope）为空", "scope is empty"),
        UnknownScope(s) => either(
            lang,
            format!("口径“{s}”不存在：本表是全市数据（“全市”，或“全市”加空格和限定，如“全市 规上”）；县（市、区）或园区的数据属于 place_figures.csv，说明写在 note 列"),
            format!("scope \"{s}\" does not exist here: this file holds city-wide figures (全市, or 全市, a space and a qualifier such as 全市 规上); a county's or a park's figures belong in place_figures.csv, remarks in the note column"),
        ),
        MissingSource => pick(
            lang,
            "缺少出处：source_title（标题）、source_url（网址）和 publisher（发布者）都必须填写",
            "missing source: source_title, source_url and publisher are all required",
        ),
        NotHttp(u) => either(lang, format!("网址“{u}”不是 http(s) 地址"), format!("source_url \"{u}\" is not an http(s) address")),
        BadDate { column, text } => either(
            lang,
            format!("{column}“{text}”不是日期（YYYY、YYYY-MM 或 YYYY-MM-DD）"),
            format!("{column} \"{text}\" is not YYYY, YYYY-MM or YYYY-MM-DD"),
        ),
        UnknownConfidence(c) => either(
            lang,
            format!("未知的可信度“{c}”（high、medium 或 low）"),
            format!("unknown confidence \"{c}\" (high, medium or low)"),
        ),
        Duplicate { first_line } => either(
            lang,
            format!("与第 {first_line} 行重复：指标、年份、口径、时期和出处都相同"),
            format!("duplicate of line {first_line}: the same indicator, year, scope, period and source"),
        ),
        MissingEdition => pick(
            lang,
            "缺少版次（edition）：每行须写明由第几版加入或最后修改（见 editions.csv）",
            "edition is empty: each row names the edition that added or last changed it (see editions.csv)",
        ),
        UnknownEdition { column, text } => either(
            lang,
            format!("{column}“{text}”不是 editions.csv 中的版次"),
            format!("{column} \"{text}\" is not an edition of editions.csv"),
        ),
        WithdrawnBeforeAdded { added, withdrawn } => either(
            lang,
            format!("第 {withdrawn} 版撤下的行不能由第 {added} 版加入：撤下的版次须晚于加入的版次"),
            format!("withdrawn in edition {withdrawn} but added in edition {added}: it must be withdrawn later than added"),
        ),
        EditionOutOfOrder { found, expected } => either(
            lang,
            format!("版次“{found}”不对：版次从 1 起按顺序编号，这一行应是第 {expected} 版"),
            format!("edition \"{found}\" is out of order: editions are numbered 1, 2, 3 … in order, so this row is edition {expected}"),
        ),
        EditionDateBefore { date, previous } => either(
            lang,
            format!("日期 {date} 早于上一版的 {previous}：各版按日期先后排列"),
            format!("date {date} is before the previous edition's {previous}: editions follow each other in time"),
        ),
        EmptyCell(column) => either(lang, format!("{column} 不能为空"), format!("{column} is empty")),
        Other(s) => s.clone(),
    }
}

/// Where the problem is: `文件 第 N 行（列）` / `file, line N (column)`.
pub fn seed_error_place(lang: Lang, e: &SeedError) -> String {
    match (lang, &e.column) {
        (Lang::Zh, Some(c)) => format!("{} 第 {} 行（{c}）", e.file, e.line),
        (Lang::Zh, None) => format!("{} 第 {} 行", e.file, e.line),
        (Lang::En, Some(c)) => format!("{}, line {} ({c})", e.file, e.line),
        (Lang::En, None) => format!("{}, line {}", e.file, e.line),
    }
}

fn pick(lang: Lang, zh: &str, en: &str) -> String {
    lang.pick(zh, en).to_string()
}

/// One of two sentences already formatted (the few problems are not worth a
/// lazy form).
fn either(lang: Lang, zh: String, en: String) -> String {
    match lang {
        Lang::Zh => zh,
        Lang::En => en,
    }
}

/// English, as the build and the logs print it.
impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&problem(Lang::En, self))
    }
}

/// `file:line: problem`, in English (the build adds the Chinese).
impl fmt::Display for SeedError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.file, self.line, self.problem)
    }
}
