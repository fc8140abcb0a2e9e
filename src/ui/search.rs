//! The search: a field in the header (a combobox: ↑ ↓ Enter Esc, and `/`
//! from anywhere) that suggests as the reader types, and the results view
//! at `?q=…`, grouped by kind, each result with one line of context.

use std::rc::Rc;

use gloo::events::EventListener;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::nav::{Link, Nav};
use crate::i18n::{self, kind_name, search_count, st, Lang, SearchText};
use crate::model::bundle::ExploreBundle;
use crate::model::search::{Entry, Hit, Index, Kind, RELATED};
use crate::model::CountyId;
use crate::route::{Filters, View};
use crate::state::{Destination, Loaded, Shared};

/// How many suggestions the field shows.
const SUGGESTIONS: usize = 8;

/// Where a result leads: a target's chart, a cluster's, park's or county's
/// page; a firm's cluster; a context indicator's target (else the figures).
fn destination(e: &Entry, loaded: &Loaded) -> Destination {
    let place = |view: View, filters: Filters| Destination { view, filters, hash: None };
    match e.kind {
        Kind::Target => place(View::Indicator(e.id.as_str().into()), Filters::default()),
        Kind::Cluster | Kind::Firm => {
            place(View::Clusters, Filters { clusters: vec![e.id.as_str().into()], ..Filters::default() })
        }
        Kind::Park => place(View::Parks, Filters { park: Some(e.id.as_str().into()), ..Filters::default() }),
        Kind::County => place(View::Counties, Filters { county: Some(e.id.as_str().into()), ..Filters::default() }),
        Kind::Indicator => {
            let related = loaded.data.indicators.iter().find(|i| i.id == *e.id).and_then(|i| i.related_target.clone());
            match related.filter(|t| loaded.is_target(t)) {
                Some(t) => place(View::Indicator(t), Filters::default()),
                None => Destination { view: View::Scorecard, filters: Filters::default(), hash: Some("data".into()) },
            }
        }
    }
}

/// One line of context: a target's status and latest figure, a park's
/// level and county, a cluster's group, a firm's cluster.
fn context(lang: Lang, e: &Entry, loaded: &Loaded, bundle: &ExploreBundle) -> String {
    let atlas = &bundle.atlas;
    let county_names = |ids: &[CountyId]| -> String {
        ids.iter()
            .filter_map(|c| atlas.county(c))
            .map(|c| lang.pick(&c.name_zh, &c.name_en))
            .collect::<Vec<_>>()
            .join("、")
    };
    match e.kind {
        Kind::Target => match loaded.card(&e.id) {
            Some(c) => {
                let latest = c.latest.as_ref().map(|f| i18n::figure_with_year(lang, f));
                let status = i18n::status_label(lang, c.status);
                latest.map_or(status.clone(), |l| format!("{status} · {l}"))
            }
            None => String::new(),
        },
        Kind::Cluster => atlas.cluster(&e.id).map(|c| i18n::group_name(lang, c.group).to_string()).unwrap_or_default(),
        Kind::Park => match atlas.park(&e.id) {
            Some(p) => [i18n::level_name(lang, p.level).to_string(), county_names(&p.counties)]
                .into_iter()
                .filter(|s| !s.is_empty())
                .collect::<Vec<_>>()
                .join(" · "),
            None => String::new(),
        },
        Kind::County => i18n::with_count(
            lang,
            i18n::view_name(lang, &View::Parks),
            atlas.parks.iter().filter(|p| p.counties.iter().any(|c| *c == *e.id)).count(),
        ),
        Kind::Firm => atlas.cluster(&e.id).map(|c| lang.pick(&c.name_zh, &c.name_en).to_string()).unwrap_or_default(),
        Kind::Indicator => {
            let latest = loaded.data.figures.iter().filter(|f| f.indicator == *e.id).max_by_key(|f| f.year);
            let what = st(lang, SearchText::ContextFigure);
            latest.map_or(what.to_string(), |f| format!("{what} · {}", i18n::figure_with_year(lang, f)))
        }
    }
}

fn name(lang: Lang, e: &Entry) -> &str {
    if e.name_en.is_empty() {
        &e.name_zh
    } else {
        lang.pick(&e.name_zh, &e.name_en)
    }
}

/// Runs the search, timed for the benchmark (`tz:search`).
fn run(index: &Index, query: &str) -> Vec<Hit> {
    #[cfg(target_arch = "wasm32")]
    super::task::mark("tz:search-start");
    let hits = index.search(query);
    #[cfg(target_arch = "wasm32")]
    if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
        let _ = p.mark("tz:search-end");
        let _ = p.measure_with_start_mark_and_end_mark("tz:search", "tz:search-start", "tz:search-end");
    }
    hits
}

#[derive(Properties, PartialEq)]
pub struct SearchBoxProps {
    pub lang: Lang,
    pub loaded: Shared<Loaded>,
    pub index: Option<Shared<Index>>,
    pub bundle: Option<Shared<ExploreBundle>>,
    /// The words of the `?q=` view on screen, if it is.
    #[prop_or_default]
    pub initial: AttrValue,
    /// The field was focused: the search data is wanted.
    pub on_want: Callback<()>,
}

/// The header's search field with its suggestions.
#[component]
pub fn SearchBox(props: &SearchBoxProps) -> Html {
    let lang = props.lang;
    let nav = use_context::<Nav>();
    let text = use_state_eq(|| props.initial.to_string());
    let active = use_state(|| None::<usize>);
    let open = use_state(|| false);
    let input = use_node_ref();
    {
        // The words follow the address (back, forward, a new search).
        let (text, initial) = (text.clone(), props.initial.clone());
        use_effect_with(initial, move |q| text.set(q.to_string()));
    }
    {
        // `/` from anywhere but a field brings the reader to the search.
        let input = input.clone();
        use_effect_with((), move |_| {
            let listener = EventListener::new_with_options(
                &gloo::utils::document(),
                "keydown",
                gloo::events::EventListenerOptions::enable_prevent_default(),
                move |e| {
                    let Some(k) = e.dyn_ref::<KeyboardEvent>() else { return };
                    let typing = k
                        .target()
                        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                        .is_some_and(|t| matches!(t.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT"));
                    if k.key() == "/" && !typing && !k.ctrl_key() && !k.meta_key() && !k.alt_key() {
                        if let Some(el) = input.cast::<web_sys::HtmlElement>() {
                            if el.offset_width() > 0 {
                                k.prevent_default();
                                let _ = el.focus();
                            }
                        }
                    }
                },
            );
            move || drop(listener)
        });
    }
    let hits: Rc<Vec<Hit>> = match &props.index {
        Some(index) if *open && !text.trim().is_empty() => {
            Rc::new(run(index, &text).into_iter().take(SUGGESTIONS).collect())
        }
        _ => Rc::new(vec![]),
    };
    let go = {
        let nav = nav.clone();
        let open = open.clone();
        move |d: Destination| {
            open.set(false);
            if let Some(n) = &nav {
                n.go.emit(d);
            }
        }
    };
    let results_page = {
        let (text, go) = (text.clone(), go.clone());
        move || go(Destination { view: View::Search(text.trim().to_string()), filters: Filters::default(), hash: None })
    };
    let onfocus = {
        let (on_want, open) = (props.on_want.clone(), open.clone());
        Callback::from(move |_: FocusEvent| {
            on_want.emit(());
            open.set(true);
        })
    };
    let oninput = {
        let (text, active, open) = (text.clone(), active.clone(), open.clone());
        Callback::from(move |e: InputEvent| {
            if let Some(el) = e.target_dyn_into::<web_sys::HtmlInputElement>() {
                text.set(el.value());
                active.set(None);
                open.set(true);
            }
        })
    };
    let onkeydown = {
        let (active, open, hits, loaded, go) =
            (active.clone(), open.clone(), hits.clone(), props.loaded.clone(), go.clone());
        let index = props.index.clone();
        let results_page = results_page.clone();
        Callback::from(move |e: KeyboardEvent| {
            let n = hits.len();
            match e.key().as_str() {
                "ArrowDown" | "ArrowUp" if n > 0 => {
                    e.prevent_default();
                    let down = e.key() == "ArrowDown";
                    active.set(Some(match *active {
                        None if down => 0,
                        None => n - 1,
                        Some(i) if down => (i + 1) % n,
                        Some(i) => (i + n - 1) % n,
                    }));
                }
                "Enter" => {
                    e.prevent_default();
                    // The chosen suggestion, else the best one, else the results view.
                    let pick = active.or((n > 0).then_some(0));
                    match (pick, &index) {
                        (Some(i), Some(index)) => go(destination(&index.entries[hits[i].entry], &loaded)),
                        _ => results_page(),
                    }
                }
                "Escape" => {
                    open.set(false);
                    active.set(None);
                }
                _ => {}
            }
        })
    };
    let onsubmit = {
        let results_page = results_page.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            results_page();
        })
    };
    let onblur = {
        let open = open.clone();
        Callback::from(move |_: FocusEvent| open.set(false))
    };
    let shown = *open && !hits.is_empty();
    let waiting = *open && !text.trim().is_empty() && props.index.is_none();
    let status = match (&props.index, text.trim()) {
        (_, "") => String::new(),
        (None, _) => st(lang, SearchText::Loading).to_string(),
        (Some(_), q) if *open => search_count(lang, q, hits.len()),
        _ => String::new(),
    };
    html! {
        <form class="search" role="search" action="" method="get" {onsubmit}>
            <label for="search-input" class="visually-hidden">{ st(lang, SearchText::Label) }</label>
            <input id="search-input" ref={input} type="search" name="q" value={(*text).clone()}
                role="combobox" aria-autocomplete="list" aria-expanded={if shown { "true" } else { "false" }}
                aria-controls={shown.then_some("search-list")}
                aria-activedescendant={active.filter(|_| shown).map(|i| format!("search-opt-{i}"))}
                aria-describedby="search-hint" autocomplete="off" spellcheck="false"
                placeholder={st(lang, SearchText::Placeholder)} maxlength="64"
                {onfocus} {oninput} {onkeydown} {onblur} />
            if lang == Lang::En { <input type="hidden" name="lang" value="en" /> }
            <button type="submit">{ st(lang, SearchText::Button) }</button>
            <p id="search-hint" class="visually-hidden">{ st(lang, SearchText::Hint) }</p>
            <p class="visually-hidden" role="status" aria-live="polite">{ status }</p>
            if waiting { <p class="search-wait muted">{ st(lang, SearchText::Loading) }</p> }
            if shown {
                if let (Some(index), Some(bundle)) = (&props.index, &props.bundle) {
                    <ul id="search-list" role="listbox" class="search-list" aria-label={st(lang, SearchText::Label)}>
                        { for hits.iter().enumerate().map(|(i, h)| {
                            let e = &index.entries[h.entry];
                            let d = destination(e, &props.loaded);
                            let go = go.clone();
                            // mousedown, not click: the field's blur would close the list first.
                            let onmousedown = Callback::from(move |ev: MouseEvent| { ev.prevent_default(); go(d.clone()); });
                            let selected = *active == Some(i);
                            html! {
                                <li id={format!("search-opt-{i}")} role="option" aria-selected={if selected { "true" } else { "false" }}
                                    class={classes!("search-opt", selected.then_some("active"))} {onmousedown}>
                                    <span class="search-kind">{ kind_name(lang, e.kind) }</span>
                                    <span class="search-name">{ name(lang, e) }</span>
                                    <span class="search-ctx">{ context(lang, e, &props.loaded, bundle) }</span>
                                </li>
                            }
                        }) }
                    </ul>
                }
            }
        </form>
    }
}

#[derive(Properties, PartialEq)]
pub struct SearchViewProps {
    pub lang: Lang,
    pub query: AttrValue,
    pub loaded: Shared<Loaded>,
    pub index: Shared<Index>,
    pub bundle: Shared<ExploreBundle>,
}

/// `?q=…`: every result, grouped by kind; what a matching cluster brings
/// (its parks, counties, firms and targets) marked as related.
#[component]
pub fn SearchView(props: &SearchViewProps) -> Html {
    let lang = props.lang;
    let hits = run(&props.index, &props.query);
    let q = props.query.trim();
    html! {
        <section class="explore search-view" aria-labelledby="explore-h">
            <h2 id="explore-h" tabindex="-1">{ st(lang, SearchText::Heading) }</h2>
            <p role="status">{ if q.is_empty() { st(lang, SearchText::Label).to_string() } else { search_count(lang, q, hits.len()) } }</p>
            { for Kind::ALL.into_iter().map(|kind| {
                let group: Vec<&Hit> = hits.iter().filter(|h| props.index.entries[h.entry].kind == kind).collect();
                if group.is_empty() {
                    return html! {};
                }
                let id = format!("results-{}", kind as u8);
                html! {
                    <section class="search-group" aria-labelledby={id.clone()}>
                        <h3 {id}>{ i18n::with_count(lang, kind_name(lang, kind), group.len()) }</h3>
                        <ul>
                            { for group.into_iter().map(|h| {
                                let e = &props.index.entries[h.entry];
                                let d = destination(e, &props.loaded);
                                html! {
                                    <li>
                                        <Link to={d.view} filters={Some(d.filters)} hash={d.hash.map(AttrValue::from)}>{ name(lang, e) }</Link>
                                        if h.rank == RELATED { <span class="tag">{ st(lang, SearchText::FoundWith) }</span> }
                                        <span class="search-ctx">{ format!(" · {}", context(lang, e, &props.loaded, &props.bundle)) }</span>
                                    </li>
                                }
                            }) }
                        </ul>
                    </section>
                }
            }) }
        </section>
    }
}
