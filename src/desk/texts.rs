//! The data desk's strings (`desk.html?view=data`), in both languages. The
//! few the visitors' page needs to lead there are in `crate::i18n`
//! (`Text::DeskView` …).

use crate::i18n::{confidence_name, period_name, status_label, value, Lang};
use crate::model::desk::{Changes, ConflictKey, Encoding};
use crate::model::{Confidence, Figure, Status};

/// Fixed strings of the desk.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DeskText {
    Intro,
    OpenLabel,
    DropHint,
    Template,
    LoadingPublished,
    PublishedFailed,
    ProblemsHeading,
    NoProblems,
    ProblemsKept,
    LineHead,
    ColumnHead,
    ProblemHead,
    RowHead,
    ChangesHeading,
    NoChanges,
    StatusChanges,
    Added,
    Changed,
    Removed,
    ConflictsNew,
    ConflictsGone,
    StillMissing,
    PreviewBanner,
    BackToDesk,
    Discard,
    Download,
    PublishHow,
    PublishHowEdition,
    DownloadEditions,
    EditionIntro,
    EditionDate,
    EditionSummaryZh,
    EditionSummaryEn,
    EditionNextZh,
    EditionNextEn,
    FormHeading,
    FormIntro,
    Indicator,
    IndicatorSearch,
    Year,
    Value,
    Qualifier,
    QualifierNone,
    Unit,
    Scope,
    Period,
    SourceTitle,
    SourceUrl,
    Publisher,
    PublishedDate,
    Confidence,
    AsOf,
    Note,
    Add,
    FormRefused,
}

pub fn dt(lang: Lang, key: DeskText) -> &'static str {
    use DeskText::*;
    match key {
        Intro => lang.pick(
            "供门户网站或统计部门的数据维护人员使用：打开一份数据表（CSV），本页按构建时的同一套规则检查每一行，并预览发布后的记分卡、图表和各视图。文件只在本页中处理，不会发送到任何地方；刷新页面即回到已发布的数据。",
            "For a portal's or a statistics bureau's data staff: open a figures file (CSV) and this page checks every row by the same rules as the build, then previews the scorecard, the charts and the other views as they would be published. The file stays in this page and is sent nowhere; reloading the page returns to the published data.",
        ),
        OpenLabel => lang.pick("打开数据文件（CSV：UTF-8、GBK 或 UTF-16 均可）", "Open a figures file (CSV in UTF-8, GBK or UTF-16)"),
        DropHint => lang.pick("或把文件拖放到这里", "or drop the file here"),
        Template => lang.pick("模板：已发布的数据 figures.csv", "Template: the published figures.csv"),
        LoadingPublished => lang.pick("正在读取已发布的数据…", "Reading the published figures…"),
        PublishedFailed => lang.pick("无法读取已发布的数据文件", "The published figures file could not be read"),
        ProblemsHeading => lang.pick("检查结果", "Check"),
        NoProblems => lang.pick("没有发现问题：构建会接受这个文件。", "No problems: the build will accept this file."),
        ProblemsKept => lang.pick(
            "有问题的行仍保留在文件中（下载时一并保存，便于修改），但不进入预览；构建会拒绝这些问题。",
            "Rows with a problem stay in the file (the download keeps them, to be fixed) but are left out of the preview; the build refuses these problems.",
        ),
        LineHead => lang.pick("行", "Line"),
        ColumnHead => lang.pick("列", "Column"),
        ProblemHead => lang.pick("问题", "Problem"),
        RowHead => lang.pick("该行内容", "The row"),
        ChangesHeading => lang.pick("与已发布的数据相比", "Compared with the published data"),
        NoChanges => lang.pick("与已发布的数据相同。", "The same as the published data."),
        StatusChanges => lang.pick("状态改变的目标", "Targets whose status changes"),
        Added => lang.pick("新增的数据", "Figures added"),
        Changed => lang.pick("修改的数据", "Figures changed"),
        Removed => lang.pick("删除的数据", "Figures removed"),
        ConflictsNew => lang.pick("新出现的来源冲突", "Conflicts between sources that appear"),
        ConflictsGone => lang.pick("消除的来源冲突", "Conflicts that go away"),
        StillMissing => lang.pick("仍没有公开数据的目标", "Targets that still have no figure"),
        PreviewBanner => lang.pick(
            "预览——未发布：本页显示的是数据维护中载入的数据，不是已发布的数据。",
            "Preview — not published: this page shows the figures loaded in the data desk, not the published ones.",
        ),
        BackToDesk => lang.pick("回到数据维护", "Back to the data desk"),
        Discard => lang.pick("放弃预览，回到已发布的数据", "Discard the preview"),
        Download => lang.pick("下载检查后的文件（figures.csv）", "Download the checked file (figures.csv)"),
        PublishHowEdition => lang.pick(
            "发布：用下载的两个文件替换项目中的 seeds/figures.csv 和 seeds/editions.csv，运行构建命令，部署 dist/ 目录。新增和修改的行标为这一版；被修改或删除的旧数据保留并注明撤下的版次，以便还原以前各版。",
            "To publish: replace seeds/figures.csv and seeds/editions.csv in the project with the two downloaded files, run the build command and deploy dist/. Added and changed rows are marked with this edition; the old versions of changed or removed rows stay, marked withdrawn in it, so that earlier editions can be rebuilt.",
        ),
        DownloadEditions => lang.pick("下载版次表（editions.csv）", "Download the editions (editions.csv)"),
        EditionIntro => lang.pick(
            "每次发布为一版。摘要已按上面的变更列表拟好，请核对修改；可填写预计的下次更新。",
            "Each publication is an edition. The summary is drafted from the change list above: check and edit it; add when the next update is expected, if known.",
        ),
        EditionDate => lang.pick("发布日期（YYYY-MM-DD）", "Date (YYYY-MM-DD)"),
        EditionSummaryZh => lang.pick("摘要（中文）", "Summary (Chinese)"),
        EditionSummaryEn => lang.pick("摘要（英文）", "Summary (English)"),
        EditionNextZh => lang.pick("预计下次更新（中文，可空）", "Next update expected (Chinese, optional)"),
        EditionNextEn => lang.pick("预计下次更新（英文，可空）", "Next update expected (English, optional)"),
        PublishHow => lang.pick(
            "发布：用下载的文件替换项目中的 seeds/figures.csv，运行构建命令，部署 dist/ 目录。构建会拒绝上面列出的同样问题。",
            "To publish: replace seeds/figures.csv in the project with the downloaded file, run the build command and deploy dist/. The build refuses the same problems as listed above.",
        ),
        FormHeading => lang.pick("添加一条数据", "Add a figure"),
        FormIntro => lang.pick(
            "不用表格也能添加：填写一行，按同样的规则检查后加到当前文件末尾。",
            "Without a spreadsheet: fill in one row; it is checked by the same rules and added to the end of the current file.",
        ),
        Indicator => lang.pick("指标", "Indicator"),
        IndicatorSearch => lang.pick("按名称或编号查找指标", "Find an indicator by name or id"),
        Year => lang.pick("年份", "Year"),
        Value => lang.pick("数值（只填数字）", "Value (the number only)"),
        Qualifier => lang.pick("限定词", "Qualifier"),
        QualifierNone => lang.pick("（无）", "(none)"),
        Unit => lang.pick("单位（由指标决定）", "Unit (the indicator's)"),
        Scope => lang.pick("口径", "Scope"),
        Period => lang.pick("时期", "Period"),
        SourceTitle => lang.pick("出处标题", "Source title"),
        SourceUrl => lang.pick("出处网址", "Source address (URL)"),
        Publisher => lang.pick("发布者", "Publisher"),
        PublishedDate => lang.pick("发布日期（YYYY-MM-DD）", "Publication date (YYYY-MM-DD)"),
        Confidence => lang.pick("可信度", "Confidence"),
        AsOf => lang.pick("数据时点（可空）", "As of (optional)"),
        Note => lang.pick("备注（可空）", "Note (optional)"),
        Add => lang.pick("检查并添加这一行", "Check and add this row"),
        FormRefused => lang.pick("这一行还有问题，尚未添加：", "This row has problems and was not added:"),
    }
}

/// "figures.csv：GBK 编码，95 行数据，3 处问题".
pub fn desk_file_status(lang: Lang, name: &str, encoding: Option<Encoding>, rows: usize, problems: usize) -> String {
    let enc = encoding.map(Encoding::name);
    match (lang, enc) {
        (Lang::Zh, Some(e)) => format!("当前文件 {name}：{e} 编码，{rows} 行数据，{problems} 处问题。"),
        (Lang::Zh, None) => format!("当前文件 {name}（已发布的数据）：{rows} 行数据，{problems} 处问题。"),
        (Lang::En, Some(e)) => format!("Current file {name}: {e}, {rows} rows of figures, {problems} problem(s)."),
        (Lang::En, None) => format!("Current file {name} (the published figures): {rows} rows, {problems} problem(s)."),
    }
}

/// A file that could not be opened: why, and that nothing was replaced.
/// "下一版：第 3 版".
pub fn desk_edition_heading(lang: Lang, n: u16) -> String {
    match lang {
        Lang::Zh => format!("这次发布为第 {n} 版"),
        Lang::En => format!("This publication is edition {n}"),
    }
}

pub fn desk_refused(lang: Lang, name: &str, why: &str) -> String {
    match lang {
        Lang::Zh => format!("无法使用 {name}：{why}。当前文件保持不变。"),
        Lang::En => format!("{name} cannot be used: {why}. The current file is unchanged."),
    }
}

/// The change list in one sentence.
pub fn desk_summary(lang: Lang, c: &Changes) -> String {
    let (a, ch, r, s) = (c.added.len(), c.changed.len(), c.removed.len(), c.status.len());
    let (cn, cg, m) = (c.conflicts_new.len(), c.conflicts_gone.len(), c.still_missing.len());
    match lang {
        Lang::Zh => format!(
            "新增 {a} 条、修改 {ch} 条、删除 {r} 条数据；{s} 项目标状态改变；来源冲突新出现 {cn} 组、消除 {cg} 组；仍有 {m} 项目标没有规划期内的公开数据。"
        ),
        Lang::En => format!(
            "{a} figure(s) added, {ch} changed, {r} removed; {s} target(s) change status; {cn} conflict(s) between sources appear, {cg} go away; {m} target(s) still have no figure for the plan period."
        ),
    }
}

/// "已添加为第 96 行。"
pub fn desk_added(lang: Lang, line: usize) -> String {
    match lang {
        Lang::Zh => format!("已检查并添加为第 {line} 行。"),
        Lang::En => format!("Checked and added as line {line}."),
    }
}

/// A figure in the change list: "name · 2025年 · 125.3 亿元 · 全市 规上 · 全年".
pub fn desk_figure(lang: Lang, name: &str, f: &Figure) -> String {
    let year = if lang == Lang::Zh { "年" } else { "" };
    let (value, period) = (value(lang, &f.value, &f.unit), period_name(lang, &f.period));
    format!("{name} · {}{year} · {value} · {} · {period}", f.year, f.scope)
}

/// An added figure with its publisher; a changed one with its new value.
pub fn desk_change(lang: Lang, name: &str, f: &Figure, before: Option<&Figure>) -> String {
    match before {
        Some(b) => format!("{} → {}", desk_figure(lang, name, b), value(lang, &f.value, &f.unit)),
        None => format!("{} — {}", desk_figure(lang, name, f), f.source.publisher),
    }
}

/// A group of figures in conflict: "name · 2021 · 全市 · 全年".
pub fn desk_conflict(name: &str, k: &ConflictKey) -> String {
    format!("{name} · {} · {} · {}", k.1, k.2, k.3)
}

/// "：未找到公开数据 → 达成（2025年）", after the target's name.
pub fn desk_status_change(lang: Lang, before: Status, after: Status) -> String {
    let sep = lang.pick("：", ": ");
    format!("{sep}{} → {}", status_label(lang, before), status_label(lang, after))
}

/// What a shortened list leaves out.
pub fn desk_more(lang: Lang, left_out: usize) -> String {
    match lang {
        Lang::Zh => format!("另有 {left_out} 项未列出。"),
        Lang::En => format!("… and {left_out} more."),
    }
}

/// A confidence code in the form's select: "高 (high)"; "—" for none chosen.
pub fn desk_confidence(lang: Lang, code: &str) -> String {
    match Confidence::parse(code) {
        Some(c) => format!("{} ({code})", confidence_name(lang, c)),
        None => "—".into(),
    }
}
