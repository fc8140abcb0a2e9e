//! The plan's full text with every target's words marked and linked to its
//! chart; `?view=plan#<target id>` scrolls to a target's words (the page
//! does that once the markup is in place).

use super::dom::{el, link, El};
use crate::i18n::{t, tx, Text, X};
use crate::model::plan::{Block, MarkedBlock, PlanText};
use crate::model::Dataset;
use crate::route::{Filters, UrlState, View};

/// The plan text of this build, every target phrase of `data` marked.
pub fn plan_view(base: &UrlState, plan: &PlanText, data: &Dataset) -> El {
    let lang = base.lang;
    let pairs: Vec<(&str, &str)> = data.targets.iter().map(|t| (t.id.as_str(), t.phrase.as_str())).collect();
    let href = |view: View| UrlState { view, filters: Filters::default(), ..base.clone() }.href();
    el("article")
        .class("plan")
        .a("id", "plan")
        .child(el("p").class("back").child(link(href(View::Scorecard), t(lang, Text::BackToScorecard))))
        .child(el("p").class("muted").text(tx(lang, X::PlanViewIntro)))
        .child(
            el("div")
                .class("plan-text")
                .a("lang", "zh-CN")
                .kids(plan.marked(&pairs).iter().map(|b| block(b, &href)).collect()),
        )
}

fn block(b: &MarkedBlock, href: &dyn Fn(View) -> String) -> El {
    let mut out = match &b.block {
        Block::Heading { level: 1, .. } => el("h3"),
        Block::Heading { level: 2, .. } => el("h4"),
        Block::Heading { .. } => el("h5"),
        Block::Paragraph(_) => el("p"),
        Block::Rule => return el("hr"),
    };
    for p in &b.pieces {
        for id in &p.anchors {
            out = out.child(el("span").class("anchor").at("id", id));
        }
        out = match p.covered_by.first() {
            Some(first) => out.child(
                link(href(View::Indicator(first.clone())), "")
                    .class("phrase")
                    .child(el("mark").at("data-targets", p.covered_by.join(" ")).text(&p.text)),
            ),
            None => out.text(&p.text),
        };
    }
    out
}
