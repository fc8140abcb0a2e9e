//! Sentences built from the model: status labels and the status with its
//! method, the conflict summary, the notices about the address.

use super::{amount, by_year, figure_with_year, target_wording, Lang};
use crate::model::{Status, TargetKind, Value};
use crate::route::Notice;

/// The short status label, in the review vocabulary of Chinese planning
/// (提前实现 / 基本符合预期 / 滞后) beside the English.
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

/// "12 figures in 5 groups disagree with another source."
pub fn conflict_summary(lang: Lang, groups: usize, figures: usize) -> String {
    match (lang, groups) {
        (Lang::Zh, 0) => "未发现来源之间的冲突。".into(),
        (Lang::En, 0) => "No conflict between sources was found.".into(),
        (Lang::Zh, g) => format!("发现 {g} 组来源冲突（共 {figures} 条数据）：同一指标、同一年份、同一口径，不同来源的数字不一致。两者都保留并标出，不做平均或取舍。"),
        (Lang::En, g) => format!("{g} groups of figures ({figures} figures) conflict: sources disagree on the same indicator, year and scope. Both are kept and marked, never averaged or dropped."),
    }
}

/// Why a parameter of the address was ignored, for the notice on the page.
pub fn notice(lang: Lang, n: &Notice) -> String {
    match (n, lang) {
        (Notice::Unknown { name }, Lang::Zh) => format!("不认识的参数“{name}”，已忽略"),
        (Notice::Unknown { name }, Lang::En) => format!("unknown parameter \"{name}\", ignored"),
        (Notice::Invalid { name, value }, Lang::Zh) => format!("参数 {name} 的值“{value}”无效，已使用默认值"),
        (Notice::Invalid { name, value }, Lang::En) => {
            format!("\"{value}\" is not a valid value for {name}; the default is used")
        }
        (Notice::Repeated { name }, Lang::Zh) => format!("参数 {name} 出现多次，只采用第一个"),
        (Notice::Repeated { name }, Lang::En) => {
            format!("parameter {name} is given more than once; the first is used")
        }
        (Notice::NotHere, Lang::Zh) => "筛选条件只作用于产业、园区和县区视图，已忽略".into(),
        (Notice::NotHere, Lang::En) => "filters apply to the clusters, parks and counties views; ignored".into(),
        (Notice::EmbedOptionsAlone, Lang::Zh) => "嵌入选项需与 embed=1 一起使用，已忽略".into(),
        (Notice::EmbedOptionsAlone, Lang::En) => "embed options apply with embed=1 only; ignored".into(),
    }
}
