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

/// A mounted app; dropping it destroys the app and removes its root, so
/// tests do not share live components.
struct Mounted {
    root: web_sys::Element,
    app: Option<yew::AppHandle<App>>,
}

impl Drop for Mounted {
    fn drop(&mut self) {
        if let Some(app) = self.app.take() {
            app.destroy();
        }
        self.root.remove();
    }
}

impl std::ops::Deref for Mounted {
    type Target = web_sys::Element;
    fn deref(&self) -> &web_sys::Element {
        &self.root
    }
}

fn mount(query: &str) -> Mounted {
    let document = gloo::utils::document();
    let root = document.create_element("div").expect("create root");
    gloo::utils::body().append_child(&root).expect("append root");
    let app = yew::Renderer::<App>::with_root_and_props(
        root.clone(),
        AppProps { query: query.to_string().into(), explore: None, modes: None },
    )
    .render();
    Mounted { root, app: Some(app) }
}

fn text(root: &web_sys::Element, selector: &str) -> String {
    root.query_selector(selector).ok().flatten().and_then(|e| e.text_content()).unwrap_or_default()
}

#[wasm_bindgen_test]
async fn the_scorecard_mounts_with_every_target() {
    let root = mount("");
    let targets = taizhou_plan::bundle::dataset().expect("seeds").targets.len();
    wait_for("one card per target", || {
        root.query_selector_all("article.card").map(|l| l.length() as usize).unwrap_or(0) == targets
    })
    .await;
    assert!(text(&root, "h1").contains("目标与进展"));
    let perf = gloo::utils::window().performance().expect("performance");
    wait_for("the tz:ready mark", || perf.get_entries_by_name("tz:ready").length() > 0).await;
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
    // The document follows in an effect after the render.
    let html_lang = || gloo::utils::document().document_element().and_then(|e| e.get_attribute("lang"));
    wait_for("<html lang=en>", || html_lang().as_deref() == Some("en")).await;
    // The address is written after the transition's paint.
    let search = || gloo::utils::window().location().search().unwrap_or_default();
    wait_for("the address shows the language", || search().contains("lang=en")).await;
    button.click();
    wait_for("a Chinese heading again", || text(&root, "h1").contains("目标与进展")).await;
}

#[wasm_bindgen_test]
async fn a_card_without_data_says_so_in_the_browser() {
    let root = mount("?lang=en");
    wait_for("the gazelle card", || root.query_selector("#t-gazelle_firms").ok().flatten().is_some()).await;
    assert!(text(&root, "#t-gazelle_firms").contains("No published figure found"));
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
    let series = || -> usize {
        let Some(c) = canvas().filter(|c| c.width() > 0) else { return 0 };
        let Some(ctx) =
            c.get_context("2d").ok().flatten().and_then(|x| x.dyn_into::<web_sys::CanvasRenderingContext2d>().ok())
        else {
            return 0;
        };
        let Ok(img) = ctx.get_image_data(0.0, 0.0, f64::from(c.width()), f64::from(c.height())) else { return 0 };
        img.data().chunks(4).filter(|p| p[0] == 31 && p[1] == 95 && p[2] == 168).count()
    };
    wait_for("more than 50 series-coloured pixels on the canvas", || series() > 50).await;
    let c = canvas().expect("canvas");
    assert!(
        c.get_attribute("aria-label").unwrap_or_default().contains("307"),
        "the text alternative names the latest figure"
    );
}

/// The still chart the build writes (charts::still, SVG) and the page's
/// canvas are one drawing: for every target, in both languages and at every
/// still size, the same function puts every mark and label at the same
/// place on a `CanvasBackend` as on plotters' SVG backend.
#[wasm_bindgen_test]
fn every_target_draws_the_same_on_the_canvas_and_as_its_still_svg() {
    use plotters::prelude::*;
    use plotters_canvas::CanvasBackend;
    use taizhou_plan::charts::draw;
    use taizhou_plan::charts::still::{still_style, STILL_SIZES};
    use taizhou_plan::i18n::Lang;

    let loaded = taizhou_plan::state::Loaded::bundled().expect("bundled data");
    let canvas: web_sys::HtmlCanvasElement =
        gloo::utils::document().create_element("canvas").expect("canvas").dyn_into().expect("a canvas");
    let mut compared = 0;
    for card in loaded.scorecard.cards() {
        let spec = loaded.spec(&card.target.id).expect("a spec per target");
        for lang in [Lang::Zh, Lang::En] {
            let style = still_style(lang, &card.target);
            for (w, h) in STILL_SIZES {
                canvas.set_width(w);
                canvas.set_height(h);
                let root = CanvasBackend::with_canvas_object(canvas.clone()).expect("backend").into_drawing_area();
                let on_canvas = draw(&root, spec, &style).expect("draws on the canvas");
                let mut svg = String::new();
                let as_svg = {
                    let root = SVGBackend::with_string(&mut svg, (w, h)).into_drawing_area();
                    draw(&root, spec, &style).expect("draws as SVG")
                };
                let at = format!("{} {lang:?} {w}", card.target.id);
                assert_eq!(on_canvas.points, as_svg.points, "marks of {at}");
                assert_eq!(on_canvas.labels, as_svg.labels, "labels of {at}");
                assert_eq!(
                    on_canvas.coord.translate(&(2025.0, 0.0)),
                    as_svg.coord.translate(&(2025.0, 0.0)),
                    "axes of {at}"
                );
                compared += 1;
            }
        }
    }
    assert_eq!(compared, loaded.scorecard.cards().count() * 2 * STILL_SIZES.len());
}
