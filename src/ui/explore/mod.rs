//! The explore views: the clusters compared (and one cluster's page), the
//! park directory with the map (and one park's page), the counties (and one
//! county's page), all narrowed by the filters in the address.
//!
//! Every link is a [`Link`] with a real address and every filter control
//! moves through the page's one reducer, so back, forward, reload and new
//! tabs all work, and the state is always a link.

mod clusters;
mod counties;
mod map;
mod parks;

use std::rc::Rc;

use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::nav::{Link, Nav};
use crate::i18n::{self, tx, Lang, Text, X};
use crate::model::atlas::{Atlas, Level, Park, ParkStatus};
use crate::model::bundle::ExploreBundle;
use crate::model::id::Names;
use crate::model::scorecard::Card;
use crate::model::{ClusterId, CountyId};
use crate::model::{Confidence, Dataset, Source};
use crate::route::{Filters, Sort, UrlState, View};
use crate::state::{Destination, Loaded, Shared};

pub use clusters::ClustersView;
pub use counties::CountiesView;
pub use map::{LevelIcon, LevelMark};
pub use parks::ParksView;

/// What every explore view reads: the state rendered, the dataset's views
/// and the explore bundle. Compared by identity of the shared data.
#[derive(Clone, PartialEq)]
pub struct ExploreCtx {
    pub url: UrlState,
    pub loaded: Shared<Loaded>,
    pub bundle: Shared<ExploreBundle>,
}

impl ExploreCtx {
    pub fn new(url: UrlState, loaded: Rc<Loaded>, bundle: Rc<ExploreBundle>) -> ExploreCtx {
        ExploreCtx { url, loaded: loaded.into(), bundle: bundle.into() }
    }
    pub fn lang(&self) -> Lang {
        self.url.lang
    }
    pub fn atlas(&self) -> &Atlas {
        &self.bundle.atlas
    }
    pub fn data(&self) -> &Dataset {
        &self.loaded.data
    }
    pub fn filters(&self) -> &Filters {
        &self.url.filters
    }
    pub fn pick<'a>(&self, zh: &'a str, en: &'a str) -> &'a str {
        self.lang().pick(zh, en)
    }
    #[inline]
    pub fn cluster_name<Q: Names<ClusterId> + ?Sized>(&self, id: &Q) -> String {
        self.cluster_named(id.id())
    }
    fn cluster_named(&self, id: &str) -> String {
        self.atlas().cluster(id).map_or(id.to_string(), |c| self.pick(&c.name_zh, &c.name_en).to_string())
    }
    #[inline]
    pub fn county_name<Q: Names<CountyId> + ?Sized>(&self, id: &Q) -> String {
        self.county_named(id.id())
    }
    fn county_named(&self, id: &str) -> String {
        self.atlas().county(id).map_or(id.to_string(), |c| self.pick(&c.name_zh, &c.name_en).to_string())
    }
    pub fn park_name(&self, p: &Park) -> String {
        self.pick(&p.name_zh, &p.name_en).to_string()
    }
    pub fn card(&self, target: &str) -> Option<&Rc<Card>> {
        self.loaded.card(target)
    }
    pub fn sep(&self) -> &'static str {
        self.lang().pick("、", ", ")
    }
    pub fn to_cluster(&self, id: &ClusterId) -> Html {
        let filters = Filters { clusters: vec![id.clone()], ..Filters::default() };
        html! { <Link to={View::Clusters} filters={Some(filters)}>{ self.cluster_name(id) }</Link> }
    }
    pub fn to_county(&self, id: &CountyId) -> Html {
        let filters = Filters { county: Some(id.clone()), ..Filters::default() };
        html! { <Link to={View::Counties} filters={Some(filters)}>{ self.county_name(id) }</Link> }
    }
    pub fn to_park(&self, p: &Park) -> Html {
        let filters = Filters { park: Some(p.id.clone()), ..Filters::default() };
        html! { <Link to={View::Parks} filters={Some(filters)}>{ self.park_name(p) }</Link> }
    }
    /// A target's status, linked to its chart.
    pub fn status_link(&self, card: &Card) -> Html {
        html! {
            <Link to={View::Indicator(card.target.id.clone())} class={classes!("status", i18n::status_class(card.status))}>
                { i18n::status_label(self.lang(), card.status) }
            </Link>
        }
    }
}

#[derive(Properties, PartialEq, Clone)]
pub struct ExploreProps {
    pub ctx: ExploreCtx,
}

/// The name of what the address chose (a cluster, a park or a county), for
/// the view's heading and an embed frame's title.
pub fn chosen_name(lang: Lang, url: &UrlState, atlas: &Atlas) -> Option<String> {
    let f = &url.filters;
    let pick = |zh: &str, en: &str| lang.pick(zh, en).to_string();
    match &url.view {
        View::Clusters => match f.clusters.as_slice() {
            [one] => atlas.cluster(one).map(|c| pick(&c.name_zh, &c.name_en)),
            _ => None,
        },
        View::Parks => f.park.as_deref().and_then(|p| atlas.park(p)).map(|p| pick(&p.name_zh, &p.name_en)),
        View::Counties => f.county.as_deref().and_then(|c| atlas.county(c)).map(|c| pick(&c.name_zh, &c.name_en)),
        _ => None,
    }
}

/// An explore view: its heading, the copy-link button, the filters and the
/// view the address asks for.
#[component]
pub fn ExploreView(props: &ExploreProps) -> Html {
    let c = &props.ctx;
    let lang = c.lang();
    let title = chosen_name(lang, &c.url, c.atlas()).unwrap_or_else(|| i18n::view_name(lang, &c.url.view).into());
    // The last element inside the view that had focus, by id: a navigation
    // may rebuild it (the map of a county's page is another map), and
    // keyboard users must not be thrown to the top of the page.
    let last_focus = use_mut_ref(|| None::<String>);
    let onfocusin = {
        let last_focus = last_focus.clone();
        Callback::from(move |e: FocusEvent| {
            let id = e.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()).map(|el| el.id());
            *last_focus.borrow_mut() = id.filter(|id| !id.is_empty());
        })
    };
    // After each navigation, once every component of the view has rendered
    // (the next task: children render after this effect): focus that was
    // lost goes back to the element with the same id, or else to the view's
    // heading; and the benchmark's "filter change → repainted" ends here.
    let arrived = use_mut_ref(|| false);
    use_effect_with(c.url.clone(), move |_| {
        let first = !arrived.replace(true);
        let settle = gloo::timers::callback::Timeout::new(0, move || {
            let document = gloo::utils::document();
            let lost = document.active_element().is_none_or(|e| e.tag_name() == "BODY");
            if lost && !first {
                let again = last_focus.borrow().as_deref().and_then(|id| document.get_element_by_id(id));
                if let Some(el) = again.or_else(|| document.get_element_by_id("explore-h")) {
                    focus_without_scrolling(&el);
                }
            }
            super::task::mark("tz:explore");
        });
        // A newer navigation replaces a pending one.
        move || drop(settle)
    });
    let body = match c.url.view {
        View::Clusters => html! { <ClustersView ctx={c.clone()} /> },
        View::Parks => html! { <ParksView ctx={c.clone()} /> },
        _ => html! { <CountiesView ctx={c.clone()} /> },
    };
    html! {
        <section class="explore" aria-labelledby="explore-h" {onfocusin}>
            <h2 id="explore-h" tabindex="-1">{ title }</h2>
            <div class="copy-link">
                <super::parts::CopyButton id="copy-link" label={i18n::t(lang, Text::CopyLink)}
                    ok={i18n::t(lang, Text::Copied)} fail={i18n::t(lang, Text::CopyFailed)} />
            </div>
            <div class="explore-body">
                <FilterBar ctx={c.clone()} />
                { body }
            </div>
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct SelectProps {
    id: &'static str,
    label: AttrValue,
    options: Rc<Options>,
    /// The view the filters belong to.
    view: View,
}

/// Focuses an HTML or SVG element (a county of the map is an SVG link)
/// where it is, without scrolling the page.
fn focus_without_scrolling(el: &web_sys::Element) {
    let options = web_sys::FocusOptions::new();
    options.set_prevent_scroll(true);
    // `focus` is HTMLOrSVGElement's: web-sys has it on each of the two types.
    if let Some(h) = el.dyn_ref::<web_sys::HtmlElement>() {
        h.focus_with_options(&options).ok();
    } else if let Ok(f) = js_sys::Reflect::get(el, &"focus".into()).and_then(|f| f.dyn_into::<js_sys::Function>()) {
        f.call1(el, &options).ok();
    }
}

/// A labelled `<select>`; each option is a state of the filters, and
/// choosing one goes there (a navigation: back undoes it). The shown choice
/// follows the address, also after back and forward.
#[component]
fn FilterSelect(props: &SelectProps) -> Html {
    let nav = use_context::<Nav>();
    let node = use_node_ref();
    let current = props.options.iter().find(|o| o.2).map(|o| o.0.clone()).unwrap_or_default();
    {
        let node = node.clone();
        use_effect_with(current, move |value| {
            if let Some(s) = node.cast::<web_sys::HtmlSelectElement>() {
                s.set_value(value);
            }
        });
    }
    let onchange = {
        let (options, view) = (props.options.clone(), props.view.clone());
        Callback::from(move |e: Event| {
            let Some(s) = e.target().and_then(|t| t.dyn_into::<web_sys::HtmlSelectElement>().ok()) else { return };
            let chosen = s.value();
            let to = options.iter().find(|o| o.0 == chosen).and_then(|o| o.3.clone());
            if let (Some(nav), Some(filters)) = (&nav, to) {
                nav.go.emit(Destination { view: view.clone(), filters, hash: None });
            }
        })
    };
    html! {
        <label class="filter" for={props.id}>
            <span>{ props.label.clone() }</span>
            <select id={props.id} ref={node} {onchange}>
                { for props.options.iter().map(|(value, text, current, _)| html! {
                    <option value={value.clone()} selected={*current}>{ text }</option>
                }) }
            </select>
        </label>
    }
}

fn select(id: &'static str, label: &'static str, options: Options, view: &View) -> Html {
    html! { <FilterSelect {id} label={label} options={Rc::new(options)} view={view.clone()} /> }
}

/// A select's options: value, text, whether it is the current one, and the
/// filters it leads to (none for a prompt).
type Options = Vec<(String, String, bool, Option<Filters>)>;

/// The filter controls and the active filters as chips that remove themselves.
#[component]
fn FilterBar(props: &ExploreProps) -> Html {
    let c = &props.ctx;
    let (lang, f, view) = (c.lang(), c.filters(), &c.url.view);
    let with = |change: &dyn Fn(&mut Filters)| {
        let mut next = f.clone();
        change(&mut next);
        Some(next)
    };
    let any = || tx(lang, X::Any).to_string();
    let mut clusters = vec![(String::new(), tx(lang, X::AddCluster).to_string(), true, None)];
    for x in c.atlas().clusters.iter().filter(|x| !f.clusters.contains(&x.id)) {
        clusters.push((x.id.to_string(), c.cluster_name(&x.id), false, with(&|n| n.clusters.push(x.id.clone()))));
    }
    let mut counties = vec![(String::new(), any(), f.county.is_none(), with(&|n| n.county = None))];
    for x in &c.atlas().counties {
        let current = f.county.as_ref() == Some(&x.id);
        counties.push((x.id.to_string(), c.county_name(&x.id), current, with(&|n| n.county = Some(x.id.clone()))));
    }
    let mut controls = vec![
        select("f-cluster", tx(lang, X::Cluster), clusters, view),
        select("f-county", tx(lang, X::County), counties, view),
    ];
    if *view == View::Parks && f.park.is_none() {
        let mut levels = vec![(String::new(), any(), f.level.is_none(), with(&|n| n.level = None))];
        for &l in &Level::ALL {
            levels.push((
                l.code().into(),
                i18n::level_name(lang, l).into(),
                f.level == Some(l),
                with(&|n| n.level = Some(l)),
            ));
        }
        let mut statuses = vec![(String::new(), any(), f.status.is_none(), with(&|n| n.status = None))];
        for s in [ParkStatus::Created, ParkStatus::Planned] {
            let name = i18n::status_name(lang, s).into();
            statuses.push((s.code().into(), name, f.status == Some(s), with(&|n| n.status = Some(s))));
        }
        let sorts = Sort::ALL
            .iter()
            .map(|&s| (s.code().into(), i18n::sort_name(lang, s).into(), f.sort == s, with(&|n| n.sort = s)))
            .collect();
        controls.push(select("f-level", tx(lang, X::Level), levels, view));
        controls.push(select("f-status", tx(lang, X::Status), statuses, view));
        controls.push(select("f-sort", tx(lang, X::Sort), sorts, view));
    }

    // Active filters as chips; each removes itself (a link: back brings it again).
    let colon = lang.pick("：", ": ");
    let mut chips: Vec<(String, Filters)> = Vec::new();
    for id in &f.clusters {
        let rest = Filters { clusters: f.clusters.iter().filter(|x| *x != id).cloned().collect(), ..f.clone() };
        chips.push((format!("{}{colon}{}", tx(lang, X::Cluster), c.cluster_name(id)), rest));
    }
    if let Some(p) = f.park.as_deref().and_then(|p| c.atlas().park(p)) {
        chips.push((format!("{}{colon}{}", tx(lang, X::Park), c.park_name(p)), Filters { park: None, ..f.clone() }));
    }
    if let Some(id) = &f.county {
        chips.push((
            format!("{}{colon}{}", tx(lang, X::County), c.county_name(id)),
            Filters { county: None, ..f.clone() },
        ));
    }
    if let Some(l) = f.level {
        chips.push((
            format!("{}{colon}{}", tx(lang, X::Level), i18n::level_name(lang, l)),
            Filters { level: None, ..f.clone() },
        ));
    }
    if let Some(s) = f.status {
        let label = format!("{}{colon}{}", tx(lang, X::Status), i18n::status_name(lang, s));
        chips.push((label, Filters { status: None, ..f.clone() }));
    }
    let clear = Filters { sort: f.sort, ..Filters::default() };
    html! {
        <div class="filters" role="group" aria-label={tx(lang, X::FiltersHeading)}>
            <div class="filter-controls">{ for controls }</div>
            if !chips.is_empty() {
                <ul class="chips" aria-label={tx(lang, X::FiltersHeading)}>
                    { for chips.into_iter().map(|(label, rest)| html! {
                        <li class="chip">
                            <span>{ label.clone() }</span>
                            <Link to={view.clone()} filters={Some(rest)} class={classes!("chip-x")}
                                label={Some(AttrValue::from(format!("{}{colon}{label}", tx(lang, X::Remove))))}>{ "×" }</Link>
                        </li>
                    }) }
                    <li><Link to={view.clone()} filters={Some(clear)} class={classes!("chip-clear")}>{ tx(lang, X::ClearFilters) }</Link></li>
                </ul>
            }
        </div>
    }
}

/// "title · publisher · date · 可信度 中", the title linking to the source.
pub fn cite(lang: Lang, s: &Source, conf: Confidence) -> Html {
    html! { <span class="cite">{ crate::ui::card::source_ref(lang, s, conf) }</span> }
}

/// A table with a caption (when given), a header row of `head` and `rows`.
pub fn table(lang: Lang, caption: Option<X>, class: &'static str, head: &[X], rows: Html) -> Html {
    html! {
        <div class="table-wrap">
            <table {class}>
                if let Some(c) = caption { <caption>{ tx(lang, c) }</caption> }
                <thead><tr>{ for head.iter().map(|h| html! { <th scope="col">{ tx(lang, *h) }</th> }) }</tr></thead>
                <tbody>{ rows }</tbody>
            </table>
        </div>
    }
}

/// A list, or "nothing published" when it is empty.
pub fn list_or_none(lang: Lang, items: Vec<Html>) -> Html {
    if items.is_empty() {
        html! { <p class="muted">{ tx(lang, X::NothingPublished) }</p> }
    } else {
        html! { <ul>{ for items }</ul> }
    }
}

/// A park in a list: its level's mark, its name linked, level and status.
pub fn park_item(c: &ExploreCtx, p: &Park) -> Html {
    let lang = c.lang();
    html! {
        <li class="park-item"><LevelIcon level={p.level} />{ c.to_park(p) }
            <span class="muted">{ format!(" · {} · {}", i18n::level_name(lang, p.level), i18n::status_name(lang, p.status)) }</span>
        </li>
    }
}

/// A target in a list: its name linked to its chart, and its status.
pub fn target_item(c: &ExploreCtx, card: &Card) -> Html {
    html! {
        <li><Link to={View::Indicator(card.target.id.clone())}>{ i18n::target_name(c.lang(), &card.target) }</Link>
            { " · " }{ c.status_link(card) }</li>
    }
}

/// Figures published for one county or park: context, never progress.
pub fn place_figures(c: &ExploreCtx, place: crate::model::atlas::Place, id: &str, note: X) -> Html {
    let lang = c.lang();
    let figs = c.atlas().figures_of(place, id);
    if figs.is_empty() {
        return html! { <p class="muted">{ tx(lang, X::NothingPublished) }</p> };
    }
    let rows = figs
        .iter()
        .map(|x| {
            html! {
                <tr>
                    <td>{ c.pick(&x.metric_zh, &x.metric_en) }</td>
                    <td>{ format!("{} {}", x.year, i18n::period_name(lang, &x.period)) }</td>
                    <td>{ i18n::value(lang, &x.value, &x.unit) }</td>
                    <td>{ cite(lang, &x.source, x.confidence) }</td>
                </tr>
            }
        })
        .collect::<Html>();
    let head = [X::ColScope, X::ColYear, X::ColValue, X::ColSource];
    html! {
        <div><p class="note">{ tx(lang, note) }</p>{ table(lang, None, "place-figures", &head, rows) }</div>
    }
}
