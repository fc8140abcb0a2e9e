//! The page: header, then the view the address asks for. The state lives in
//! one reducer (`crate::state`); the effects here are the only places that
//! touch the address bar, the history and the network.

use std::rc::Rc;

use gloo::events::EventListener;
use yew::prelude::*;

use super::detail::IndicatorDetail;
use super::embed::EmbedBuilder;
use super::explore::{ExploreCtx, ExploreView};
use super::nav::{scroll_to_hash, Link, Nav};
use super::parts::{notices as notices_view, Disclosure};
use super::plan::PlanView;
use super::scorecard::ScorecardView;
use crate::i18n::{self, t, Lang, Text};
use crate::model::bundle::{DecodeError, ExploreBundle};
use crate::route::{UrlState, View};
use crate::state::{Action, AppState, History, Loaded, Remote};

#[derive(Properties, PartialEq, Clone, Default)]
pub struct AppProps {
    /// The page's query string (`location.search`), read once at start.
    #[prop_or_default]
    pub query: AttrValue,
    /// The explore bundle when it is already at hand (host renders); the
    /// browser fetches it when a view first needs it.
    #[prop_or_default]
    pub explore: Option<Rc<ExploreBundle>>,
}

#[component]
pub fn App(props: &AppProps) -> Html {
    let state = use_reducer({
        let (query, explore) = (props.query.clone(), props.explore.clone());
        move || {
            let s = AppState::new(Loaded::bundled().map(Rc::new), &query);
            match explore {
                Some(b) => s.with_explore(b),
                None => s,
            }
        }
    });
    let lang = state.url.lang;

    // Back and forward: the address is the state.
    {
        let dispatch = state.dispatcher();
        use_effect_with((), move |_| {
            let listener = EventListener::new(&gloo::utils::window(), "popstate", move |_| {
                dispatch.dispatch(Action::Arrive(gloo::utils::window().location().search().unwrap_or_default()));
            });
            move || drop(listener)
        });
    }
    // The one place the address is written.
    use_effect_with((state.serial, state.url.clone()), {
        let history = state.history.clone();
        move |(_, url): &(u32, UrlState)| write_address(url, &history)
    });
    // The explore bundle, fetched once, when a view first needs it.
    use_effect_with((state.needs_explore(), state.explore == Remote::Idle), {
        let dispatch = state.dispatcher();
        move |&(needed, idle): &(bool, bool)| {
            if needed && idle {
                dispatch.dispatch(Action::ExploreLoading);
                wasm_bindgen_futures::spawn_local(async move {
                    let result = crate::bundle::fetch_explore().await.map(Rc::new);
                    dispatch.dispatch(Action::ExploreLoaded(result));
                });
            }
        }
    });
    // The desk's page starts from the published figures file, fetched once.
    use_published_figures(&state);
    // Keep the document in step with the view; bring the new view's heading
    // or the linked anchor into sight. Keyed on the view, not the filters: a
    // filter change keeps the reader where they are.
    let first_sync = use_mut_ref(|| true);
    use_effect_with((lang, state.url.view.clone()), move |(lang, view)| {
        sync_document(*lang, view, first_sync.replace(false))
    });
    // The first view is on screen with its data: tell the benchmark, and
    // show the app if the render-blocking script hid the prerendered page.
    use_effect_with((), |_| {
        super::mark("tz:ready");
        if let Some(root) = gloo::utils::document().document_element() {
            let _ = root.class_list().remove_1("tz-route");
        }
    });

    // The same callback for the page's life: links compare equal unless what they show changed.
    let go = {
        let dispatch = state.dispatcher();
        use_callback((), move |d, _| dispatch.dispatch(Action::Go(d)))
    };
    let toggle = {
        let dispatch = state.dispatcher();
        Callback::from(move |_: MouseEvent| dispatch.dispatch(Action::ToggleLang))
    };

    let body = match &state.data {
        Err(e) => error_view(lang, e),
        Ok(published) if state.url.view == View::Data => data_view(&state, published.clone()),
        Ok(_) => view_body(&state),
    };
    #[cfg(feature = "desk")]
    let banner = html! { <super::desk::PreviewBanner {lang} shown={state.previewing()} on_desk={state.url.view == View::Data} dispatch={state.dispatcher()} /> };
    #[cfg(not(feature = "desk"))]
    let banner = html! {};
    let url = &state.url;
    let embed = url.embed.clone();
    let class = classes!(
        "tz",
        embed.as_ref().map(|e| format!("embed theme-{}", e.theme.code())),
        embed.as_ref().filter(|e| e.transparent).map(|_| "bg-transparent"),
    );
    let full = UrlState { embed: None, ..url.clone() }.href();
    let nav = Nav { lang, filters: url.filters.clone(), embed: embed.clone(), go };
    html! {
        <ContextProvider<Nav> context={nav}>
            <div {class} lang={lang.html_lang()}>
                if let Some(e) = &embed {
                    if !e.no_header {
                        <header class="embed-head"><p><Link to={View::Scorecard}>{ t(lang, Text::Title) }</Link></p></header>
                    }
                } else {
                <a class="skip" href="#main">{ t(lang, Text::SkipToContent) }</a>
                <header class="masthead">
                    <div class="masthead-text">
                        <h1><Link to={View::Scorecard}>{ t(lang, Text::Title) }</Link></h1>
                        <p class="plan-title" lang="zh-CN">{ t(Lang::Zh, Text::PlanTitle) }</p>
                        if lang == Lang::En { <p class="plan-title-en">{ t(Lang::En, Text::PlanTitle) }</p> }
                        <p class="subtitle">{ t(lang, Text::Subtitle) }</p>
                    </div>
                    <nav class="views" aria-label={t(lang, Text::ViewsNav)}>
                        { for [View::Scorecard, View::Plan, View::Clusters, View::Parks, View::Counties].into_iter().map(|v| html! {
                            <Link to={v.clone()} class={classes!("view-link", (url.view == v).then_some("current"))}>{ i18n::view_name(lang, &v) }</Link>
                        }) }
                        <button type="button" class="lang-switch" id="lang-switch" onclick={toggle} lang={lang.other().html_lang()}>
                            { t(lang, Text::SwitchLanguage) }
                        </button>
                    </nav>
                </header>
                <div class="tools">
                    <Disclosure id="embed" class="embed-builder" summary={t(lang, Text::EmbedButton)}>
                        <EmbedBuilder {lang} address={full.clone()} title={view_title(&state)} />
                    </Disclosure>
                </div>
                }
                { notices_view(lang, &state.notices) }
                { banner }
                <main id="main" tabindex="-1">{ body }</main>
                if embed.is_none() {
                    <footer class="site-foot" aria-label={t(lang, Text::FooterLabel)}>
                        <p>{ desk_link(lang) }</p>
                    </footer>
                }
                if embed.is_some() {
                    <footer class="embed-foot">
                        <p>{ t(lang, Text::EmbedSource) }{ " " }
                            <a href={full} target="_blank" rel="noopener">{ t(lang, Text::OpenFull) }</a></p>
                    </footer>
                }
            </div>
        </ContextProvider<Nav>>
    }
}

#[cfg(feature = "desk")]
use super::desk::use_published_figures;

/// The visitors' page has no desk to fetch for.
#[cfg(not(feature = "desk"))]
#[hook]
fn use_published_figures(_state: &UseReducerHandle<AppState>) {}

/// `?view=data`: on the desk's own page, the desk; on the visitors' page,
/// the way there (the desk's code is not in the visitors' WebAssembly).
#[cfg(feature = "desk")]
fn data_view(state: &UseReducerHandle<AppState>, published: Rc<Loaded>) -> Html {
    html! { <super::desk::DeskView lang={state.url.lang} desk={state.desk.clone()} {published} dispatch={state.dispatcher()} /> }
}

#[cfg(not(feature = "desk"))]
fn data_view(state: &UseReducerHandle<AppState>, _: Rc<Loaded>) -> Html {
    html! { <DeskElsewhere lang={state.url.lang} /> }
}

/// The footer's way to the desk: a view of this page, or the other page.
#[cfg(feature = "desk")]
fn desk_link(lang: Lang) -> Html {
    html! { <Link to={View::Data}>{ t(lang, Text::DeskFooterLink) }</Link> }
}

#[cfg(not(feature = "desk"))]
fn desk_link(lang: Lang) -> Html {
    html! { <a href={desk_address(lang)}>{ t(lang, Text::DeskFooterLink) }</a> }
}

/// The desk's page at `?view=data`, in the reader's language, beside this page.
#[cfg(not(feature = "desk"))]
fn desk_address(lang: Lang) -> String {
    let url = UrlState { view: View::Data, lang, ..UrlState::default() };
    format!("{}{}", crate::bundle::DESK_PAGE, url.print())
}

#[derive(Properties, PartialEq)]
#[cfg(not(feature = "desk"))]
struct ElsewhereProps {
    lang: Lang,
}

/// The fixed address `?view=data` of the visitors' page opens the desk's.
#[cfg(not(feature = "desk"))]
#[component]
fn DeskElsewhere(props: &ElsewhereProps) -> Html {
    let address = desk_address(props.lang);
    use_effect_with(address.clone(), |address| {
        let _ = gloo::utils::window().location().replace(address);
    });
    html! {
        <section class="desk" aria-labelledby="explore-h">
            <h2 id="explore-h" tabindex="-1">{ t(props.lang, Text::DeskView) }</h2>
            <p role="status">{ t(props.lang, Text::DeskOwnPage) }{ " " }<a href={address}>{ t(props.lang, Text::DeskView) }</a></p>
        </section>
    }
}

/// The view the address asks for.
fn view_body(state: &AppState) -> Html {
    let Ok(loaded) = state.shown() else { return html! {} };
    let lang = state.url.lang;
    let loaded = loaded.clone();
    match &state.url.view {
        View::Scorecard => html! { <ScorecardView {lang} {loaded} /> },
        View::Indicator(id) => match (loaded.card(id), loaded.spec(id)) {
            (Some(card), Some(spec)) => html! { <IndicatorDetail {lang} card={card.clone()} spec={spec.clone()} /> },
            _ => html! { <ScorecardView {lang} {loaded} /> },
        },
        view => {
            let heading = if *view == View::Plan { "plan-h" } else { "explore-h" };
            let title = i18n::view_name(lang, view);
            match &state.explore {
                Remote::Ready(bundle) => {
                    let ctx = ExploreCtx::new(state.url.clone(), loaded, bundle.clone());
                    if *view == View::Plan {
                        html! { <PlanView {ctx} /> }
                    } else {
                        html! { <ExploreView {ctx} /> }
                    }
                }
                Remote::Failed(e) => {
                    // The raw data stays reachable.
                    let file = if *view == View::Plan { "data/plan.txt" } else { "data/figures.csv" };
                    let class = if *view == View::Plan { "plan-view" } else { "explore" };
                    html! {
                        <section {class} aria-labelledby={heading}>
                            <h2 id={heading} tabindex="-1">{ title }</h2>
                            <p class="error" role="alert">{ format!("{} ({e}) ", t(lang, Text::ModuleFailed)) }
                                <a href={file}>{ file }</a></p>
                        </section>
                    }
                }
                Remote::Idle | Remote::Loading => html! {
                    <section class="explore" aria-labelledby={heading} aria-busy="true">
                        <h2 id={heading} tabindex="-1">{ title }</h2>
                        <p class="muted" role="status">{ t(lang, Text::ModuleLoading) }</p>
                    </section>
                },
            }
        }
    }
}

/// The view's name for an embed frame's title.
fn view_title(state: &AppState) -> String {
    let lang = state.url.lang;
    let chosen = match (&state.url.view, state.shown(), state.bundle()) {
        (View::Indicator(id), Ok(l), _) => l.card(id).map(|c| i18n::target_name(lang, &c.target).to_string()),
        (view, _, Some(b)) if view.explores() => super::explore::chosen_name(lang, &state.url, &b.atlas),
        _ => None,
    };
    format!("{} · {}", t(lang, Text::Title), chosen.unwrap_or_else(|| i18n::view_name(lang, &state.url.view).into()))
}

/// Loading failed: say so plainly, list what failed, point to the raw data.
fn error_view(lang: Lang, e: &DecodeError) -> Html {
    html! {
        <section class="error" role="alert">
            <h2>{ t(lang, Text::ErrorHeading) }</h2>
            <p><code>{ e.to_string() }</code></p>
            <p>{ t(lang, Text::ErrorBody) }</p>
        </section>
    }
}

/// Writes the address for a transition, keeping the page's own path (any
/// sub-path): a new entry for a navigation, the same entry for a correction.
fn write_address(url: &UrlState, history: &History) {
    let window = gloo::utils::window();
    let Ok(h) = window.history() else { return };
    let Ok(path) = window.location().pathname() else { return };
    let query = url.print();
    let hash = match history {
        History::Keep => return,
        History::Push { hash } => hash.as_ref().map(|h| format!("#{h}")).unwrap_or_default(),
        History::Replace => window.location().hash().unwrap_or_default(),
    };
    let address = format!("{path}{query}{hash}");
    let current = format!(
        "{path}{}{}",
        window.location().search().unwrap_or_default(),
        window.location().hash().unwrap_or_default()
    );
    if address == current {
        return;
    }
    let _ = match history {
        History::Push { .. } => h.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&address)),
        _ => h.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&address)),
    };
}

/// Sets `<html lang>` and the title, and brings the view into sight: the
/// element the address's `#anchor` names, else, after a navigation, the new
/// view's heading (focused, for screen readers) or the top of the page.
fn sync_document(lang: Lang, view: &View, first: bool) {
    let Some(window) = web_sys::window() else { return };
    let Some(document) = window.document() else { return };
    if let Some(root) = document.document_element() {
        let _ = root.set_attribute("lang", lang.html_lang());
    }
    document.set_title(t(lang, Text::Title));
    // On arrival the page starts at its top, header included.
    if scroll_to_hash() || first {
        return;
    }
    let heading = match view {
        View::Scorecard => None,
        View::Indicator(_) => document.get_element_by_id("detail-h"),
        View::Plan => document.get_element_by_id("plan-h"),
        _ => document.get_element_by_id("explore-h"),
    };
    match heading.and_then(|h| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(h).ok()) {
        Some(h) => {
            h.scroll_into_view();
            let _ = h.focus();
        }
        None => window.scroll_to_with_x_and_y(0.0, 0.0),
    }
}
