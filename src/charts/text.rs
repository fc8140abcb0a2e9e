//! The text alternatives of a chart: its one-sentence summary (the chart's
//! accessible name) and the label beside its goal.

use super::ChartSpec;
use crate::i18n::{by_year, figure_with_year, status_label, status_sentence, target_name, target_wording, value, Lang};
use crate::model::scorecard::Card;
use crate::model::{Target, TargetKind};

/// The chart's text alternative: from what to what over which years,
/// against which target.
pub fn chart_summary(lang: Lang, card: &Card, spec: &ChartSpec) -> String {
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
