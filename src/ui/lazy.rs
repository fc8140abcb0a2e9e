//! The views rendered by the page's second module (the explore views and
//! the plan text; see `src/bin/explore.rs`): loads the module on first use,
//! puts the markup it renders for the current address in place, and follows
//! its links and filter controls with one listener each, so every state has
//! an address and back/forward restore it.
//!
//! The markup is replaced as a whole on a filter change; the element that
//! had focus (a map county, a select, a link) gets it back afterwards, found
//! by its id or its address, so keyboard use is not thrown to the top.

use std::cell::RefCell;

use js_sys::{Function, Promise, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use yew::prelude::*;

use super::nav::{scroll_to_hash, Nav};
use crate::i18n::{t, Lang, Text};
use crate::route::{Filters, Notice, UrlState, View};

thread_local! {
    /// The module's exports once loaded.
    static MODULE: RefCell<Option<JsValue>> = const { RefCell::new(None) };
}

/// The module's exports, loading it on first use.
async fn module() -> Result<JsValue, String> {
    if let Some(m) = MODULE.with(|m| m.borrow().clone()) {
        return Ok(m);
    }
    let m = load_module().await?;
    MODULE.with(|c| *c.borrow_mut() = Some(m.clone()));
    Ok(m)
}

/// Asks the second module for a chart's file (`png` or `csv`).
pub fn download(kind: &'static str, target: &str, lang: Lang) {
    let target = target.to_string();
    wasm_bindgen_futures::spawn_local(async move {
        let done = match module().await {
            Ok(m) => export(&m, "download").ok_or_else(|| "no download".to_string()).and_then(|f| {
                f.call3(&JsValue::NULL, &kind.into(), &target.into(), &lang.code().into()).map_err(js_err)
            }),
            Err(e) => Err(e),
        };
        if let Err(e) = done {
            web_sys::console::error_1(&e.into());
        }
    });
}

fn export(m: &JsValue, name: &str) -> Option<Function> {
    Reflect::get(m, &name.into()).ok()?.dyn_into().ok()
}

#[derive(Clone, PartialEq)]
enum Loading {
    Pending,
    Failed(String),
    Ready,
}

#[derive(Properties, Clone, PartialEq)]
pub struct LazyViewProps {
    pub lang: Lang,
    pub view: View,
    pub filters: Filters,
    /// Filters with ids the data does not have removed, and a notice for each.
    pub on_unknown: Callback<(Filters, Vec<Notice>)>,
}

fn js_err(e: JsValue) -> String {
    e.as_string()
        .or_else(|| Reflect::get(&e, &"message".into()).ok().and_then(|m| m.as_string()))
        .unwrap_or_else(|| "error".into())
}

/// Loads the module through `window.tzModule()` (in `static/boot.js`: the
/// loader is plain script, so this module does not carry it).
async fn load_module() -> Result<JsValue, String> {
    let load: Function =
        Reflect::get(&gloo::utils::window(), &"tzModule".into()).map_err(js_err)?.dyn_into().map_err(js_err)?;
    let promise: Promise = load.call0(&JsValue::NULL).map_err(js_err)?.dyn_into().map_err(js_err)?;
    JsFuture::from(promise).await.map_err(js_err)
}

/// Calls the module: `[title, html, query, notices…]`.
fn render(query: &str) -> Option<Vec<String>> {
    let f = MODULE.with(|m| m.borrow().as_ref().and_then(|m| export(m, "render")))?;
    let out = f.call1(&JsValue::NULL, &query.into()).ok()?;
    Some(js_sys::Array::from(&out).iter().filter_map(|v| v.as_string()).collect())
}

/// The focused element, as something that survives re-rendering: its id, or
/// its address.
fn focus_key() -> Option<String> {
    let active = gloo::utils::document().active_element()?;
    match (active.id(), active.get_attribute("href")) {
        (id, _) if !id.is_empty() => Some(format!("#{id}")),
        (_, Some(href)) => Some(format!("a[href=\"{}\"]", href.replace('"', "\\\""))),
        _ => None,
    }
}

/// Focus back on the element `key` names; when it is gone (a chip that
/// removed itself), on the view's heading, without scrolling.
fn restore_focus(key: &str) {
    let doc = gloo::utils::document();
    let found = if let Some(id) = key.strip_prefix('#') {
        doc.get_element_by_id(id)
    } else {
        doc.query_selector(&format!(".explore-body {key}")).ok().flatten()
    };
    let found = found.or_else(|| doc.get_element_by_id("explore-h"));
    if let Some(el) = found {
        let options = js_sys::Object::new();
        let _ = Reflect::set(&options, &"preventScroll".into(), &JsValue::TRUE);
        let _ = Reflect::get(&el, &"focus".into())
            .ok()
            .and_then(|f| f.dyn_into::<Function>().ok())
            .map(|f| f.call1(&el, &options));
    }
}

#[component]
pub fn LazyView(props: &LazyViewProps) -> Html {
    let lang = props.lang;
    let nav = use_context::<Nav>();
    let loading = use_state(|| if MODULE.with(|r| r.borrow().is_some()) { Loading::Ready } else { Loading::Pending });
    let refocus = use_mut_ref(|| None::<String>);
    {
        let loading = loading.clone();
        use_effect_with((), move |_| {
            if *loading == Loading::Pending {
                wasm_bindgen_futures::spawn_local(async move {
                    match module().await {
                        Ok(_) => loading.set(Loading::Ready),
                        Err(e) => loading.set(Loading::Failed(e)),
                    }
                });
            }
        });
    }
    let embed = nav.as_ref().and_then(|n| n.embed.clone());
    let state = UrlState { lang, view: props.view.clone(), filters: props.filters.clone(), embed };
    let query = state.print();
    let rendered = use_memo((query.clone(), *loading == Loading::Ready), |(q, _)| render(q));
    // Ids the data does not have: dropped, with a notice naming each.
    {
        let (rendered, on_unknown) = (rendered.clone(), props.on_unknown.clone());
        use_effect_with((query.clone(), rendered.is_some()), move |(q, _)| {
            if let Some(out) = rendered.as_ref() {
                if out.len() > 3 && out.get(2).is_some_and(|fixed| fixed != q) {
                    let is_known = |_: &str| true;
                    let fixed = UrlState::parse(&out[2], &is_known).0;
                    let notices = out[3..]
                        .iter()
                        .filter_map(|n| n.split_once('='))
                        .map(|(name, value)| Notice::Invalid { name: name.into(), value: value.into() })
                        .collect();
                    on_unknown.emit((fixed.filters, notices));
                }
            }
        });
    }
    // After each render: focus returns, and the benchmark's "filter change →
    // repainted" ends (tz:explore).
    {
        let refocus = refocus.clone();
        use_effect_with((query.clone(), rendered.is_some()), move |(_, ready)| {
            if let Some(key) = refocus.borrow_mut().take() {
                restore_focus(&key);
            }
            if *ready {
                // `?view=plan#<target id>`: the anchor exists only now.
                scroll_to_hash();
                super::mark("tz:explore");
            }
        });
    }

    let onclick = {
        let (nav, refocus) = (nav.clone(), refocus.clone());
        Callback::from(move |e: MouseEvent| {
            // New tabs and windows are the browser's.
            if e.button() != 0 || e.ctrl_key() || e.meta_key() || e.shift_key() || e.alt_key() {
                return;
            }
            let Some(target) = e.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()) else { return };
            let Some(a) = target.closest("a[href^='?']").ok().flatten() else { return };
            if let (Some(nav), Some(href)) = (&nav, a.get_attribute("href")) {
                e.prevent_default();
                *refocus.borrow_mut() = focus_key();
                nav.open.emit(href);
            }
        })
    };
    // A filter's options carry their address (written by the module): follow the chosen one.
    let onchange = {
        let (nav, refocus) = (nav.clone(), refocus.clone());
        Callback::from(move |e: Event| {
            let Some(s) = e.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()) else { return };
            let chosen = s.query_selector("option:checked").ok().flatten();
            let href = chosen.and_then(|o| o.get_attribute("data-href")).unwrap_or_default();
            if let (Some(nav), true) = (&nav, href.starts_with('?')) {
                *refocus.borrow_mut() = Some(format!("#{}", s.id()));
                nav.open.emit(href);
            }
        })
    };
    let (title, body) = match (&*loading, rendered.as_ref()) {
        (_, Some(out)) if out.len() >= 2 && !out[1].is_empty() => {
            (out[0].clone(), Html::from_html_unchecked(AttrValue::from(out[1].clone())))
        }
        (Loading::Failed(e), _) => {
            // The raw data stays reachable.
            let file = if props.view == View::Plan { "data/plan.txt" } else { "data/figures.csv" };
            (
                crate::i18n::view_name(lang, &props.view).to_string(),
                html! { <p class="error" role="alert">{ format!("{} ({e}) ", t(lang, Text::ModuleFailed)) }
                <a href={file}>{ file }</a></p> },
            )
        }
        (Loading::Ready, Some(out)) => (
            t(lang, Text::ModuleFailed).to_string(),
            html! { <p class="error" role="alert">{ format!("{} {}", t(lang, Text::ModuleFailed), out.last().cloned().unwrap_or_default()) }</p> },
        ),
        _ => (
            crate::i18n::view_name(lang, &props.view).to_string(),
            html! { <p class="muted" role="status">{ t(lang, Text::ModuleLoading) }</p> },
        ),
    };
    let explores = props.view.explores();
    let heading = if explores { "explore-h" } else { "plan-h" };
    html! {
        <section class={if explores { "explore" } else { "plan-view" }} aria-labelledby={heading} aria-busy={rendered.is_none().to_string()}>
            <h2 id={heading} tabindex="-1">{ title }</h2>
            if explores {
            // Copied by static/boot.js (no WebAssembly needed for it).
            <div class="copy">
                <button type="button" id="copy-link" data-copy-url="" data-ok={t(lang, Text::Copied)}
                    data-fail={t(lang, Text::CopyFailed)}>{ t(lang, Text::CopyLink) }</button>
                <span role="status" class="copy-status" key={query.clone()}></span>
            </div>
            }
            <div class="explore-body" {onclick} {onchange}>{ body }</div>
        </section>
    }
}

#[derive(Properties, Clone, PartialEq)]
pub struct LazyPartProps {
    pub lang: Lang,
    /// The module's name for the part (`method`, `figures`, `embed`).
    pub part: &'static str,
    /// What the part is about (`embed`: the address of the current view; a
    /// query, `?…`, is taken relative to the page).
    #[prop_or_default]
    pub arg: AttrValue,
    pub id: &'static str,
    pub class: &'static str,
    pub summary: &'static str,
}

/// A `<details>` whose content the module renders when it is open (text
/// that most visitors never open stays out of the first view). Another
/// language or another `arg` renders it again.
#[component]
pub fn LazyPart(props: &LazyPartProps) -> Html {
    let open = use_state_eq(|| false);
    let content = use_state_eq(|| None::<Result<String, String>>);
    {
        let (content, part) = (content.clone(), props.part);
        use_effect_with((*open, props.lang, props.arg.clone()), move |(open, lang, arg)| {
            content.set(None);
            if *open {
                let lang = *lang;
                let arg = match arg.strip_prefix('?') {
                    Some(q) => {
                        let l = gloo::utils::window().location();
                        format!("{}{}?{q}", l.origin().unwrap_or_default(), l.pathname().unwrap_or_default())
                    }
                    None => arg.to_string(),
                };
                wasm_bindgen_futures::spawn_local(async move {
                    let html = module().await.map(|m| {
                        let args = js_sys::Array::of3(&part.into(), &lang.code().into(), &arg.into());
                        export(&m, "part")
                            .and_then(|f| f.apply(&JsValue::NULL, &args).ok())
                            .and_then(|v| v.as_string())
                            .unwrap_or_default()
                    });
                    content.set(Some(html));
                });
            }
        });
    }
    let ontoggle = {
        let open = open.clone();
        Callback::from(move |e: Event| {
            open.set(
                e.target().and_then(|t| t.dyn_into::<web_sys::HtmlDetailsElement>().ok()).is_some_and(|d| d.open()),
            )
        })
    };
    html! {
        <details class={props.class} id={props.id} {ontoggle}>
            <summary>{ props.summary }</summary>
            { match &*content {
                Some(Ok(h)) => Html::from_html_unchecked(AttrValue::from(h.clone())),
                Some(Err(e)) => html! { <p class="error" role="alert">{ format!("{} ({e})", t(props.lang, Text::ModuleFailed)) }</p> },
                None => html! { <p class="muted" role="status">{ t(props.lang, Text::ModuleLoading) }</p> },
            } }
        </details>
    }
}
