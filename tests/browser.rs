//! Components in a real browser (wasm-bindgen-test in headless Chromium):
//! the app mounts with the bundled data, lists every target, switches
//! language by click and marks `tz:ready`.
#![cfg(target_arch = "wasm32")]

use std::time::Duration;

use taizhou_plan::model::Dataset;
use taizhou_plan::ui::{App, AppProps};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// Waits until `cond` holds, failing with `what` after five seconds.
async fn wait_for(what: &str, cond: impl Fn() -> bool) {
    for _ in 0..500 {
        if cond() {
            return;
        }
        yew::platform::time::sleep(Duration::from_millis(10)).await;
    }
    panic!("timed out waiting for: {what}");
}

fn mount(query: &str) -> web_sys::Element {
    let document = gloo::utils::document();
    let root = document.create_element("div").expect("create root");
    gloo::utils::body().append_child(&root).expect("append root");
    yew::Renderer::<App>::with_root_and_props(root.clone(), AppProps { query: query.to_string().into() }).render();
    root
}

fn text(root: &web_sys::Element, selector: &str) -> String {
    root.query_selector(selector).ok().flatten().and_then(|e| e.text_content()).unwrap_or_default()
}

#[wasm_bindgen_test]
async fn the_scorecard_mounts_with_every_target() {
    let root = mount("");
    let targets = Dataset::bundled().expect("seeds").targets.len();
    wait_for("one card per target", || {
        root.query_selector_all("article.card").map(|l| l.length() as usize).unwrap_or(0) == targets
    })
    .await;
    assert!(text(&root, "h1").contains("目标与进展"));
    let perf = gloo::utils::window().performance().expect("performance");
    wait_for("the tz:ready mark", || perf.get_entries_by_name("tz:ready").length() > 0).await;
    root.remove();
}

#[wasm_bindgen_test]
async fn the_language_switch_turns_the_page_english_and_back() {
    let root = mount("");
    wait_for("the switch", || root.query_selector("#lang-switch").ok().flatten().is_some()).await;
    let button: web_sys::HtmlElement =
        root.query_selector("#lang-switch").ok().flatten().expect("switch").dyn_into().expect("a button");
    button.click();
    wait_for("an English heading", || text(&root, "h1").starts_with("Taizhou manufacturing plan")).await;
    assert!(text(&root, "#verdict-h").contains("Overall"));
    let html_lang = gloo::utils::document().document_element().and_then(|e| e.get_attribute("lang"));
    assert_eq!(html_lang.as_deref(), Some("en"));
    let search = gloo::utils::window().location().search().unwrap_or_default();
    assert!(search.contains("lang=en"), "address shows the language: {search}");
    button.click();
    wait_for("a Chinese heading again", || text(&root, "h1").contains("目标与进展")).await;
    root.remove();
}

#[wasm_bindgen_test]
async fn a_card_without_data_says_so_in_the_browser() {
    let root = mount("?lang=en");
    wait_for("the gazelle card", || root.query_selector("#t-gazelle_firms").ok().flatten().is_some()).await;
    assert!(text(&root, "#t-gazelle_firms").contains("No published figure found"));
    root.remove();
}

#[wasm_bindgen_test]
fn a_panic_report_is_a_readable_alert_in_both_languages() {
    taizhou_plan::ui::report_panic("test failure");
    let alert = gloo::utils::document().get_element_by_id("tz-panic").expect("the alert is on the page");
    assert_eq!(alert.get_attribute("role").as_deref(), Some("alert"));
    let text = alert.text_content().unwrap_or_default();
    assert!(text.contains("页面出错了 / Something went wrong: test failure"), "{text}");
    assert!(text.contains("data/targets.csv"), "{text}");
    alert.remove();
}

#[wasm_bindgen_test]
async fn the_indicator_chart_draws_its_series_on_the_canvas() {
    let root = mount("?indicator=market_leading_products");
    let canvas = || -> Option<web_sys::HtmlCanvasElement> {
        root.query_selector(".chart-full canvas").ok().flatten().and_then(|c| c.dyn_into().ok())
    };
    wait_for("a drawn canvas", || canvas().is_some_and(|c| c.width() > 0)).await;
    let c = canvas().expect("canvas");
    let ctx: web_sys::CanvasRenderingContext2d =
        c.get_context("2d").ok().flatten().expect("2d context").dyn_into().expect("a 2d context");
    let data = ctx.get_image_data(0.0, 0.0, f64::from(c.width()), f64::from(c.height())).expect("pixels").data();
    let series = data.chunks(4).filter(|p| p[0] == 31 && p[1] == 95 && p[2] == 168).count();
    assert!(series > 50, "series-coloured pixels: {series}");
    assert!(
        c.get_attribute("aria-label").unwrap_or_default().contains("307"),
        "the text alternative names the latest figure"
    );
    root.remove();
}
