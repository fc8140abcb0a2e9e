//! The page: header, then the view the address asks for. The state lives in
//! one reducer (`crate::state`); the effects here are the only places that
//! touch the address bar, the history and the network.

use std::rc::Rc;

use gloo::events::EventListener;
use yew::prelude::*;

use super::detail::IndicatorDetail;
use super::editions::{ChangesView, CiteBody, PinnedBanner};
use super::embed::EmbedBuilder;
use super::explore::{ExploreCtx, ExploreView};
use super::modes::{self, ModeSwitches};
use super::nav::{scroll_to, scroll_to_hash, Link, Nav};
use super::parts::{notices as notices_view, Disclosure, NotArrived};
use super::plan::PlanView;
use super::scorecard::ScorecardView;
use super::search::{SearchBox, SearchView};
use super::share::{PrintStamp, ShareButton};
use crate::i18n::{self, ed, t, Ed, Lang, Text};
use crate::model::bundle::{DecodeError, ExploreBundle};
use crate::page::view as page;
use crate::route::{Modes, UrlState, View};
use crate::state::{Action, AppState, History, Loaded, Remote, Shared};

#[derive(Properties, PartialEq, Clone, Default)]
pub struct AppProps {
    /// The page's query string (`location.search`), read once at start.
    #[prop_or_default]
    pub query: AttrValue,
    /// The explore bundle when it is already at hand (host renders); the
    /// browser fetches it when a view first needs it.
    #[prop_or_default]
    pub explore: Option<Rc<ExploreBundle>>,
    /// The reading modes `static/boot.js` applied before the first paint
    /// (address, else stored choice, else system setting); none on the host.
    #[prop_or_default]
    pub modes: Option<Modes>,
}

#[component]
pub fn App(props: &AppProps) -> Html {
    let state = use_reducer({
        let (query, explore, applied) = (props.query.clone(), props.explore.clone(), props.modes);
        move || {
            let mut s = AppState::new(Loaded::shared(), &query);
            if let Some(m) = applied {
                s = s.with_modes(m);
            }
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
        move |(_, url): &(u32, UrlState)| write_after_paint(url.clone(), history)
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
    // What only this build's page does (the desk fetches the published
    // figures file once).
    page::use_page(&state);
    // Keep the document in step with the view; bring the new view's heading
    // or the linked anchor into sight. Keyed on the view, not the filters: a
    // filter change keeps the reader where they are.
    let first_sync = use_mut_ref(|| true);
    // A link says its own anchor; the address's may be the old view's (the
    // skip link's #main) when this runs before the address is written.
    let pushed = match &state.history {
        History::Push { hash } => Some(hash.clone()),
        _ => None,
    };
    // Whether the view's heading has focus and may be replaced: an explore
    // view or the plan text shows a loading heading until the bundle is here.
    let heading_focused = use_mut_ref(|| false);
    {
        let heading_focused = heading_focused.clone();
        use_effect_with((lang, state.url.view.clone()), move |(lang, view)| {
            *heading_focused.borrow_mut() = sync_document(*lang, view, first_sync.replace(false), pushed);
        });
    }
    use_effect_with((matches!(state.explore, Remote::Ready(_)), state.url.view.clone()), move |(ready, view)| {
        if *ready && heading_focused.replace(false) {
            // The loaded view's heading replaced the loading one: focus is
            // not left on the page's body.
            let lost = gloo::utils::document().active_element().is_none_or(|e| e.tag_name() == "BODY");
            if lost {
                focus_heading(view);
            }
        }
    });
    // The first view is on screen with its data: tell the benchmark, and
    // show the app if the render-blocking script hid the prerendered page.
    use_effect_with((), |_| {
        if let Some(root) = gloo::utils::document().document_element() {
            let _ = root.class_list().remove_1("tz-route");
        }
        // Once the parts hydrated later (ui::later) are: the whole page answers.
        super::later::first_pass_done(|| super::task::mark("tz:ready"));
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
    // Stable for the page's life, like `go`: the header's switches and search
    // field are not re-rendered (nor the search re-run) on every transition.
    let on_text = use_callback(state.dispatcher(), |(), d| d.dispatch(Action::ToggleLargeText));
    let on_contrast = use_callback(state.dispatcher(), |(), d| d.dispatch(Action::ToggleContrast));
    let on_want = use_callback(state.dispatcher(), |(), d| d.dispatch(Action::WantSearch));
    // The stylesheet reads the modes from <html>'s classes (boot.js set them
    // before the first paint).
    use_effect_with(state.url.modes, |&m: &Modes| modes::apply(m));
    // The menu of narrow screens: open until the reader goes somewhere.
    let menu_open = use_state_eq(|| false);
    {
        let menu_open = menu_open.clone();
        use_effect_with(state.url.view.clone(), move |_| menu_open.set(false));
    }
    let toggle_menu = {
        let menu_open = menu_open.clone();
        Callback::from(move |_: MouseEvent| menu_open.set(!*menu_open))
    };

    let body = match &state.data {
        Err(e) => error_view(lang, e),
        Ok(published) if state.url.view == View::Data => page::data_view(&state, published.clone()),
        Ok(_) => view_body(&state),
    };
    let banner = page::banner(&state);
    let url = &state.url;
    // The data on screen: its edition, for the stamp, the banner and citations.
    let shown = state.shown().ok().cloned();
    let edition = shown.as_ref().and_then(|l| l.data.edition().cloned());
    let stamp_text = shown.as_ref().and_then(|l| i18n::data_stamp(lang, l.data.edition(), l.latest_year));
    let pin_banner = state.pinned_edition().cloned().map(|e| {
        let latest = state.data.as_ref().ok().and_then(|l| l.data.edition()).map(|l| l.number) == Some(e.number);
        let href = UrlState { edition: None, ..url.clone() }.href();
        let on_latest = {
            let dispatch = state.dispatcher();
            Callback::from(move |()| dispatch.dispatch(Action::Unpin))
        };
        html! { <PinnedBanner {lang} edition={e} {latest} href={AttrValue::from(href)} {on_latest} /> }
    });
    // Citations name the edition shown: its address is pinned to it.
    let cited = UrlState { embed: None, edition: edition.as_ref().map(|e| e.number), ..url.clone() };
    let cite_figure = match (&url.view, &shown) {
        (View::Indicator(id), Some(l)) => l.card(id).and_then(|c| c.latest.clone()),
        _ => None,
    };
    let embed = url.embed.clone();
    let class = classes!(
        "tz",
        embed.as_ref().map(|e| format!("embed theme-{}", e.theme.code())),
        embed.as_ref().filter(|e| e.transparent).map(|_| "bg-transparent"),
    );
    let full = UrlState { embed: None, ..url.clone() }.href();
    let nav =
        Nav { lang, modes: url.modes, filters: url.filters.clone(), embed: embed.clone(), edition: url.edition, go };
    html! {
        <ContextProvider<Nav> context={nav}>
            <div {class} lang={lang.html_lang()}>
                // Every element in a landmark, one h1 per page (hidden when
                // the frame has no header).
                if let Some(e) = &embed {
                    if e.no_header {
                        <h1 class="visually-hidden">{ t(lang, Text::Title) }</h1>
                    } else {
                        <header class="embed-head"><h1><Link to={View::Scorecard}>{ t(lang, Text::Title) }</Link></h1></header>
                    }
                } else {
                <header class="masthead">
                    <a class="skip" href="#main">{ t(lang, Text::SkipToContent) }</a>
                    // On paper only, in the top right corner.
                    <PrintStamp {lang} url={url.clone()} />
                    <div class="masthead-text">
                        <h1><Link to={View::Scorecard}>{ t(lang, Text::Title) }</Link></h1>
                        <p class="plan-title" lang="zh-CN">{ t(Lang::Zh, Text::PlanTitle) }</p>
                        if lang == Lang::En { <p class="plan-title-en">{ t(Lang::En, Text::PlanTitle) }</p> }
                        <p class="subtitle">{ t(lang, Text::Subtitle) }</p>
                        if let Some(text) = &stamp_text {
                            <p class="edition-stamp" id="edition-stamp">{ text.clone() }
                                <span class="needs-js">{ " · " }<Link to={View::Changes}>{ ed(lang, Ed::ChangesLink) }</Link></span></p>
                        }
                    </div>
                    // On narrow screens the views and switches fold behind
                    // one button, so the title and the verdict come first.
                    <button type="button" class="menu-toggle" aria-controls="site-menu"
                        aria-expanded={if *menu_open { "true" } else { "false" }} onclick={toggle_menu}>
                        { t(lang, Text::Menu) }
                    </button>
                    <div id="site-menu" class={classes!("site-menu", menu_open.then_some("open"))}>
                        if let Ok(loaded) = state.shown() {
                            <SearchBox {lang} loaded={loaded.clone()} index={state.search.clone().map(Shared::from)} bundle={state.bundle().cloned().map(Shared::from)}
                                initial={match &url.view { View::Search(q) => AttrValue::from(q.clone()), _ => AttrValue::default() }}
                                {on_want} />
                        }
                        <div class="switches">
                            <ModeSwitches {lang} modes={url.modes} {on_text} {on_contrast} />
                            <button type="button" class="lang-switch" id="lang-switch" onclick={toggle} lang={lang.other().html_lang()}>
                                { t(lang, Text::SwitchLanguage) }
                            </button>
                        </div>
                        <nav class="views" aria-label={t(lang, Text::ViewsNav)}>
                            { for [View::Scorecard, View::Plan, View::Clusters, View::Parks, View::Counties].into_iter().map(|v| html! {
                                <Link to={v.clone()} class={classes!("view-link", (url.view == v).then_some("current"))}>{ i18n::view_name(lang, &v) }</Link>
                            }) }
                        </nav>
                    </div>
                </header>
                <aside class="tools" aria-label={ed(lang, Ed::ToolsLabel)}>
                    <ShareButton state={state.clone()} />
                    <Disclosure id="embed" class="embed-builder" summary={t(lang, Text::EmbedButton)}>
                        <EmbedBuilder {lang} address={full.clone()} title={view_title(&state)} edition={edition.as_ref().map(|e| e.number)} />
                    </Disclosure>
                    if let Some(e) = &edition {
                        <Disclosure id="cite" class="cite" summary={ed(lang, Ed::Cite)}>
                            <CiteBody {lang} url={cited.clone()} view_title={view_name_of(&state)} edition={e.clone()} figure={cite_figure.clone()} />
                        </Disclosure>
                    }
                </aside>
                }
                <main id="main" tabindex="-1">
                    { notices_view(lang, &state.notices) }
                    { pin_banner.unwrap_or_default() }
                    { banner }
                    { body }
                </main>
                if embed.is_none() {
                    <footer class="site-foot" aria-label={t(lang, Text::FooterLabel)}>
                        if let Some(text) = &stamp_text { <p class="foot-stamp">{ text.clone() }</p> }
                        <p>
                            <span class="needs-js"><Link to={View::Changes}>{ ed(lang, Ed::ChangesLink) }</Link>{ " · " }</span>
                            <a href={crate::bundle::DATA_ZIP} download="" id="data-zip">{ ed(lang, Ed::DataPackage) }</a>{ " · " }
                            <a href="data/datapackage.json">{ "datapackage.json" }</a>{ " · " }
                            { page::desk_link(lang) }
                        </p>
                    </footer>
                }
                if embed.is_some() {
                    <footer class="embed-foot">
                        <p>{ t(lang, Text::EmbedSource) }{ " " }
                            <a href={full} target="_blank" rel="noopener">{ t(lang, Text::OpenFull) }</a></p>
                        if let Some(text) = &stamp_text { <p class="edition-stamp small">{ text.clone() }</p> }
                        <ShareButton state={state.clone()} />
                    </footer>
                }
            </div>
        </ContextProvider<Nav>>
    }
}

/// The view the address asks for.
fn view_body(state: &UseReducerHandle<AppState>) -> Html {
    let Ok(loaded) = state.shown() else { return html! {} };
    let lang = state.url.lang;
    let loaded = loaded.clone();
    match &state.url.view {
        View::Scorecard => html! { <ScorecardView {lang} {loaded} /> },
        View::Changes => html! { <ChangesView {lang} loaded={Shared::from(loaded)} /> },
        View::Indicator(id) => match (loaded.card(id), loaded.spec(id)) {
            (Some(card), Some(spec)) => html! { <IndicatorDetail {lang} card={card.clone()} spec={spec.clone()} /> },
            _ => html! { <ScorecardView {lang} {loaded} /> },
        },
        view => {
            let heading = if *view == View::Plan { "plan-h" } else { "explore-h" };
            let title = i18n::view_name(lang, view);
            match &state.explore {
                Remote::Ready(bundle) => {
                    // Of the pinned edition, when the address pins one.
                    let bundle = state.bundle().unwrap_or(bundle);
                    if let (View::Search(query), Some(index)) = (view, &state.search) {
                        return html! { <SearchView {lang} query={query.clone()} {loaded} index={index.clone()} bundle={bundle.clone()} /> };
                    }
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
                    let dispatch = state.dispatcher();
                    let on_retry = Callback::from(move |_| dispatch.dispatch(Action::ExploreRetry));
                    html! {
                        <section {class} aria-labelledby={heading}>
                            <h2 id={heading} tabindex="-1">{ title }</h2>
                            <NotArrived {lang} {file} reason={e.to_string()} {on_retry} />
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
    format!("{} · {}", t(state.url.lang, Text::Title), view_name_of(state))
}

/// What is on screen, in a few words: the target, the place chosen, or the view.
fn view_name_of(state: &AppState) -> String {
    let lang = state.url.lang;
    let chosen = match (&state.url.view, state.shown(), state.bundle()) {
        (View::Indicator(id), Ok(l), _) => l.card(id).map(|c| i18n::target_name(lang, &c.target).to_string()),
        (view, _, Some(b)) if view.explores() => super::explore::chosen_name(lang, &state.url, &b.atlas),
        _ => None,
    };
    chosen.unwrap_or_else(|| i18n::view_name(lang, &state.url.view).into())
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

/// Writes the address once the browser has painted the transition.
/// `pushState` is synchronous and takes Chromium several milliseconds, which
/// the reader would otherwise wait for before seeing the new view (a filter
/// change). A callback of `requestAnimationFrame` runs before the next paint,
/// a task queued from it after; both keep their order, so the writes of
/// quick transitions happen in the order the transitions did. (In a hidden
/// tab frames wait, and so does the address, until the tab is shown.)
fn write_after_paint(url: UrlState, history: History) {
    let after = wasm_bindgen::closure::Closure::once_into_js(move || {
        super::task::next_task(move || write_address(&url, &history))
    });
    let _ = gloo::utils::window().request_animation_frame(wasm_bindgen::JsCast::unchecked_ref(&after));
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
/// Returns whether it focused the heading.
fn sync_document(lang: Lang, view: &View, first: bool, pushed: Option<Option<String>>) -> bool {
    let Some(window) = web_sys::window() else { return false };
    let Some(document) = window.document() else { return false };
    if let Some(root) = document.document_element() {
        let _ = root.set_attribute("lang", lang.html_lang());
    }
    document.set_title(t(lang, Text::Title));
    // On arrival the page starts at its top, header included.
    let anchored = match pushed {
        Some(hash) => hash.is_some_and(|h| scroll_to(&h)),
        None => scroll_to_hash(),
    };
    if anchored || first {
        return false;
    }
    let focused = focus_heading(view);
    if !focused {
        window.scroll_to_with_x_and_y(0.0, 0.0);
    }
    focused
}

/// Brings the view's heading into sight and focuses it (screen readers
/// announce it); false for the scorecard, which has none of its own.
fn focus_heading(view: &View) -> bool {
    let id = match view {
        View::Scorecard => return false,
        View::Indicator(_) => "detail-h",
        View::Plan => "plan-h",
        _ => "explore-h",
    };
    let heading = gloo::utils::document().get_element_by_id(id);
    match heading.and_then(|h| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(h).ok()) {
        Some(h) => {
            h.scroll_into_view();
            h.focus().is_ok()
        }
        None => false,
    }
}
