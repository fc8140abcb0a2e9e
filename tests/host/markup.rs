//! Markup of the page and of a target card, rendered on the host.

use std::rc::Rc;

use taizhou_plan::i18n::Lang;
use taizhou_plan::model::scorecard::{Card, Scorecard};
use taizhou_plan::ui::{App, AppProps, TargetCard, TargetCardProps};
use yew::ServerRenderer;

async fn card_html(id: &'static str, lang: Lang) -> String {
    ServerRenderer::<TargetCard>::with_props(move || {
        let d = taizhou_plan::bundle::dataset().expect("seeds");
        let card = Card::build(&d, d.target(id).expect("target"));
        TargetCardProps { lang, card: Rc::new(card).into(), spark: None }
    })
    .hydratable(false)
    .render()
    .await
}

async fn app_html(query: &'static str) -> String {
    ServerRenderer::<App>::with_props(move || AppProps { query: query.into(), explore: None, modes: None })
        .hydratable(false)
        .render()
        .await
}

#[tokio::test]
async fn a_card_shows_target_latest_figure_source_and_the_plan_sentence() {
    let html = card_html("market_leading_products", Lang::Zh).await;
    assert!(html.contains("国内外细分市场占有率第一的产品"), "{html}");
    assert!(html.contains("≥ 300 个"), "{html}");
    assert!(html.contains("307 个（2024年）"), "{html}");
    assert!(html.contains("156 个（2019年）"), "baseline: {html}");
    assert!(html.contains("提前实现（2024年）"), "{html}");
    assert!(html.contains(r#"href="http://kr.people.com.cn/n3/2024/1125/c203281-20246455.html""#), "{html}");
    assert!(html.contains("<mark>国内外细分市场占有率第一的产品达到 300 个以上</mark>"), "{html}");
    assert!(html.contains(r#"data-status="achieved""#));
}

#[tokio::test]
async fn a_card_without_figures_says_so() {
    let html = card_html("gazelle_firms", Lang::En).await;
    assert!(html.contains("No published figure found"), "{html}");
    assert!(html.contains(r#"data-status="no_data""#));
    assert!(!html.contains("class=\"bar\""), "no progress bar without a figure");
}

#[tokio::test]
async fn english_cards_convert_units_and_keep_the_original() {
    let html = card_html("industrial_output_above_scale", Lang::En).await;
    assert!(html.contains("strive for 1 trillion yuan (1 万亿元)"), "{html}");
    assert!(html.contains("518.83 billion yuan (5188.3 亿元) (2020)"), "{html}");
    assert!(html.contains("Unclear (one figure, 2020)"), "{html}");
}

#[tokio::test]
async fn a_milestone_card_names_its_date() {
    let html = card_html("national_hitech_zone", Lang::Zh).await;
    assert!(html.contains("创建国家高新区"), "{html}");
    assert!(html.contains("未完成（2024年）"), "{html}");
    assert!(html.contains("滞后（截至2024年）"), "{html}");
}

#[tokio::test]
async fn the_page_lists_every_target_in_chinese_by_default() {
    let html = app_html("").await;
    let d = taizhou_plan::bundle::dataset().expect("seeds");
    for t in &d.targets {
        assert!(html.contains(&format!(r#"id="t-{}""#, t.id)), "missing card {}", t.id);
    }
    assert!(html.contains("台州制造业高质量发展行动计划：目标与进展"));
    assert!(html.contains("状态如何计算"));
    assert!(html.contains(r#"href="data/targets.csv""#) && html.contains(r#"href="data/figures.csv""#));
    let sc = Scorecard::build(&d);
    assert!(html.contains(&format!("<strong>{}</strong> 项目标", sc.verdict.total())), "verdict total");
}

#[tokio::test]
async fn lang_en_in_the_query_gives_english() {
    let html = app_html("?lang=en").await;
    assert!(html.contains("Taizhou manufacturing plan 2020–2025: targets and progress"));
    assert!(html.contains("How status is computed"));
    assert!(html.contains(r#"lang="en""#));
    assert!(!html.contains("url-notice"));
}

#[tokio::test]
async fn a_bad_parameter_shows_a_notice_and_the_default_view() {
    let html = app_html("?lang=xx&zoom=3").await;
    assert!(html.contains(r#"id="url-notice""#), "{html}");
    assert!(html.contains("参数 lang 的值“xx”无效"), "{html}");
    assert!(html.contains("不认识的参数“zoom”"), "{html}");
    assert!(html.contains("台州制造业高质量发展行动计划：目标与进展"));
}

#[tokio::test]
async fn embed_mode_drops_the_navigation_and_links_back_to_the_full_view() {
    let full = app_html("?lang=en").await;
    assert!(
        full.contains("class=\"masthead\"") && full.contains("id=\"embed\""),
        "the full page has the snippet builder"
    );
    let html = app_html("?embed=1&lang=en&theme=dark&tzid=x1").await;
    assert!(!html.contains("class=\"masthead\"") && !html.contains("id=\"embed\""), "{html}");
    assert!(html.contains("embed theme-dark"), "{html}");
    assert!(html.contains(r#"href="?lang=en" target="_blank""#), "open full view, without embed: {html}");
    // Links inside keep embed mode.
    assert!(html.contains(r#"&amp;lang=en&amp;embed=1&amp;theme=dark&amp;tzid=x1""#), "{html}");
    let bare = app_html("?embed=1&header=0").await;
    assert!(!bare.contains("embed-head"));
}

#[tokio::test]
async fn the_prerendered_page_holds_every_target_of_targets_csv_in_both_languages_and_hydrates() {
    use taizhou_plan::model::ingest::seeds::{read, TargetRow};
    use taizhou_plan::ui::{insert_prerendered, prerender, prerendered_for, PRERENDERED};
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/seeds/targets.csv")).expect("seeds");
    let rows = read::<TargetRow>("targets.csv", &text, &["id"], &mut vec![]).expect("targets.csv reads");
    let ids: Vec<&str> = rows.iter().map(|r| r.id.as_str()).collect();
    assert!(ids.len() >= 40, "{} targets", ids.len());
    let zh = prerender("").await;
    let en = prerender("?lang=en").await;
    for (app, heading) in [(&zh, "<h2 id=\"verdict-h\">总体情况</h2>"), (&en, "<h2 id=\"verdict-h\">Overall</h2>")]
    {
        for id in &ids {
            assert!(app.contains(&format!(r#"id="t-{id}""#)), "card {id} is prerendered");
        }
        assert!(app.contains(heading), "the verdict's heading in its language: {heading}");
        // Hydratable: the component markers the browser adopts the nodes by.
        assert!(app.contains("<!--<[taizhou_plan::ui::app::App]>-->"));
    }
    let page = "<html><body><div id=\"app\"><!--/app--></div><div id=\"app-en\" lang=\"en\"><!--/app-en--></div></body></html>";
    let mut html = page.to_string();
    for (p, app) in PRERENDERED.iter().zip([&zh, &en]) {
        html = insert_prerendered(&html, p.root, app).expect("the template has its markers");
    }
    assert!(html.starts_with("<html><body><div id=\"app\"><!--<["));
    assert!(html.contains("<!--/app--></div><div id=\"app-en\" lang=\"en\"><!--<["));
    assert!(html.ends_with("<!--/app-en--></div></body></html>"));
    assert!(insert_prerendered("<div>", "app", &zh).is_err(), "a template without #app is refused");
    // The addresses boot.js shows a prerendered view for, and no other.
    assert_eq!(prerendered_for("?").map(|p| p.root), Some("app"));
    assert_eq!(prerendered_for("?lang=en").map(|p| p.root), Some("app-en"));
    for other in ["?lang=zh", "?view=parks", "?lang=en&embed=1", "?indicator=x"] {
        assert_eq!(prerendered_for(other), None, "{other}");
    }
}

#[test]
fn the_explore_bundle_round_trips_through_postcard() {
    use taizhou_plan::model::bundle::{decode_explore, encode_explore};
    let bundle = taizhou_plan::bundle::explore_on_host().expect("the build's bundle decodes");
    assert_eq!(bundle.atlas.counties.len(), 9);
    assert!(bundle.atlas.map.counties.len() == 9 && !bundle.plan.blocks.is_empty());
    assert_eq!(decode_explore(&encode_explore(&bundle)).expect("round trip"), bundle);
    assert!(decode_explore(b"not a bundle").is_err(), "damaged bytes are an error, not a panic");
}

/// The footer leads to the data desk, and `?view=data` opens it: on the
/// desk's own page (the `desk` feature) a view of it, on the visitors' page
/// the desk's page, in the reader's language.
#[tokio::test]
async fn the_footer_links_the_data_desk_and_its_address_opens_it() {
    let page = app_html("").await;
    let foot = &page[page.find(r#"class="site-foot""#).expect("a footer")..];
    let desk = app_html("?view=data&lang=en").await;
    if taizhou_plan::page::IS_DESK {
        assert!(foot.contains(r#"<a href="?view=data">数据维护"#), "footer: {foot}");
        assert!(desk.contains(r#"<h2 id="explore-h" tabindex="-1">Update the data</h2>"#), "no desk heading");
        assert!(desk.contains("Reading the published figures"), "no loading line");
        // The desk is not one of the main views.
        assert!(!desk.contains(r#"class="view-link current""#), "a main view is marked current");
    } else {
        assert!(foot.contains(r#"<a href="desk.html?view=data">数据维护"#), "footer: {foot}");
        assert!(desk.contains(r#"<a href="desk.html?view=data&amp;lang=en">"#), "no way to the desk");
    }
    // Embedded, there is no footer to reach it from.
    assert!(!app_html("?embed=1").await.contains("site-foot"));
}

#[tokio::test]
async fn the_mode_switches_say_their_state_and_links_keep_the_modes() {
    let plain = app_html("?view=plan").await;
    assert!(plain.contains(r#"id="text-switch" aria-pressed="false" class="mode-switch""#), "large-text switch, off");
    assert!(plain.contains(r#"id="contrast-switch" aria-pressed="false" class="mode-switch""#), "contrast switch, off");
    let on = app_html("?view=plan&text=large&contrast=high&lang=en").await;
    assert!(on.contains(r#"id="text-switch" aria-pressed="true" class="mode-switch">Large text"#));
    assert!(on.contains(r#"id="contrast-switch" aria-pressed="true" class="mode-switch">High contrast"#));
    assert!(on.contains(r#"href="?view=parks&amp;lang=en&amp;text=large&amp;contrast=high""#), "links keep the modes");
    // The menu button of narrow screens names what it controls.
    assert!(on.contains(r#"aria-controls="site-menu" aria-expanded="false""#));
    // Every element in a landmark: the skip link in the banner, the embed builder aside.
    assert!(plain.contains(r##"<header class="masthead"><a href="#main" class="skip">"##));
    assert!(plain.contains(r#"<aside aria-label="分享、嵌入与引用" class="tools">"#));
    // Embed mode has its h1, hidden when the frame has no header.
    assert!(app_html("?embed=1").await.contains(r#"<header class="embed-head"><h1>"#));
    assert!(app_html("?embed=1&header=0").await.contains(r#"<h1 class="visually-hidden">"#));
}

/// Every view carries the data's edition; `?edition=1` shows the first
/// edition's data under its banner, links keep the pin, and an edition the
/// data does not have falls back to the latest with the usual notice.
#[tokio::test]
async fn the_stamp_the_pinned_banner_and_an_unknown_edition() {
    let latest = app_html("").await;
    assert!(
        latest.contains("数据第 2 版 · 更新于 2026-11-27 · 最新数据年份 2025 · 预计下次更新：2027年3月"),
        "{latest}"
    );
    assert!(!latest.contains("id=\"pin-banner\""));
    let en = app_html("?lang=en&embed=1").await;
    assert!(en.contains("Data edition 2 · updated 2026-11-27"), "the embed carries the stamp: {en}");
    let first = app_html("?indicator=market_leading_products&edition=1").await;
    assert!(first.contains("您正在查看第 1 版（2026-11-26）的数据"), "{first}");
    assert!(first.contains("数据第 1 版 · 更新于 2026-11-26"), "{first}");
    assert!(first.contains("href=\"?indicator=market_leading_products\" id=\"see-latest\""), "查看最新 drops the pin");
    assert!(first.contains("href=\"?view=plan&amp;edition=1\""), "links keep the pin");
    let at_latest = app_html("?edition=2").await;
    assert!(at_latest.contains("这是目前最新的一版"), "{at_latest}");
    let unknown = app_html("?edition=9").await;
    assert!(unknown.contains("参数 edition 的值“9”无效"), "{unknown}");
    assert!(unknown.contains("数据第 2 版") && !unknown.contains("id=\"pin-banner\""), "{unknown}");
}

#[tokio::test]
async fn the_changelog_lists_each_edition_with_what_it_changed() {
    let html = app_html("?view=changes").await;
    let second = html.find("id=\"edition-2\"").expect("edition 2");
    let first = html.find("id=\"edition-1\"").expect("edition 1");
    assert!(second < first, "newest first");
    let pass4 = &html[second..first];
    assert!(pass4.contains("新增（4）"), "{pass4}");
    assert!(pass4.contains("5786.19 亿元（2021年）（China Daily"), "{pass4}");
    assert!(pass4.contains("完成情况变化（0）") && pass4.contains("这一版没有改变任何目标的完成情况"), "{pass4}");
    assert!(html[first..].contains("新增（89）"), "the first release");
}

#[tokio::test]
async fn a_target_page_shows_its_status_history_and_a_card_its_trail() {
    let d = taizhou_plan::bundle::dataset().expect("seeds");
    // Every target's history ends at its status today.
    for t in &d.targets {
        let steps = d.status_history(t);
        assert_eq!(steps.last().map_or("no_data", |s| s.after.code()), d.status(t).code(), "{}", t.id);
    }
    let card = card_html("market_leading_products", Lang::Zh).await;
    assert!(card.contains("无数据 → 提前实现（2023-04-07）"), "the card's trail: {card}");
    let html = app_html("?indicator=market_leading_products").await;
    let history = &html[html.find("id=\"history\"").expect("the history section")..];
    assert!(history.contains("完成情况的变化"), "{history}");
    let none = app_html("?indicator=gazelle_firms").await;
    assert!(none.contains("尚无公开数据，完成情况没有变化记录"), "{none}");
}
