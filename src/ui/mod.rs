//! Yew components and the start-up of the page: the only place that touches
//! the DOM. Components render on the host too (Yew's `ServerRenderer`), so
//! web APIs are called only inside effects and callbacks.

mod app;
mod card;
mod chart;
mod detail;
pub mod download;
pub mod editions;
mod embed;
pub mod explore;
mod figures;
mod later;
mod modes;
pub mod nav;
pub mod parts;
mod plan;
mod scorecard;
mod search;
mod share;
pub mod task;

pub use app::{App, AppProps};
pub use card::{TargetCard, TargetCardProps};

use wasm_bindgen::JsCast;

#[cfg(target_arch = "wasm32")]
use task::{mark, next_task};

/// The addresses the build prerenders, each into its own container of
/// `index.html`: the scorecard in Chinese (the plain address) and in English
/// (`?lang=en`, the investors' link). `static/boot.js` picks the same
/// container before the first paint (any other query is another view: it
/// shows the loading line), so the two never disagree.
pub const PRERENDERED: [Prerendered; 2] =
    [Prerendered { query: "", root: "app" }, Prerendered { query: "?lang=en", root: "app-en" }];

/// One prerendered address and the id of the element that holds its markup.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Prerendered {
    pub query: &'static str,
    pub root: &'static str,
}

/// The prerendered view for `query` (`location.search`), if the build made
/// one. The reading modes (`text=large`, `contrast=high`) change how it
/// looks, not what it holds: the stylesheet applies them before the first
/// paint, and hydration updates the switches and links.
pub fn prerendered_for(query: &str) -> Option<Prerendered> {
    let query = crate::route::without_modes(query);
    PRERENDERED.into_iter().find(|p| p.query == query)
}

/// Installs the panic hook and starts the app: it hydrates the scorecard
/// prerendered for this address when there is one, else it renders the
/// view the address asks for in `#app`.
#[cfg(target_arch = "wasm32")]
pub fn start() {
    // The WebAssembly is fetched, compiled and running: the benchmark splits
    // the time to tz:ready here.
    mark("tz:start");
    // Through Yew, or its renderer replaces the hook with its own console-only one.
    yew::set_custom_panic_hook(Box::new(show_panic));
    let document = gloo::utils::document();
    let query = gloo::utils::window().location().search().unwrap_or_default();
    let wanted = prerendered_for(&query).map(|p| p.root).unwrap_or("app");
    // One container stays, as #app: the one prerendered for this address
    // (or #app when there is none); the other language's goes. boot.js's
    // class showed the right one until now; it goes in the same task, so no
    // frame shows neither.
    let mut root = None;
    for p in PRERENDERED {
        let Some(el) = document.get_element_by_id(p.root) else { continue };
        if p.root == wanted {
            el.set_id("app");
            let _ = el.remove_attribute("lang");
            root = Some(el);
        } else {
            el.remove();
        }
    }
    if let Some(html) = document.document_element() {
        let _ = html.class_list().remove_1("tz-en");
    }
    let root = root.unwrap_or_else(|| gloo::utils::body().into());
    // Instantiating the WebAssembly (this task), decoding the dataset and
    // hydrating the page are tasks of their own, and the page's parts are
    // hydrated a part per task (ui::later): in one, they would hold the main
    // thread longest, and a tap on the page would wait for all of them.
    next_task(move || {
        let _ = crate::state::Loaded::shared();
        next_task(move || {
            let renderer = yew::Renderer::<App>::with_root_and_props(
                root.clone(),
                AppProps { query: query.clone().into(), explore: None, modes: Some(modes::applied()) },
            );
            if prerendered_for(&query).is_some() && root.first_element_child().is_some() {
                later::hydrating(move || {
                    renderer.hydrate();
                });
            } else {
                // No prerendered view for this address (boot.js hid the scorecard).
                root.set_inner_html("");
                renderer.render();
            }
        });
    });
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

/// A first view as the build prerenders it: the app at `query` (one of
/// [`PRERENDERED`]), hydratable (the browser adopts these nodes).
#[cfg(not(target_arch = "wasm32"))]
pub async fn prerender(query: &str) -> String {
    // A String crosses to the renderer's thread; the props are made there.
    let query = query.to_string();
    yew::ServerRenderer::<App>::with_props(move || AppProps { query: query.into(), ..AppProps::default() })
        .hydratable(true)
        .render()
        .await
}

/// Puts the schema.org `Dataset` block of this edition into the page's head
/// (a data block: the strict policy does not run it).
pub fn insert_json_ld(page: &str) -> Result<String, String> {
    let at = page.find("</head>").ok_or("no </head> in the page")?;
    let block = format!("<script type=\"application/ld+json\" id=\"tz-dataset\">{}</script>\n", crate::bundle::JSON_LD);
    Ok(format!("{}{block}{}", &page[..at], &page[at..]))
}

/// Puts `app` inside the element `<div id="{root}" …>…<!--/{root}--></div>`
/// of `page`, replacing what the template holds there.
pub fn insert_prerendered(page: &str, root: &str, app: &str) -> Result<String, String> {
    let open = format!("<div id=\"{root}\"");
    let at = page.find(&open).ok_or_else(|| format!("no <div id=\"{root}\"> in the page"))?;
    let start = page[at..].find('>').ok_or_else(|| format!("<div id=\"{root}\" is not closed"))? + at + 1;
    let close = format!("<!--/{root}-->");
    let end = page[start..].find(&close).ok_or_else(|| format!("no {close} after <div id=\"{root}\">"))? + start;
    Ok(format!("{}{app}{}", &page[..start], &page[end..]))
}
