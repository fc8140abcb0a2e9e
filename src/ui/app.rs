//! The page: header, then the view the address asks for (the scorecard, one
//! indicator, or the plan text). Navigation pushes the address, so back and
//! forward and reload restore the view.

use std::rc::Rc;

use gloo::events::EventListener;
use yew::prelude::*;

use super::card::TargetCard;
use super::detail::IndicatorDetail;
use super::lazy::{LazyPart, LazyView};
use super::nav::{scroll_to_hash, Destination, Link, Nav};
use super::parts::{downloads, method_note, notices as notices_view, verdict_bar};
use crate::charts::ChartSpec;
use crate::i18n::{self, t, Lang, Text};
use crate::model::codec::DecodeError;
use crate::model::scorecard::{GroupKey, Scorecard};
use crate::model::Dataset;
use crate::route::{Notice, UrlState, View};

#[derive(Properties, PartialEq, Clone, Default)]
pub struct AppProps {
    /// The page's query string (`location.search`), read once at start.
    #[prop_or_default]
    pub query: AttrValue,
}

/// What the page shows, built once from the bundled data.
pub struct Loaded {
    scorecard: Scorecard,
    /// Figures published, groups of sources in conflict, figures in them.
    figure_counts: (usize, usize, usize),
    /// One chart spec per target, in `Dataset::targets` order.
    specs: Vec<(String, Rc<ChartSpec>)>,
}

impl Loaded {
    fn build(d: &Dataset) -> Loaded {
        Loaded {
            scorecard: Scorecard::build(d),
            figure_counts: (
                d.figures.len(),
                d.conflicts().len(),
                d.figures.iter().filter(|f| d.in_conflict(f)).count(),
            ),
            specs: d.targets.iter().map(|t| (t.id.clone(), Rc::new(ChartSpec::build(d, t)))).collect(),
        }
    }

    fn spec(&self, id: &str) -> Option<&Rc<ChartSpec>> {
        self.specs.iter().find(|(t, _)| t == id).map(|(_, s)| s)
    }

    fn is_target(&self, id: &str) -> bool {
        self.spec(id).is_some()
    }
}

fn load() -> Rc<Result<Loaded, DecodeError>> {
    Rc::new(Dataset::bundled().map(|d| Loaded::build(&d)))
}

fn parse(query: &str, loaded: &Result<Loaded, DecodeError>) -> (UrlState, Vec<Notice>) {
    UrlState::parse(query, &|id| loaded.as_ref().is_ok_and(|l| l.is_target(id)))
}

#[component]
pub fn App(props: &AppProps) -> Html {
    let loaded = use_memo((), |_| load());
    let initial = use_memo(props.query.clone(), {
        let loaded = loaded.clone();
        move |q| parse(q, &loaded)
    });
    let state = use_state(|| initial.0.clone());
    let notices = use_state(|| initial.1.clone());
    let lang = state.lang;

    // Back and forward: the address is the state.
    {
        let (state, notices, loaded) = (state.clone(), notices.clone(), loaded.clone());
        use_effect_with((), move |_| {
            let listener = EventListener::new(&gloo::utils::window(), "popstate", move |_| {
                let search = gloo::utils::window().location().search().unwrap_or_default();
                let (s, n) = parse(&search, &loaded);
                state.set(s);
                notices.set(n);
            });
            move || drop(listener)
        });
    }
    // Keep the document in step with the view; bring the new view's heading
    // or the linked anchor into sight.
    let first_sync = use_mut_ref(|| true);
    // Keyed on the view, not the filters: a filter change keeps the reader where they are.
    use_effect_with((state.lang, state.view.clone()), move |(lang, view)| {
        sync_document(*lang, view, first_sync.replace(false))
    });
    // The first view is on screen with its data: tell the benchmark.
    use_effect_with((), |_| super::mark("tz:ready"));

    let go = {
        let (state, notices) = (state.clone(), notices.clone());
        Callback::from(move |d: Destination| {
            let filters = if d.view.explores() { d.filters } else { Default::default() };
            let next = UrlState { lang: state.lang, view: d.view, filters, embed: state.embed.clone() };
            let mut url = next.href();
            if let Some(h) = &d.hash {
                url.push('#');
                url.push_str(h);
            }
            push_url(&url);
            notices.set(vec![]);
            state.set(next);
        })
    };
    let open = {
        let (state, notices, loaded) = (state.clone(), notices.clone(), loaded.clone());
        Callback::from(move |href: String| {
            let query = href.split('#').next().unwrap_or_default();
            let (s, n) = parse(query, &loaded);
            push_url(&href);
            notices.set(n);
            state.set(s);
        })
    };
    let toggle = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| {
            let next = UrlState { lang: state.lang.other(), ..(*state).clone() };
            replace_url(&next.href());
            state.set(next);
        })
    };

    let body = match loaded.as_ref().as_ref() {
        Err(e) => error_view(lang, e),
        Ok(l) => match &state.view {
            View::Scorecard => scorecard_view(lang, l),
            View::Indicator(id) => match (l.scorecard.cards().find(|c| &c.target.id == id), l.spec(id)) {
                (Some(card), Some(spec)) => {
                    html! { <IndicatorDetail lang={lang} card={card.clone()} spec={spec.clone()} /> }
                }
                _ => scorecard_view(lang, l),
            },
            view => {
                // Ids the atlas does not know are dropped once it is here: say so, fix the address.
                let on_unknown = {
                    let (state, notices) = (state.clone(), notices.clone());
                    Callback::from(move |(filters, mut more): (crate::route::Filters, Vec<Notice>)| {
                        let next = UrlState { filters, ..(*state).clone() };
                        replace_url(&next.href());
                        let mut all = (*notices).clone();
                        all.append(&mut more);
                        notices.set(all);
                        state.set(next);
                    })
                };
                html! {
                    <LazyView lang={lang} view={view.clone()} filters={state.filters.clone()} {on_unknown} />
                }
            }
        },
    };

    let embed = state.embed.clone();
    let class = classes!(
        "tz",
        embed.as_ref().map(|e| format!("embed theme-{}", e.theme.code())),
        embed.as_ref().filter(|e| e.transparent).map(|_| "bg-transparent"),
    );
    html! {
        <ContextProvider<Nav> context={Nav { lang, filters: state.filters.clone(), embed: embed.clone(), go, open }}>
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
                            <Link to={v.clone()} class={classes!("view-link", (state.view == v).then_some("current"))}>{ i18n::view_name(lang, &v) }</Link>
                        }) }
                        <button type="button" class="lang-switch" id="lang-switch" onclick={toggle} lang={lang.other().html_lang()}>
                            { t(lang, Text::SwitchLanguage) }
                        </button>
                    </nav>
                </header>
                <div class="tools">
                    <LazyPart {lang} part="embed" arg={UrlState { embed: None, ..(*state).clone() }.href()} id="embed" class="embed-builder"
                        summary={t(lang, Text::EmbedButton)} />
                </div>
                }
                { notices_view(lang, &notices) }
                <main id="main" tabindex="-1">{ body }</main>
                if embed.is_some() {
                    <footer class="embed-foot">
                        <p>{ t(lang, Text::EmbedSource) }{ " " }
                            <a href={UrlState { embed: None, ..(*state).clone() }.href()} target="_blank" rel="noopener">
                                { t(lang, Text::OpenFull) }</a></p>
                    </footer>
                }
            </div>
        </ContextProvider<Nav>>
    }
}

fn scorecard_view(lang: Lang, loaded: &Loaded) -> Html {
    let sc = &loaded.scorecard;
    let missing: Vec<_> = sc.cards().filter(|c| c.latest.is_none()).cloned().collect();
    html! {
        <>
            <section class="verdict" aria-labelledby="verdict-h">
                <h2 id="verdict-h">{ t(lang, Text::VerdictHeading) }</h2>
                { verdict_bar(lang, sc.verdict) }
                <details class="missing">
                    <summary>{ i18n::with_count(lang, t(lang, Text::Missing), missing.len()) }</summary>
                    <ul>
                        { for missing.iter().map(|c| html! {
                            <li><a href={format!("#t-{}", c.target.id)}>{ i18n::target_name(lang, &c.target) }</a></li>
                        }) }
                    </ul>
                </details>
                { method_note(lang, "method") }
            </section>
            <nav class="toc" aria-label={t(lang, Text::GroupsNav)}>
                <ul>
                    { for sc.groups.iter().map(|g| html! {
                        <li><a href={format!("#{}", g.key.anchor())}>{ group_name(lang, g.key) }</a></li>
                    }) }
                </ul>
            </nav>
            <div id="targets" class="groups">
                { for sc.groups.iter().map(|g| {
                    let id = g.key.anchor();
                    html! {
                        <section class="group" aria-labelledby={id.clone()}>
                            <h2 id={id}>{ group_name(lang, g.key) }
                                <span class="count">{ format!(" · {}", g.cards.len()) }</span></h2>
                            <div class="cards">
                                { for g.cards.iter().map(|c| {
                                    let spark = loaded.spec(&c.target.id).filter(|s| !s.is_empty()).cloned();
                                    html! { <TargetCard key={c.target.id.clone()} lang={lang} card={c.clone()} {spark} /> }
                                }) }
                            </div>
                        </section>
                    }
                }) }
            </div>
            { figures_section(lang, loaded.figure_counts) }
            { downloads(lang) }
            <section class="about" aria-labelledby="about-h">
                <h2 id="about-h">{ t(lang, Text::AboutHeading) }</h2>
                <p>{ t(lang, Text::AboutData) }</p>
                <p>{ t(lang, Text::AboutLicence) }</p>
            </section>
        </>
    }
}

/// Every published figure: the counts here, the table from the second module
/// when opened.
fn figures_section(lang: Lang, (figures, groups, conflicting): (usize, usize, usize)) -> Html {
    html! {
        <section class="data" id="data" aria-labelledby="data-h">
            <h2 id="data-h">{ i18n::with_count(lang, t(lang, Text::AllFigures), figures) }</h2>
            <p>{ i18n::conflict_summary(lang, groups, conflicting) }</p>
            <LazyPart {lang} part="figures" id="data-table" class="data-table" summary={t(lang, Text::ShowTable)} />
        </section>
    }
}

fn group_name(lang: Lang, key: GroupKey) -> String {
    match key {
        GroupKey::Dimension(d) => format!(
            "{} · {}",
            i18n::section_name(lang, crate::model::Section::MainTargets),
            i18n::dimension_name(lang, d)
        ),
        GroupKey::Section(s) => format!("{} · {}", t(lang, Text::OtherCommitments), i18n::section_name(lang, s)),
    }
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

/// The page's path with `query_and_hash`: addresses stay under whatever
/// sub-path the page is served from.
fn with_path(query_and_hash: &str) -> Option<String> {
    let path = gloo::utils::window().location().pathname().ok()?;
    // A bare "?" (the default state) is dropped: "/path/?#x" reads as "/path/#x".
    let rest = match query_and_hash.strip_prefix('?') {
        Some(r) if r.is_empty() || r.starts_with('#') => r,
        _ => query_and_hash,
    };
    Some(format!("{path}{rest}"))
}

fn push_url(query_and_hash: &str) {
    if let (Some(url), Ok(h)) = (with_path(query_and_hash), gloo::utils::window().history()) {
        let _ = h.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
    }
}

fn replace_url(query_and_hash: &str) {
    let hash = gloo::utils::window().location().hash().unwrap_or_default();
    if let (Some(url), Ok(h)) = (with_path(&format!("{query_and_hash}{hash}")), gloo::utils::window().history()) {
        let _ = h.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
    }
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
