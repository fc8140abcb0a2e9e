//! The strings of the explore views: clusters, parks, counties, the map and
//! the filters.

use super::Lang;
use crate::model::atlas::{ClusterGroup, Level, ParkStatus};
use crate::route::{Sort, View};

/// Fixed strings of the explore views.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum X {
    FiltersHeading,
    Cluster,
    County,
    Park,
    Level,
    Status,
    Sort,
    Any,
    AddCluster,
    Remove,
    ClearFilters,
    CompareHeading,
    CompareIntro,
    CompareEmpty,
    ColScope,
    ColValue,
    ColPassed,
    ColSource,
    ColYear,
    ColLevel,
    ColCounties,
    ColApproved,
    ColArea,
    ColClusters,
    ColStatus,
    ColCommitment,
    ColParks,
    Yes,
    No,
    NoCityFigure,
    Thousand,
    Direction,
    Enterprises,
    WhereItSits,
    ParksOf,
    TargetsConcerned,
    NothingPublished,
    PlanWords,
    Figures,
    CountyFiguresNote,
    ParkFiguresNote,
    NotPlaced,
    MapCaption,
    MapLicence,
    MapLegend,
    Conflict,
    OtherSource,
    ClustersOfPlace,
    CountiesHeading,
    ParksHeading,
    ClustersHeading,
    EvidenceNote,
    ListLabel,
    Schematic,
    PlanViewIntro,
    NoParks,
    EmbedIntro,
    EmbedCode,
    CopyCode,
    CodeCopied,
    CodeCopyFailed,
    EmbedOptions,
    Preview,
    ParkCompare,
    AddToCompare,
    RemoveFromCompare,
    CompareFull,
    ParkCompareNote,
    CaveatNotEvery,
    CaveatUnits,
    CaveatYears,
    ClearCompare,
    ColCompare,
    OpenCompare,
}

pub fn tx(lang: Lang, key: X) -> &'static str {
    use X::*;
    match key {
        FiltersHeading => lang.pick("筛选", "Filters"),
        Cluster => lang.pick("产业", "Cluster"),
        County => lang.pick("县（市、区）", "County"),
        Park => lang.pick("园区", "Park"),
        Level => lang.pick("级别", "Level"),
        Status => lang.pick("状态", "Status"),
        Sort => lang.pick("排序", "Sort by"),
        Any => lang.pick("全部", "all"),
        AddCluster => lang.pick("添加产业…", "Add a cluster…"),
        Remove => lang.pick("移除筛选", "Remove filter"),
        ClearFilters => lang.pick("清除全部筛选", "Clear all filters"),
        CompareHeading => lang.pick("各产业规模：是否过千亿", "How big is each cluster, and did it pass 1,000 亿元?"),
        CompareIntro => lang.pick(
            "图中为各产业公开发布的产值（亿元），虚线为规划的千亿级门槛（1,000 亿元）。全市与县（市、区）、全部企业与规上企业等不同口径各自成线，不合并；空心点为县区口径；“超”“近”等限定词照录。",
            "Published output of each cluster (亿元; 1 亿元 = 100 million yuan); the dashed line is the plan's 千亿 threshold, 1,000 亿元 (100 billion yuan). Different scopes (the city vs one county, all firms vs firms above designated size) are separate series, never merged; hollow marks are county scopes; 'over' and 'nearly' are kept as published.",
        ),
        CompareEmpty => lang.pick(
            "所选产业没有公开发布的产值数据。",
            "No output figure has been published for the selected clusters.",
        ),
        ColScope => lang.pick("口径", "Scope"),
        ColValue => lang.pick("数值", "Value"),
        ColPassed => lang.pick("达到 1,000 亿元？", "1,000 亿元 reached?"),
        ColSource => lang.pick("来源", "Source"),
        ColYear => lang.pick("年份", "Year"),
        ColLevel => lang.pick("级别", "Level"),
        ColCounties => lang.pick("所在县（市、区）", "County"),
        ColApproved => lang.pick("批准 / 设立", "Approved"),
        ColArea => lang.pick("面积", "Area"),
        ColClusters => lang.pick("主导产业", "Focus clusters"),
        ColStatus => lang.pick("状态", "Status"),
        ColCommitment => lang.pick("规划承诺是否实现", "Plan commitment met?"),
        ColParks => lang.pick("园区", "Parks"),
        Yes => lang.pick("是", "yes"),
        No => lang.pick("否", "no"),
        NoCityFigure => lang.pick("未找到全市产值的公开数据", "no city-wide output figure published"),
        Thousand => lang.pick("千亿级 1,000 亿元", "1,000 亿元 (100 bn yuan)"),
        Direction => lang.pick("规划的发展方向（原文）", "The plan's direction (its words)"),
        Enterprises => lang.pick("来源点名的龙头企业", "Leading enterprises a source names"),
        WhereItSits => lang.pick("所在县（市、区）", "Where it sits"),
        ParksOf => lang.pick("相关园区平台", "Its parks and platforms"),
        TargetsConcerned => lang.pick("相关的规划目标", "Targets of the plan that concern it"),
        NothingPublished => lang.pick("未找到公开资料。", "Nothing published was found."),
        PlanWords => lang.pick("规划原文", "The plan's words"),
        Figures => lang.pick("公开数据", "Published figures"),
        CountyFiguresNote => lang.pick(
            "以下为本县（市、区）口径的数据，仅作背景，不计入全市目标的进度。",
            "Figures for this county only: context, never counted as progress towards a city-wide target.",
        ),
        ParkFiguresNote => lang.pick(
            "以下为本园区口径的数据，仅作背景，不计入全市目标的进度。",
            "Figures for this park only: context, never counted as progress towards a city-wide target.",
        ),
        NotPlaced => lang.pick("来源未给出所在县区，未在图上标出：", "Not on the map (no source places them in a county):"),
        MapCaption => lang.pick(
            "县区边界经简化，非标准地图；园区按所在县区归组标出，不代表实际位置。",
            "simplified county outlines, not an official map; parks are grouped by county, not drawn at their real location.",
        ),
        MapLicence => lang.pick("边界数据来源与许可", "Boundary data and licence"),
        MapLegend => lang.pick("图例", "Legend"),
        Conflict => lang.pick("来源冲突", "sources conflict"),
        OtherSource => lang.pick("同年另一来源", "another source, same year"),
        ClustersOfPlace => lang.pick("所在产业", "Clusters here"),
        CountiesHeading => lang.pick("九个县（市、区）", "The nine counties"),
        ParksHeading => lang.pick("园区与平台名录", "Directory of parks and platforms"),
        ClustersHeading => lang.pick("规划点名的产业", "The clusters the plan names"),
        EvidenceNote => lang.pick(
            "依据：来源称该产业集聚于此，或此地有以该产业为主导的园区。",
            "Evidence: a source says the cluster sits here, or a park here has it as a focus.",
        ),
        ListLabel => lang.pick("列表", "List"),
        Schematic => lang.pick("示意图", "Schematic"),
        EmbedIntro => lang.pick(
            "把下面的代码粘贴到网页（如政府门户的栏目页）中，即可嵌入当前视图。嵌入的页面只显示本视图、简短标题、数据来源和“在完整页面中查看”的链接；高度会自动适应内容（见说明文件“Embedding”一节）。",
            "Paste this code into a web page (a portal's column page, say) to embed the view on screen. The frame shows only this view, a short header, the source line and a link to the full page; its height follows the content (see \"Embedding\" in the README).",
        ),
        EmbedCode => lang.pick("嵌入代码", "Embed code"),
        CopyCode => lang.pick("复制代码", "Copy code"),
        CodeCopied => lang.pick("代码已复制", "Code copied"),
        CodeCopyFailed => lang.pick("无法自动复制，代码已选中，请按 Ctrl+C 复制。", "Could not copy automatically; the code is selected: press Ctrl+C."),
        EmbedOptions => lang.pick(
            "可在地址中加入选项：&header=0 隐藏标题；&theme=dark 深色，&theme=auto 跟随系统；&bg=transparent 透明背景；&share=本网页地址（需编码），分享海报的二维码即打开贵网站的这一页。",
            "Options you can add to the address: &header=0 hides the header; &theme=dark, or &theme=auto to follow the reader's setting; &bg=transparent; &share=<your page's address, encoded>, so that the share poster's QR code opens your page.",
        ),
        Preview => lang.pick("预览", "Preview"),
        ParkCompare => lang.pick("园区对比", "Parks compared"),
        AddToCompare => lang.pick("加入对比", "Compare"),
        RemoveFromCompare => lang.pick("移出对比", "Remove from comparison"),
        CompareFull => lang.pick("最多同时对比 4 个园区", "Up to four parks side by side"),
        ParkCompareNote => lang.pick(
            "每个数字都注明年份、口径与出处。口径（统计范围、年份、单位）不同的数字已标出，不能直接比较。",
            "Every figure with its year, scope and source. Where scopes (coverage, year, unit) differ the row says so: those numbers are not comparable.",
        ),
        CaveatNotEvery => lang.pick("并非每个园区都公布了此口径的数据，不能直接比较", "Not every park published this measure: not comparable"),
        CaveatUnits => lang.pick("单位不同，不能直接比较", "Different units: not comparable"),
        CaveatYears => lang.pick("年份或时段不同，不能直接比较", "Different years or periods: not comparable"),
        ClearCompare => lang.pick("清空对比", "Clear the comparison"),
        ColCompare => lang.pick("对比", "Compare"),
        OpenCompare => lang.pick("查看对比", "See the comparison"),
        PlanViewIntro => lang.pick(
            "规划全文。每项目标所依据的原文已标出，点击可查看该目标的图表与数据。",
            "The full plan, in Chinese. The words each target comes from are marked; follow one to its chart and figures.",
        ),
        NoParks => lang.pick("没有符合筛选条件的园区平台。", "No park or platform matches the filters."),
    }
}

/// A view's name in the navigation and as its heading (the scorecard's for
/// an indicator, whose heading is its target's name).
pub fn view_name(lang: Lang, view: &View) -> &'static str {
    use super::Text;
    let key = match view {
        View::Scorecard | View::Indicator(_) => Text::VerdictHeading,
        View::Plan => Text::PlanView,
        View::Clusters => Text::ClustersView,
        View::Parks => Text::ParksView,
        View::Counties => Text::CountiesView,
        View::Data => Text::DeskView,
        View::Changes => return super::ed(lang, super::Ed::ChangesView),
        View::Search(_) => return super::st(lang, super::SearchText::Heading),
    };
    super::t(lang, key)
}

pub fn level_name(lang: Lang, l: Level) -> &'static str {
    match l {
        Level::National => lang.pick("国家级", "national"),
        Level::Provincial => lang.pick("省级", "provincial"),
        Level::City => lang.pick("市级", "city"),
        Level::County => lang.pick("县级", "county"),
        Level::None => lang.pick("非园区（规划设想）", "not a park (plan concept)"),
        Level::Unknown => lang.pick("级别未明", "level not stated"),
    }
}

pub fn status_name(lang: Lang, s: ParkStatus) -> &'static str {
    match s {
        ParkStatus::Created => lang.pick("已设立", "created"),
        ParkStatus::Planned => lang.pick("规划提出，未见批复", "planned, no approval found"),
    }
}

pub fn group_name(lang: Lang, g: ClusterGroup) -> &'static str {
    match g {
        ClusterGroup::ThousandBn => lang.pick("七大千亿产业", "The seven 千亿 (100-billion-yuan) clusters"),
        ClusterGroup::Emerging => lang.pick("新兴产业", "Emerging industries"),
    }
}

pub fn sort_name(lang: Lang, s: Sort) -> &'static str {
    match s {
        Sort::Plan => lang.pick("规划顺序", "plan order"),
        Sort::Name => lang.pick("名称", "name"),
        Sort::Level => lang.pick("级别", "level"),
        Sort::Approved => lang.pick("批准时间", "approval date"),
        Sort::County => lang.pick("县（市、区）", "county"),
    }
}

/// "显示 5 / 27 个园区" / "5 of 27 parks".
pub fn shown_of(lang: Lang, n: usize, total: usize) -> String {
    match lang {
        Lang::Zh => format!("显示 {n} / {total} 个园区平台"),
        Lang::En => format!("{n} of {total} parks and platforms"),
    }
}

/// The accessible name of a county on the map.
pub fn county_on_map(lang: Lang, name: &str, parks: usize) -> String {
    match lang {
        Lang::Zh => format!("{name}：{parks} 个园区平台，按此筛选"),
        Lang::En => format!("{name}: {parks} parks; filter by it"),
    }
}

/// "设立于 2021-06" / "approved 2021-06"; "未见批复日期" when unknown.
pub fn approved(lang: Lang, date: &str) -> String {
    match (lang, date.is_empty()) {
        (Lang::Zh, true) => "日期未见于来源".into(),
        (Lang::En, true) => "date not in the source".into(),
        (_, false) => date.to_string(),
    }
}

/// "7.12 平方公里（核心区…）".
pub fn area(lang: Lang, km2: Option<f64>, note: &str) -> String {
    let n = km2.map(|v| format!("{} {}", super::number(lang, v, 2), lang.pick("平方公里", "km²")));
    match (n, note.is_empty()) {
        (Some(n), true) => n,
        (Some(n), false) => format!("{n}（{note}）"),
        (None, false) => note.to_string(),
        (None, true) => "—".into(),
    }
}

/// The comparison chart's one-sentence summary for screen readers.
pub fn compare_summary(lang: Lang, series: usize, passed: &[String], below: &[String]) -> String {
    let join = |v: &[String]| v.join(lang.pick("、", ", "));
    match lang {
        Lang::Zh => format!(
            "产值比较图，{series} 条数据线。最新全市数据达到 1,000 亿元的：{}；未达到的：{}。",
            if passed.is_empty() { "无".into() } else { join(passed) },
            if below.is_empty() { "无".into() } else { join(below) },
        ),
        Lang::En => format!(
            "Output comparison, {series} series. Latest city-wide figure at or over 1,000 亿元: {}; below: {}.",
            if passed.is_empty() { "none".into() } else { join(passed) },
            if below.is_empty() { "none".into() } else { join(below) },
        ),
    }
}

/// The unit of an axis: 亿元, explained in English.
pub fn unit_name(lang: Lang, unit: &str) -> String {
    match (lang, unit) {
        (Lang::En, "亿元") => "亿元 (100 million yuan)".into(),
        _ => unit.to_string(),
    }
}

/// "超 1100 亿元（2019年，全市 汽车产业）" / "over … (2019, 全市 汽车产业)".
pub fn value_in(lang: Lang, value: &str, year: u16, scope: &str) -> String {
    match lang {
        Lang::Zh => format!("{value}（{year}年，{scope}）"),
        Lang::En => format!("{value} ({year}, {scope})"),
    }
}
