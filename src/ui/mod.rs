//! Yew components and the start-up of the page: the only place that touches
//! the DOM. Components render on the host too (Yew's `ServerRenderer`), so
//! web APIs are called only inside effects and callbacks.

mod app;
mod card;
mod chart;
mod detail;
pub mod download;
mod lazy;
mod nav;
mod parts;

pub use app::{App, AppProps};
pub use card::{TargetCard, TargetCardProps};

use wasm_bindgen::JsCast;

/// Installs the panic hook and mounts the app into `#app` (or `<body>`).
pub fn start() {
    // The WebAssembly is fetched, compiled and running: the benchmark splits
    // the time to tz:ready here.
    mark("tz:start");
    // Through Yew, or its renderer replaces the hook with its own console-only one.
    yew::set_custom_panic_hook(Box::new(show_panic));
    let document = gloo::utils::document();
    let root = document.get_element_by_id("app").unwrap_or_else(|| gloo::utils::body().into());
    // The static fallback inside #app (shown before the wasm runs) is replaced.
    root.set_inner_html("");
    let query = gloo::utils::window().location().search().unwrap_or_default();
    yew::Renderer::<App>::with_root_and_props(root, AppProps { query: query.into() }).render();
}

/// A `performance.mark` for the benchmark (`tests/page/bench.mjs`).
pub(crate) fn mark(name: &str) {
    if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
        let _ = p.mark(name);
    }
}

/// A panic replaces nothing and hides nothing: what is on the page stays,
/// and an alert says what happened.
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
