//! The data desk's strings (`desk.html?view=data`), in both languages. The
//! few the visitors' page needs to lead there are in `crate::i18n`
//! (`Text::DeskView` …).

use crate::i18n::{confidence_name, period_name, status_label, value, Lang};
use crate::model::desk::{Changes, ConflictKey, Encoding};
use crate::model::{Confidence, Figure, Status};
use taizhou_reader::{self as reader, Measure, Place, Proposal, Unsure, Why};

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
    ReadHeading,
    ReadIntro,
    ReadFile,
    ReadText,
    ReadSource,
    ReadConfidence,
    ReadGo,
    ReadMentions,
    ReadAccept,
    ReadReject,
    ReadRejected,
    ReadUndo,
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
        ReadHeading => lang.pick("从文本提取", "Read a document"),
        ReadIntro => lang.pick(
            "粘贴统计公报、政府工作报告或新闻发布稿的文字（或打开 .txt、从政府网站另存的 .html 文件），本页找出其中与规划目标和背景指标有关的句子，逐条提出数据建议并标出原句。每条建议都只是草稿：核对、修改后接受，才会按同样的规则检查并加入当前文件；也可以拒绝。出处只需为整份文件填写一次。",
            "Paste the text of a statistical bulletin, a work report or a press release (or open a .txt file, or an .html page saved from a government site): this page finds the sentences about the plan's targets and context indicators and proposes each figure, with its sentence marked. Every proposal is a draft: check it, correct it and accept it, and only then is it checked by the same rules and added to the current file; or reject it. The source is entered once for the whole document.",
        ),
        ReadFile => lang.pick("打开文件（.txt 或 .html）", "Open a file (.txt or .html)"),
        ReadText => lang.pick("或粘贴全文（第一行作为标题）", "Or paste the text (its first line is taken as the title)"),
        ReadSource => lang.pick("这份文件的出处（所有接受的数据共用）", "This document's source (for every figure accepted)"),
        ReadConfidence => lang.pick(
            "可信度由您判断并选择：本页不会自动标为“高”。",
            "The confidence is yours to judge and choose: this page never sets it, high or otherwise.",
        ),
        ReadGo => lang.pick("提取数据建议", "Find the figures"),
        ReadMentions => lang.pick("提到指标但没有可用数字的句子", "Sentences that name an indicator without a figure to propose"),
        ReadAccept => lang.pick("检查并接受", "Check and accept"),
        ReadReject => lang.pick("拒绝", "Reject"),
        ReadRejected => lang.pick("已拒绝。", "Rejected."),
        ReadUndo => lang.pick("撤销", "Undo"),
    }
}

/// "找到 5 项数据建议；另有 2 句提到指标但没有可用数字。按标题：2021 年 · 全年 · 全市".
pub fn reader_found(lang: Lang, r: &reader::Reading) -> String {
    let (p, m) = (r.proposals.len(), r.mentions.len());
    let c = &r.context;
    let unknown = lang.pick("未能确定", "not known");
    let year = c.year.map(|y| y.to_string()).unwrap_or_else(|| unknown.to_string());
    let period = c.period.clone().unwrap_or_else(|| unknown.to_string());
    let place = match &c.place {
        Place::City => lang.pick("台州市（全市）", "Taizhou (city-wide)").to_string(),
        Place::County(name) => name.clone(),
        Place::Unknown => unknown.to_string(),
    };
    match lang {
        Lang::Zh => format!("找到 {p} 项数据建议；另有 {m} 句提到指标但没有可用数字。按标题“{}”：年份 {year} · 时期 {period} · 范围 {place}。", c.title),
        Lang::En => format!("{p} figure(s) proposed; {m} more sentence(s) name an indicator without a figure. From the title \"{}\": year {year} · period {period} · place {place}.", c.title),
    }
}

/// What a proposed number measures.
pub fn reader_measure(lang: Lang, m: Measure) -> &'static str {
    match m {
        Measure::Level => lang.pick("总量或水平", "level"),
        Measure::Added => lang.pick("当年新增", "added in the year"),
        Measure::Growth => lang.pick("增速", "growth rate"),
        Measure::Share => lang.pick("占比", "share"),
    }
}

/// "原文为 1.02万亿元".
pub fn reader_written(lang: Lang, written: &str) -> String {
    match lang {
        Lang::Zh => format!("（原文为 {written}，已换算）"),
        Lang::En => format!("(written {written}, converted)"),
    }
}

/// "2021年 · 全年 · 全市 规上", with what is not known said so.
pub fn reader_when_where(lang: Lang, p: &Proposal) -> String {
    let unknown = lang.pick("？", "?");
    let year = p
        .year
        .map(|y| if lang == Lang::Zh { format!("{y}年") } else { y.to_string() })
        .unwrap_or_else(|| unknown.into());
    let period = p.period.clone().unwrap_or_else(|| unknown.into());
    let scope = p.scope.clone().unwrap_or_else(|| unknown.into());
    format!("{year} · {period} · {scope}")
}

/// Why a proposal needs a look.
pub fn reader_unsure(lang: Lang, u: &Unsure) -> String {
    match (u, lang) {
        (Unsure::Year, Lang::Zh) => "年份：句子和标题都没有说明（政府工作报告回顾的是上一年），请填写。".into(),
        (Unsure::Year, Lang::En) => "Year: neither the sentence nor the title says (a work report looks back on the year before): fill it in.".into(),
        (Unsure::Period, Lang::Zh) => "时期：句子和标题都没有说明（全年、1-3季度……），请填写。".into(),
        (Unsure::Period, Lang::En) => "Period: neither the sentence nor the title says (全年, 1-3季度 …): fill it in.".into(),
        (Unsure::Scope, Lang::Zh) => "口径：标题没有说明是哪里的数据，请填写（全市数据写“全市”）。".into(),
        (Unsure::Scope, Lang::En) => "Scope: the title does not say whose figures these are: fill it in (全市 for the city's).".into(),
        (Unsure::County(c), Lang::Zh) => format!("这是{c}的文件：文中的“全市”指{c}。数据表只收全市数据，县（市、区）的数据不计入全市目标。"),
        (Unsure::County(c), Lang::En) => format!("A document of {c}: its 全市 means {c}. The figures file holds city-wide figures only; a county's figures do not count towards the city's targets."),
        (Unsure::SentenceCounty(c), Lang::Zh) => format!("句中提到{c}：可能不是全市数据，请核对口径。"),
        (Unsure::SentenceCounty(c), Lang::En) => format!("The sentence names {c}: this may not be a city-wide figure; check the scope."),
    }
}

/// Why a sentence gave no proposal.
pub fn reader_why(lang: Lang, w: &Why) -> String {
    match (w, lang) {
        (Why::NoNumber, _) => lang.pick("句中没有数字", "no number in the sentence").into(),
        (Why::Range, _) => lang.pick("给出的是范围，不是一个数", "a range, not one figure").into(),
        (Why::Baseline, _) => {
            lang.pick("是与上年等的差额，不是数据本身", "a difference from an earlier figure, not the figure").into()
        }
        (Why::PercentagePoints, _) => {
            lang.pick("是百分点的变化，不是数据本身", "a change in percentage points, not the figure").into()
        }
        (Why::Goal, _) => lang.pick("是目标或预计，不是已实现的数据", "a goal or a forecast, not a result").into(),
        (Why::Milestone, _) => {
            lang.pick("是里程碑：是否完成请人工判断", "a milestone: whether it is done is for you to judge").into()
        }
        (Why::UnitMismatch { found, expected }, Lang::Zh) => format!("单位“{found}”与指标的“{expected}”不符"),
        (Why::UnitMismatch { found, expected }, Lang::En) => {
            format!("the unit \"{found}\" is not the indicator's \"{expected}\"")
        }
        (Why::NoIndicatorFor(m), Lang::Zh) => format!("规划没有跟踪这项的{}", reader_measure(lang, *m)),
        (Why::NoIndicatorFor(m), Lang::En) => format!("the plan tracks no {} of it", reader_measure(lang, *m)),
        (Why::ListMismatch { names, numbers }, Lang::Zh) => {
            format!("“分别”列出 {names} 项名称、{numbers} 个数字，无法一一对应")
        }
        (Why::ListMismatch { names, numbers }, Lang::En) => {
            format!("a 分别 list of {names} names and {numbers} numbers: they do not pair up")
        }
    }
}

/// "第 12 行".
pub fn reader_line(lang: Lang, line: usize) -> String {
    match lang {
        Lang::Zh => format!("第 {line} 行"),
        Lang::En => format!("line {line}"),
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
