//! Yew components and the start-up of the page: the only place that touches
//! the DOM. Components render on the host too (Yew's `ServerRenderer`), so
//! web APIs are called only inside effects and callbacks.

mod app;
mod card;
mod chart;
#[cfg(feature = "desk")]
mod desk;
mod detail;
pub mod download;
mod embed;
pub mod explore;
mod figures;
mod nav;
mod parts;
mod plan;
mod scorecard;

pub use app::{App, AppProps};
pub use card::{TargetCard, TargetCardProps};

use wasm_bindgen::JsCast;

/// Whether `query` (`location.search`) is the address the build prerendered
/// (the scorecard in Chinese). `static/boot.js` decides the same before the
/// first paint, so the two never disagree: any query at all is another view.
pub fn is_prerendered_address(query: &str) -> bool {
    query.is_empty() || query == "?"
}

/// Installs the panic hook and starts the app in `#app`: it hydrates the
/// prerendered scorecard when the address is the one it was rendered for,
/// else it renders the view the address asks for in its place.
#[cfg(target_arch = "wasm32")]
pub fn start() {
    // The WebAssembly is fetched, compiled and running: the benchmark splits
    // the time to tz:ready here.
    mark("tz:start");
    // Through Yew, or its renderer replaces the hook with its own console-only one.
    yew::set_custom_panic_hook(Box::new(show_panic));
    let document = gloo::utils::document();
    let root = document.get_element_by_id("app").unwrap_or_else(|| gloo::utils::body().into());
    let query = gloo::utils::window().location().search().unwrap_or_default();
    let renderer = yew::Renderer::<App>::with_root_and_props(
        root.clone(),
        AppProps { query: query.clone().into(), explore: None },
    );
    if is_prerendered_address(&query) && root.first_element_child().is_some() {
        renderer.hydrate();
    } else {
        // The prerendered scorecard is not this address's view (boot.js hid it).
        root.set_inner_html("");
        renderer.render();
    }
}

/// A `performance.mark` for the benchmark (`tests/page/bench.mjs`).
pub(crate) fn mark(name: &str) {
    if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
        let _ = p.mark(name);
    }
}

/// A panic replaces nothing and hides nothing: what is on the page stays,
/// and an alert says what happened.
#[cfg(target_arch = "wasm32")]
fn show_panic(info: &std::panic::PanicHookInfo<'_>) {
    let msg = info
        .payload()
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| info.payload().downcast_ref::<String>().cloned())
        .unwrap_or_default();
    let location = info.location().map(|l| format!(" ({}:{})", l.file(), l.line())).unwrap_or_default();
    web_sys::console::error_1(&format!("panic: {msg}{location}").into());
    report_panic(&msg);
}

/// Puts a readable alert at the top of the page, in both languages, with
/// the way to the raw data. Used by the panic hook.
pub fn report_panic(msg: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    let Ok(div) = document.create_element("div") else { return };
    div.set_id("tz-panic");
    div.set_attribute("role", "alert").ok();
    div.set_class_name("panic");
    let zh = crate::i18n::t(crate::i18n::Lang::Zh, crate::i18n::Text::ErrorHeading);
    let en = crate::i18n::t(crate::i18n::Lang::En, crate::i18n::Text::ErrorHeading);
    let body_zh = crate::i18n::t(crate::i18n::Lang::Zh, crate::i18n::Text::ErrorBody);
    let body_en = crate::i18n::t(crate::i18n::Lang::En, crate::i18n::Text::ErrorBody);
    div.set_text_content(Some(&format!("{zh} / {en}: {msg}. {body_zh} {body_en}")));
    if let Some(body) = document.body() {
        let first = body.first_child();
        body.insert_before(&div, first.as_ref()).ok();
    }
    let _ = div.dyn_ref::<web_sys::HtmlElement>().map(|e| e.focus());
}

/// The first view as the build prerenders it: the app at the default
/// address, hydratable (the browser adopts these nodes).
#[cfg(not(target_arch = "wasm32"))]
pub async fn prerender() -> String {
    yew::ServerRenderer::<App>::with_props(AppProps::default).hydratable(true).render().await
}

/// Puts `app` inside `<div id="app">…</div>` of `page`, replacing what the
/// template holds there (the loading line for the time before the build).
pub fn insert_prerendered(page: &str, app: &str) -> Result<String, &'static str> {
    const OPEN: &str = "<div id=\"app\">";
    let start = page.find(OPEN).ok_or("no <div id=\"app\"> in the page")? + OPEN.len();
    let end = page[start..].find("<!--/app-->").ok_or("no <!--/app--> after <div id=\"app\">")? + start;
    Ok(format!("{}{app}{}", &page[..start], &page[end..]))
}
