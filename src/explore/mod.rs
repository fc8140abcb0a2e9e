//! The explore views: the clusters compared (and one cluster's page), the
//! park directory with the map (and one park's page), the counties (and one
//! county's page), all narrowed by the filters in the address.
//!
//! Pure: [`page`] renders a state to HTML (escaped by [`dom`]). It runs in its
//! own WebAssembly module, loaded when an explore view first opens
//! (`src/bin/explore.rs`), so the first view does not carry it; the page
//! (`ui::explore`) puts the markup in place and follows its links and
//! controls with one listener each. Every link is a real address, so back,
//! forward, reload and new tabs all work.

pub mod dom;
pub mod embed;
pub mod figures;
pub mod map;
pub mod plan;

use std::rc::Rc;

use crate::charts::compare::{self, CompareAxes};
use crate::i18n::{self, t, tx, Lang, Text, X};
use crate::model::atlas::{
    at_least, Atlas, Cluster, ClusterGroup, Level, OutputPoint, OutputSeries, Park, ParkFilter, ParkStatus, Place,
    THOUSAND_BN,
};
use crate::model::scorecard::{Card, Scorecard};
use crate::model::{Confidence, Dataset, Qualifier, Source, Value};
use crate::route::{Filters, Sort, UrlState, View};
use dom::{el, link, El};
use map::{county_map, level_icon};

/// What the module's views need: the bundled dataset, its scorecard
/// (statuses of the targets named), the atlas and the plan text.
pub struct ExploreData {
    pub data: Dataset,
    pub scorecard: Scorecard,
    pub atlas: Atlas,
    pub plan: crate::model::plan::PlanText,
}

/// A rendered explore view.
#[derive(Debug, Clone, PartialEq)]
pub struct Page {
    /// The view's heading: the chosen cluster, park or county, or the view's name.
    pub title: String,
    pub html: String,
}

/// Renders an explore view (the state's filters must be known to the atlas:
/// see `Filters::known`).
pub fn page(d: &ExploreData, state: &UrlState) -> Page {
    let lang = state.lang;
    if state.view == View::Plan {
        return Page { title: title(d, state), html: plan::plan_view(state, &d.plan, &d.data).render() };
    }
    let c = Ctx {
        lang,
        atlas: &d.atlas,
        data: &d.data,
        scorecard: &d.scorecard,
        filters: &state.filters,
        view: &state.view,
        base: state,
    };
    let main = match state.view {
        View::Clusters => clusters_view(&c),
        View::Parks => parks_view(&c),
        _ => counties_view(&c),
    };
    Page { title: title(d, state), html: el("div").child(filter_bar(&c)).child(main).render() }
}

/// A part of a page that the page takes from this module when opened:
/// `method` (how status is computed), `figures` (every published figure),
/// `embed` (the snippet builder for the view at address `arg`).
pub fn part(d: &ExploreData, name: &str, lang: Lang, arg: &str) -> String {
    match name {
        "embed" => embed::builder(lang, arg, &view_title(d, lang, arg)).render(),
        "method" => el("div").kids(i18n::method_note(lang).into_iter().map(|p| el("p").text(p)).collect()).render(),
        "figures" => figures::figures_table(lang, &d.data).render(),
        _ => String::new(),
    }
}

/// The name of the view at `address`, for the embed frame's title.
fn view_title(d: &ExploreData, lang: Lang, address: &str) -> String {
    let query = address.split_once('?').map_or("", |(_, q)| q);
    let (state, _) = UrlState::parse(query, &|id| d.data.targets.iter().any(|t| t.id == id));
    let state = UrlState { lang, filters: state.filters.known(&d.atlas).0, ..state };
    format!("{} · {}", t(lang, Text::Title), title(d, &state))
}

/// What every part of an explore view reads.
struct Ctx<'a> {
    lang: Lang,
    atlas: &'a Atlas,
    data: &'a Dataset,
    scorecard: &'a Scorecard,
    filters: &'a Filters,
    view: &'a View,
    /// The state rendered: links keep its language and embed options.
    base: &'a UrlState,
}

impl Ctx<'_> {
    fn pick(&self, zh: &str, en: &str) -> String {
        match self.lang {
            Lang::Zh => zh.to_string(),
            Lang::En => en.to_string(),
        }
    }
    fn cluster_name(&self, id: &str) -> String {
        self.atlas.cluster(id).map_or(id.to_string(), |c| self.pick(&c.name_zh, &c.name_en))
    }
    fn county_name(&self, id: &str) -> String {
        self.atlas.county(id).map_or(id.to_string(), |c| self.pick(&c.name_zh, &c.name_en))
    }
    fn park_name(&self, p: &Park) -> String {
        self.pick(&p.name_zh, &p.name_en)
    }
    fn card(&self, target: &str) -> Option<&Rc<Card>> {
        self.scorecard.cards().find(|c| c.target.id == target)
    }
    fn href(&self, view: View, filters: Filters) -> String {
        UrlState { view, filters, ..self.base.clone() }.href()
    }
    fn to_cluster(&self, id: &str) -> El {
        link(
            self.href(View::Clusters, Filters { clusters: vec![id.into()], ..Filters::default() }),
            self.cluster_name(id),
        )
    }
    fn to_county(&self, id: &str) -> El {
        link(self.href(View::Counties, Filters { county: Some(id.into()), ..Filters::default() }), self.county_name(id))
    }
    fn to_park(&self, p: &Park) -> El {
        link(self.href(View::Parks, Filters { park: Some(p.id.clone()), ..Filters::default() }), self.park_name(p))
    }
    fn sep(&self) -> &'static str {
        match self.lang {
            Lang::Zh => "、",
            Lang::En => ", ",
        }
    }
}

/// A view's heading: the target, the cluster, park or county chosen, or the
/// view's name.
fn title(d: &ExploreData, state: &UrlState) -> String {
    let (lang, a, f) = (state.lang, &d.atlas, &state.filters);
    let pick = |zh: &str, en: &str| if lang == Lang::Zh { zh.to_string() } else { en.to_string() };
    let chosen = match &state.view {
        View::Indicator(id) => {
            d.data.targets.iter().find(|t| &t.id == id).map(|t| i18n::target_name(lang, t).to_string())
        }
        View::Clusters => match f.clusters.as_slice() {
            [one] => a.cluster(one).map(|c| pick(&c.name_zh, &c.name_en)),
            _ => None,
        },
        View::Parks => f.park.as_deref().and_then(|p| a.park(p)).map(|p| pick(&p.name_zh, &p.name_en)),
        View::Counties => f.county.as_deref().and_then(|c| a.county(c)).map(|c| pick(&c.name_zh, &c.name_en)),
        View::Scorecard | View::Plan => None,
    };
    chosen.unwrap_or_else(|| i18n::view_name(lang, &state.view).to_string())
}

/// A labelled `<select>` whose options carry their address (`data-href`):
/// choosing one goes there (the page's change listener follows it), and the
/// current one is `selected` in the markup (the markup is replaced on every
/// change). Options are (value, address, text, current); an option without
/// an address is a prompt.
fn select(id: &'static str, label: &str, options: Vec<(String, String, String, bool)>) -> El {
    let options = options
        .into_iter()
        .map(|(value, href, text, current)| {
            let o = el("option").at("value", value).at("data-href", href).text(text);
            if current {
                o.a("selected", "")
            } else {
                o
            }
        })
        .collect();
    el("label").class("filter").a("for", id).child(el("span").text(label)).child(el("select").a("id", id).kids(options))
}

fn filter_bar(c: &Ctx) -> El {
    let (lang, f, view) = (c.lang, c.filters, c.view);
    // One option: its value, and the address with `change` applied to the filters.
    let option = |value: &str, text: String, current: bool, change: &dyn Fn(&mut Filters)| {
        let mut next = f.clone();
        change(&mut next);
        (value.to_string(), c.href(view.clone(), next), text, current)
    };
    let any = |current: bool, change: &dyn Fn(&mut Filters)| option("", tx(lang, X::Any).into(), current, change);
    let mut clusters = vec![(String::new(), String::new(), tx(lang, X::AddCluster).to_string(), true)];
    for x in c.atlas.clusters.iter().filter(|x| !f.clusters.contains(&x.id)) {
        clusters.push(option(&x.id, c.cluster_name(&x.id), false, &|n| n.clusters.push(x.id.clone())));
    }
    let mut counties = vec![any(f.county.is_none(), &|n| n.county = None)];
    for x in &c.atlas.counties {
        let current = f.county.as_ref() == Some(&x.id);
        counties.push(option(&x.id, c.county_name(&x.id), current, &|n| n.county = Some(x.id.clone())));
    }
    let mut controls =
        vec![select("f-cluster", tx(lang, X::Cluster), clusters), select("f-county", tx(lang, X::County), counties)];
    if *view == View::Parks && f.park.is_none() {
        let mut levels = vec![any(f.level.is_none(), &|n| n.level = None)];
        for &l in &Level::ALL {
            levels.push(option(l.code(), i18n::level_name(lang, l).into(), f.level == Some(l), &|n| n.level = Some(l)));
        }
        let mut statuses = vec![any(f.status.is_none(), &|n| n.status = None)];
        for s in [ParkStatus::Created, ParkStatus::Planned] {
            let name = i18n::status_name(lang, s).into();
            statuses.push(option(s.code(), name, f.status == Some(s), &|n| n.status = Some(s)));
        }
        let sorts = Sort::ALL
            .iter()
            .map(|&s| option(s.code(), i18n::sort_name(lang, s).into(), f.sort == s, &|n| n.sort = s))
            .collect();
        controls.push(select("f-level", tx(lang, X::Level), levels));
        controls.push(select("f-status", tx(lang, X::Status), statuses));
        controls.push(select("f-sort", tx(lang, X::Sort), sorts));
    }

    // Active filters as chips; each removes itself (a link: back brings it again).
    let mut chips: Vec<(String, Filters)> = Vec::new();
    for id in &f.clusters {
        let rest = Filters { clusters: f.clusters.iter().filter(|x| *x != id).cloned().collect(), ..f.clone() };
        chips.push((format!("{}：{}", tx(lang, X::Cluster), c.cluster_name(id)), rest));
    }
    if let Some(p) = f.park.as_deref().and_then(|p| c.atlas.park(p)) {
        chips.push((format!("{}：{}", tx(lang, X::Park), c.park_name(p)), Filters { park: None, ..f.clone() }));
    }
    if let Some(id) = &f.county {
        chips.push((format!("{}：{}", tx(lang, X::County), c.county_name(id)), Filters { county: None, ..f.clone() }));
    }
    if let Some(l) = f.level {
        chips.push((
            format!("{}：{}", tx(lang, X::Level), i18n::level_name(lang, l)),
            Filters { level: None, ..f.clone() },
        ));
    }
    if let Some(s) = f.status {
        let label = format!("{}：{}", tx(lang, X::Status), i18n::status_name(lang, s));
        chips.push((label, Filters { status: None, ..f.clone() }));
    }
    let has_chips = !chips.is_empty();
    let mut chip_items: Vec<El> = chips
        .into_iter()
        .map(|(label, rest)| {
            el("li").class("chip").child(el("span").text(label.clone())).child(
                link(c.href(view.clone(), rest), "×")
                    .class("chip-x")
                    .at("aria-label", format!("{}：{label}", tx(lang, X::Remove))),
            )
        })
        .collect();
    chip_items.push(
        el("li").child(
            link(c.href(view.clone(), Filters { sort: f.sort, ..Filters::default() }), tx(lang, X::ClearFilters))
                .class("chip-clear"),
        ),
    );
    el("div")
        .class("filters")
        .a("role", "group")
        .at("aria-label", tx(lang, X::FiltersHeading))
        .child(el("div").class("filter-controls").kids(controls))
        .child_if(has_chips, || el("ul").class("chips").at("aria-label", tx(lang, X::FiltersHeading)).kids(chip_items))
}

/// "title · publisher · date · 可信度 中", the title linking to the source.
fn cite(lang: Lang, s: &Source, conf: Confidence) -> El {
    let date = if s.published.is_empty() { i18n::undated(lang).to_string() } else { s.published.clone() };
    el("span")
        .class("cite")
        .child(
            el("a")
                .at("href", s.url.clone())
                .a("rel", "noopener noreferrer nofollow")
                .a("target", "_blank")
                .text(s.title.clone()),
        )
        .text(format!(
            " · {} · {} · {} {}",
            s.publisher,
            date,
            i18n::t(lang, Text::ConfidenceLabel),
            i18n::confidence_name(lang, conf)
        ))
}

/// A table with a caption (when given), a header row of `head` and `rows`.
fn table(lang: Lang, caption: Option<X>, class: &'static str, head: &[X], rows: Vec<El>) -> El {
    let head = head.iter().map(|h| el("th").a("scope", "col").text(tx(lang, *h))).collect();
    el("div").class("table-wrap").child(
        el("table")
            .class(class)
            .child_if(caption.is_some(), || el("caption").text(caption.map_or("", |c| tx(lang, c))))
            .child(el("thead").child(el("tr").kids(head)))
            .child(el("tbody").kids(rows)),
    )
}

fn heading(tag: &'static str, text: &str) -> El {
    el(tag).text(text)
}

fn list_or_none(lang: Lang, items: Vec<El>) -> El {
    if items.is_empty() {
        el("p").class("muted").text(tx(lang, X::NothingPublished))
    } else {
        el("ul").kids(items)
    }
}

// ---------------------------------------------------------------- clusters

fn clusters_view(c: &Ctx) -> El {
    let (lang, f, a) = (c.lang, c.filters, c.atlas);
    if let [one] = f.clusters.as_slice() {
        if let Some(cl) = a.cluster(one) {
            return cluster_page(c, cl);
        }
    }
    // Cross-filters: a county or park narrows to the clusters found there.
    let mut candidates: Vec<&Cluster> = a.clusters.iter().collect();
    if let Some(county) = &f.county {
        let here = a.clusters_in_county(county);
        candidates.retain(|x| here.iter().any(|h| h.id == x.id));
    }
    if let Some(park) = &f.park {
        let here = a.clusters_of_park(park);
        candidates.retain(|x| here.iter().any(|h| h.id == x.id));
    }
    let selected: Vec<&str> = candidates
        .iter()
        .filter(
            |x| if f.clusters.is_empty() { x.group == ClusterGroup::ThousandBn } else { f.clusters.contains(&x.id) },
        )
        .map(|x| x.id.as_str())
        .collect();
    let series = a.output_series(c.data, &selected);
    let mut groups = Vec::new();
    for g in [ClusterGroup::ThousandBn, ClusterGroup::Emerging] {
        let here: Vec<El> = candidates.iter().filter(|x| x.group == g).map(|x| cluster_item(c, x)).collect();
        if !here.is_empty() {
            groups.push(heading("h4", i18n::group_name(lang, g)));
            groups.push(el("ul").class("cluster-list").kids(here));
        }
    }
    el("div")
        .child(
            el("section")
                .class("compare")
                .child(el("h3").a("id", "compare-h").text(tx(lang, X::CompareHeading)))
                .child(el("p").class("muted").text(tx(lang, X::CompareIntro)))
                .child(compare_block(c, &selected, &series)),
        )
        .child(el("section").child(heading("h3", tx(lang, X::ClustersHeading))).kids(groups))
}

fn cluster_item(c: &Ctx, x: &Cluster) -> El {
    let counties: Vec<String> = c.atlas.counties_of_cluster(&x.id).iter().map(|k| c.county_name(&k.id)).collect();
    let parks = c.atlas.parks_of_cluster(&x.id).len();
    el("li").child(c.to_cluster(&x.id)).child(el("span").class("muted").text(format!(
        " · {} · {} {}",
        counties.join(c.sep()),
        parks,
        tx(c.lang, X::ColParks)
    )))
}

fn passed(p: &OutputPoint) -> bool {
    at_least(&p.value, THOUSAND_BN)
}

fn yes_no(lang: Lang, yes: bool) -> El {
    el("td").class(if yes { "yes" } else { "no" }).text(tx(lang, if yes { X::Yes } else { X::No }))
}

/// The chart, the answer table (latest city-wide output against 1,000 亿元)
/// and every figure drawn, as a table.
fn compare_block(c: &Ctx, clusters: &[&str], series: &[OutputSeries]) -> El {
    let lang = c.lang;
    if series.is_empty() {
        return el("p").class("muted").text(tx(lang, X::CompareEmpty));
    }
    // Per cluster, the latest point of its city-wide series.
    let latest: Vec<(&str, Option<(&OutputSeries, &OutputPoint)>)> = clusters
        .iter()
        .map(|id| {
            let best = series
                .iter()
                .filter(|s| s.cluster == *id && s.place.is_none())
                .filter_map(|s| s.latest().map(|p| (s, p)))
                .max_by_key(|(_, p)| p.year);
            (*id, best)
        })
        .collect();
    let (mut over, mut below) = (Vec::new(), Vec::new());
    for (id, l) in &latest {
        if let Some((_, p)) = l {
            if passed(p) { &mut over } else { &mut below }.push(c.cluster_name(id));
        }
    }
    let summary = i18n::compare_summary(lang, series.len(), &over, &below);
    let rows = latest
        .iter()
        .map(|(id, l)| {
            let row = el("tr").at("data-cluster", id).child(el("th").a("scope", "row").text(c.cluster_name(id)));
            match l {
                Some((s, p)) => row
                    .child(el("td").text(i18n::value_in(
                        lang,
                        &i18n::value(lang, &p.value, &s.unit),
                        p.year,
                        &s.scope_zh,
                    )))
                    .child(yes_no(lang, passed(p)))
                    .child(el("td").child(cite(lang, &p.source, p.confidence))),
                None => row.child(el("td").a("colspan", "3").class("muted").text(tx(lang, X::NoCityFigure))),
            }
        })
        .collect();
    let head = [X::Cluster, X::ColValue, X::ColPassed, X::ColSource];
    el("div")
        .child(compare_chart(c, series, summary))
        .child(table(lang, Some(X::CompareHeading), "answer", &head, rows))
        .child(series_table(c, series))
}

fn scope_label(c: &Ctx, s: &OutputSeries) -> String {
    match &s.place {
        None => s.scope_zh.clone(),
        Some((Place::County, id)) => format!("{} · {}", c.county_name(id), c.pick(&s.scope_zh, &s.scope_en)),
        Some((Place::Park, id)) => format!(
            "{} · {}",
            c.atlas.park(id).map_or(id.clone(), |p| c.park_name(p)),
            c.pick(&s.scope_zh, &s.scope_en)
        ),
    }
}

fn other_source(lang: Lang, p: &OutputPoint) -> &'static str {
    tx(lang, if p.conflict { X::Conflict } else { X::OtherSource })
}

fn series_table(c: &Ctx, series: &[OutputSeries]) -> El {
    let lang = c.lang;
    let rows = series
        .iter()
        .flat_map(|s| s.points.iter().map(move |p| (s, p)))
        .map(|(s, p)| {
            let year = if p.period.is_partial() {
                format!("{} {}", p.year, i18n::period_name(lang, &p.period))
            } else {
                p.year.to_string()
            };
            el("tr")
                .class(if p.conflict { "conflict" } else { "" })
                .child(el("td").text(c.cluster_name(&s.cluster)))
                .child(el("td").text(scope_label(c, s)))
                .child(el("td").text(year))
                .child(
                    el("td")
                        .text(i18n::value(lang, &p.value, &s.unit))
                        .child_if(p.alternate, || el("span").class("tag").text(other_source(lang, p))),
                )
                .child(yes_no(lang, passed(p)))
                .child(el("td").child(cite(lang, &p.source, p.confidence)))
        })
        .collect();
    let head = [X::Cluster, X::ColScope, X::ColYear, X::ColValue, X::ColPassed, X::ColSource];
    table(lang, Some(X::Figures), "series-table", &head, rows)
}

/// A series' mark: the shape says which cluster (colour repeats it), hollow
/// marks are a county's or park's scope.
fn series_mark(shape: usize, x: f64, y: f64) -> El {
    match shape % 5 {
        0 => el("circle").n("cx", x).n("cy", y).a("r", "5"),
        1 => el("rect").n("x", x - 4.5).n("y", y - 4.5).a("width", "9").a("height", "9"),
        2 => el("path").at("d", format!("M{x:.1} {:.1}l6 6l-6 6l-6 -6z", y - 6.0)),
        3 => el("path").at("d", format!("M{x:.1} {:.1}l6 10h-12z", y - 6.0)),
        _ => el("path").at("d", format!("M{x:.1} {:.1}l6 -10h-12z", y + 6.0)),
    }
}

fn short_value(lang: Lang, v: &Value) -> String {
    let Value::Number { value, qualifier, .. } = v else { return String::new() };
    let q = match (lang, qualifier) {
        (_, None) => "",
        (Lang::Zh, Some(q)) => q.symbol(),
        (Lang::En, Some(Qualifier::Over | Qualifier::MoreThan)) => ">",
        (Lang::En, Some(Qualifier::About)) => "≈",
        (Lang::En, Some(Qualifier::Nearly)) => "nearly ",
    };
    format!("{q}{}", i18n::number(lang, *value, 1))
}

fn series_class(c: &Ctx, s: &OutputSeries) -> (usize, String) {
    let k = c.atlas.clusters.iter().position(|x| x.id == s.cluster).unwrap_or(0);
    (k, format!("series s{}{}", k % 8, if s.place.is_some() { " local" } else { "" }))
}

fn compare_chart(c: &Ctx, series: &[OutputSeries], summary: String) -> El {
    let lang = c.lang;
    let axes = CompareAxes::fit(series);
    let (x0, x1) = (compare::LEFT, compare::WIDTH - compare::RIGHT);
    let level = |p: &OutputPoint| axes.y(p.value.number().unwrap_or(0.0));
    let hline = |y: f64| el("line").n("x1", x0).n("x2", x1).n("y1", y).n("y2", y);
    let mut grid = Vec::new();
    for v in &axes.y_ticks {
        let y = axes.y(*v);
        grid.push(hline(y));
        grid.push(el("text").n("x", x0 - 6.0).n("y", y + 4.0).a("text-anchor", "end").text(i18n::number(lang, *v, 0)));
    }
    let every = if axes.years.1 - axes.years.0 > 10 { 2 } else { 1 };
    for y in (axes.years.0..=axes.years.1).filter(|y| (y - axes.years.0) % every == 0) {
        grid.push(
            el("text").n("x", axes.x(y)).n("y", compare::HEIGHT - 10.0).a("text-anchor", "middle").text(y.to_string()),
        );
    }
    grid.push(el("text").a("x", "4").a("y", "10").text(i18n::unit_name(lang, "亿元")));
    // End labels at each series' last point, spread apart.
    let ends: Vec<f64> = series.iter().map(|s| s.points.last().map_or(0.0, level)).collect();
    let label_ys = compare::spread_labels(&ends);
    let mut lines = Vec::new();
    let mut legend = Vec::new();
    // Value labels already drawn: one that would overlap is left out (the
    // point's name, the tooltip and the table below still give its value).
    let mut placed: Vec<(f64, f64, f64)> = Vec::new();
    for (si, s) in series.iter().enumerate() {
        let (k, class) = series_class(c, s);
        let name = c.cluster_name(&s.cluster);
        let scope = scope_label(c, s);
        let line: Vec<String> = s
            .points
            .iter()
            .filter(|p| !p.alternate)
            .map(|p| format!("{:.1},{:.1}", axes.x(p.year), level(p)))
            .collect();
        let mut g = el("g").at("class", class.clone()).at("data-cluster", s.cluster.clone());
        if line.len() > 1 {
            g = g.child(el("polyline").at("points", line.join(" ")));
        }
        for p in &s.points {
            let (x, y) = (axes.x(p.year), level(p));
            let mut label = format!("{name}（{scope}）{}：{}", p.year, i18n::value(lang, &p.value, &s.unit));
            if p.alternate {
                label.push_str(&format!("；{}", other_source(lang, p)));
            }
            label.push_str(&format!("；{}", p.source.publisher));
            g = g.child(
                el("g")
                    .class(if p.alternate { "pt alt" } else { "pt" })
                    .a("tabindex", "0")
                    .a("role", "img")
                    .at("aria-label", label.clone())
                    .child(el("title").text(label))
                    .child(series_mark(k, x, y))
                    .child_if(
                        compare::place_label(&mut placed, x, y - 9.0, short_value(lang, &p.value).chars().count()),
                        || {
                            el("text")
                                .class("val")
                                .n("x", x)
                                .n("y", y - 9.0)
                                .a("text-anchor", "middle")
                                .text(short_value(lang, &p.value))
                        },
                    ),
            );
        }
        let end = match &s.place {
            None => name.clone(),
            Some((Place::County, id)) => {
                format!("{} · {name}", c.county_name(id).split(' ').next().unwrap_or_default())
            }
            Some(_) => format!("{name} *"),
        };
        let last_x = s.points.last().map_or(0.0, |p| axes.x(p.year));
        lines.push(g.child(el("text").class("end").n("x", last_x + 10.0).n("y", label_ys[si] + 4.0).text(end)));
        legend.push(
            el("li")
                .at("class", class)
                .child(
                    el("svg")
                        .a("viewBox", "0 0 16 16")
                        .a("width", "14")
                        .a("height", "14")
                        .a("aria-hidden", "true")
                        .child(series_mark(k, 8.0, 8.0)),
                )
                .text(format!("{name} — {scope}")),
        );
    }
    let y1000 = axes.y(THOUSAND_BN);
    el("figure")
        .class("compare-chart")
        .child(
            el("svg")
                .at("viewBox", format!("0 0 {} {}", compare::WIDTH, compare::HEIGHT))
                .a("role", "group")
                .at("aria-label", summary)
                .child(el("g").class("grid").a("aria-hidden", "true").kids(grid))
                .child(el("g").class("thousand").child(hline(y1000)).child(
                    el("text").n("x", x1).n("y", y1000 - 5.0).a("text-anchor", "end").text(tx(lang, X::Thousand)),
                ))
                .kids(lines),
        )
        .child(el("figcaption").class("legend").child(el("ul").kids(legend)))
}

/// The targets of the plan that concern a cluster: the one its output counts
/// towards, and those whose sentence in the plan names it.
fn concerned<'a>(c: &'a Ctx, cl: &Cluster) -> Vec<&'a Rc<Card>> {
    let related: Option<&str> = cl
        .output_indicator
        .as_deref()
        .and_then(|i| c.data.indicators.iter().find(|x| x.id == i))
        .and_then(|i| i.related_target.as_deref());
    c.scorecard
        .cards()
        .filter(|k| Some(k.target.id.as_str()) == related || k.target.quote.contains(&cl.name_zh))
        .collect()
}

fn status_link(c: &Ctx, card: &Card) -> El {
    link(c.href(View::Indicator(card.target.id.clone()), Filters::default()), i18n::status_label(c.lang, card.status))
        .at("class", format!("status {}", i18n::status_class(card.status)))
}

fn target_item(c: &Ctx, card: &Card) -> El {
    el("li")
        .child(link(
            c.href(View::Indicator(card.target.id.clone()), Filters::default()),
            i18n::target_name(c.lang, &card.target),
        ))
        .text(" · ")
        .child(status_link(c, card))
}

fn park_item(c: &Ctx, p: &Park) -> El {
    el("li").class("park-item").child(level_icon(p.level)).child(c.to_park(p)).child(
        el("span").class("muted").text(format!(
            " · {} · {}",
            i18n::level_name(c.lang, p.level),
            i18n::status_name(c.lang, p.status)
        )),
    )
}

fn cluster_page(c: &Ctx, cl: &Cluster) -> El {
    let (lang, a) = (c.lang, c.atlas);
    let series = a.output_series(c.data, &[cl.id.as_str()]);
    let counties: Vec<El> = a
        .counties_of_cluster(&cl.id)
        .into_iter()
        .map(|k| {
            let said = a.cluster_counties.iter().filter(|x| x.cluster == cl.id && x.county == k.id);
            let mut li = el("li").child(c.to_county(&k.id));
            for x in said {
                li = li.text(" · ").child(cite(lang, &x.source, x.confidence));
            }
            li
        })
        .collect();
    let parks: Vec<El> = a.parks_of_cluster(&cl.id).into_iter().map(|p| park_item(c, p)).collect();
    let firms: Vec<El> = a
        .enterprises_of_cluster(&cl.id)
        .into_iter()
        .map(|e| {
            el("li")
                .child(el("span").a("lang", "zh-CN").text(e.name_zh.clone()))
                .text(e.county.as_deref().map(|k| format!("（{}）", c.county_name(k))).unwrap_or_default())
                .text(" · ")
                .child(cite(lang, &e.source, e.confidence))
        })
        .collect();
    let targets: Vec<El> = concerned(c, cl).into_iter().map(|k| target_item(c, k)).collect();
    el("article")
        .class("cluster-page")
        .at("data-cluster", cl.id.clone())
        .child(el("p").class("muted").text(i18n::group_name(lang, cl.group)))
        .child(heading("h3", tx(lang, X::Direction)))
        .child(el("blockquote").a("lang", "zh-CN").text(cl.phrase.clone()))
        .child(el("p").child(link(c.href(View::Plan, Filters::default()), tx(lang, X::PlanWords))))
        .child(heading("h3", tx(lang, X::CompareHeading)))
        .child(compare_block(c, &[cl.id.as_str()], &series))
        .child(heading("h3", tx(lang, X::WhereItSits)))
        .child(el("p").class("muted").text(tx(lang, X::EvidenceNote)))
        .child(list_or_none(lang, counties))
        .child(heading("h3", tx(lang, X::ParksOf)))
        .child(list_or_none(lang, parks))
        .child(heading("h3", tx(lang, X::Enterprises)))
        .child(list_or_none(lang, firms))
        .child(heading("h3", tx(lang, X::TargetsConcerned)))
        .child(list_or_none(lang, targets))
}

// ------------------------------------------------------------------- parks

fn park_filter(f: &Filters) -> ParkFilter {
    ParkFilter { clusters: f.clusters.clone(), county: f.county.clone(), level: f.level, status: f.status }
}

/// Whether the plan's commitment about a park happened: its milestone's status.
fn commitment(c: &Ctx, p: &Park) -> El {
    match p.milestone_target.as_deref().and_then(|t| c.card(t)) {
        Some(card) => status_link(c, card),
        None => el("span").class("muted").text("—"),
    }
}

fn parks_view(c: &Ctx) -> El {
    let (lang, f, a) = (c.lang, c.filters, c.atlas);
    if let Some(p) = f.park.as_deref().and_then(|p| a.park(p)) {
        return park_page(c, p);
    }
    let mut parks = a.parks_where(&park_filter(f));
    let county_rank = |p: &Park| p.counties.first().and_then(|k| a.counties.iter().position(|x| &x.id == k));
    match f.sort {
        Sort::Plan => {}
        Sort::Name => parks.sort_by_cached_key(|p| c.park_name(p)),
        Sort::Level => parks.sort_by_key(|p| p.level),
        // Undated last.
        Sort::Approved => parks.sort_by_key(|p| (p.approved.is_empty(), p.approved.clone())),
        Sort::County => parks.sort_by_key(|p| county_rank(p).unwrap_or(usize::MAX)),
    }
    let rows: Vec<El> = parks
        .iter()
        .map(|p| {
            let names =
                |ids: &[String], f: &dyn Fn(&str) -> String| ids.iter().map(|k| f(k)).collect::<Vec<_>>().join(c.sep());
            el("tr")
                .at("data-park", p.id.clone())
                .child(el("th").a("scope", "row").child(c.to_park(p)))
                .child(el("td").class("lv").child(level_icon(p.level)).text(i18n::level_name(lang, p.level)))
                .child(el("td").text(names(&p.counties, &|k| c.county_name(k))))
                .child(el("td").text(i18n::approved(lang, &p.approved)))
                .child(el("td").text(i18n::area(lang, p.area_km2, "")))
                .child(el("td").text(names(&p.clusters, &|k| c.cluster_name(k))))
                .child(el("td").text(i18n::status_name(lang, p.status)))
                .child(el("td").child(commitment(c, p)))
        })
        .collect();
    let head = [
        X::Park,
        X::ColLevel,
        X::ColCounties,
        X::ColApproved,
        X::ColArea,
        X::ColClusters,
        X::ColStatus,
        X::ColCommitment,
    ];
    let list = if rows.is_empty() {
        el("p").class("muted").text(tx(lang, X::NoParks))
    } else {
        table(lang, Some(X::ParksHeading), "parks-table", &head, rows)
    };
    el("div")
        .child(county_map(c.base, a, &parks, f, &View::Parks))
        .child(el("p").class("shown").a("role", "status").text(i18n::shown_of(lang, parks.len(), a.parks.len())))
        .child(list)
}

fn place_figures(c: &Ctx, place: Place, id: &str, note: X) -> El {
    let lang = c.lang;
    let figs = c.atlas.figures_of(place, id);
    if figs.is_empty() {
        return el("p").class("muted").text(tx(lang, X::NothingPublished));
    }
    let rows = figs
        .iter()
        .map(|x| {
            el("tr")
                .child(el("td").text(c.pick(&x.metric_zh, &x.metric_en)))
                .child(el("td").text(format!("{} {}", x.year, i18n::period_name(lang, &x.period))))
                .child(el("td").text(i18n::value(lang, &x.value, &x.unit)))
                .child(el("td").child(cite(lang, &x.source, x.confidence)))
        })
        .collect();
    let head = [X::ColScope, X::ColYear, X::ColValue, X::ColSource];
    el("div").child(el("p").class("note").text(tx(lang, note))).child(table(lang, None, "place-figures", &head, rows))
}

fn park_page(c: &Ctx, p: &Park) -> El {
    let lang = c.lang;
    let mut facts = Vec::new();
    let mut row = |label: X, value: El| {
        facts.push(el("dt").text(tx(lang, label)));
        facts.push(el("dd").child(value));
    };
    let span = |s: String| el("span").text(s);
    row(X::ColLevel, el("span").child(level_icon(p.level)).text(i18n::level_name(lang, p.level)));
    row(X::ColStatus, span(i18n::status_name(lang, p.status).into()));
    row(X::ColApproved, span(i18n::approved(lang, &p.approved)));
    row(
        X::ColCounties,
        if p.counties.is_empty() {
            span(tx(lang, X::NothingPublished).into())
        } else {
            el("span").kids(p.counties.iter().map(|k| c.to_county(k)).collect())
        },
    );
    row(X::ColArea, span(i18n::area(lang, p.area_km2, &p.area_note)));
    row(
        X::ColClusters,
        if p.clusters.is_empty() {
            span("—".into())
        } else {
            el("span").kids(p.clusters.iter().map(|k| c.to_cluster(k)).collect())
        },
    );
    if !p.plan_phrase.is_empty() {
        row(X::PlanWords, el("q").a("lang", "zh-CN").text(p.plan_phrase.clone()));
    }
    if p.milestone_target.is_some() {
        row(X::ColCommitment, commitment(c, p));
    }
    row(X::ColSource, cite(lang, &p.source, p.confidence));
    if !p.note.is_empty() {
        row(X::ListLabel, el("span").a("lang", "zh-CN").text(p.note.clone()));
    }
    let here = Filters { county: p.counties.first().cloned(), ..Filters::default() };
    el("article")
        .class("park-page")
        .at("data-park", p.id.clone())
        .child(el("dl").class("park-facts").kids(facts))
        .child_if(!p.counties.is_empty(), || county_map(c.base, c.atlas, &[p], &here, &View::Counties))
        .child(heading("h3", tx(lang, X::Figures)))
        .child(place_figures(c, Place::Park, &p.id, X::ParkFiguresNote))
}

// ---------------------------------------------------------------- counties

fn counties_view(c: &Ctx) -> El {
    let (lang, f, a) = (c.lang, c.filters, c.atlas);
    if let Some(k) = f.county.as_deref().and_then(|k| a.county(k)) {
        return county_page(c, &k.id);
    }
    let parks = a.parks_where(&park_filter(f));
    // Cross-filters: a cluster narrows to the counties where it sits; a park to its own.
    let park = f.park.as_deref().and_then(|p| a.park(p));
    let rows: Vec<El> = a
        .counties
        .iter()
        .filter(|k| {
            f.clusters.is_empty() || f.clusters.iter().any(|cl| a.counties_of_cluster(cl).iter().any(|x| x.id == k.id))
        })
        .filter(|k| park.is_none_or(|p| p.counties.contains(&k.id)))
        .map(|k| {
            let clusters: Vec<String> = a.clusters_in_county(&k.id).iter().map(|x| c.cluster_name(&x.id)).collect();
            el("tr")
                .at("data-county", k.id.clone())
                .child(el("th").a("scope", "row").child(link(
                    c.href(View::Counties, Filters { county: Some(k.id.clone()), ..f.clone() }),
                    c.county_name(&k.id),
                )))
                .child(el("td").text(parks.iter().filter(|p| p.counties.contains(&k.id)).count().to_string()))
                .child(el("td").text(clusters.join(c.sep())))
                .child(el("td").text(a.figures_of(Place::County, &k.id).len().to_string()))
        })
        .collect();
    let head = [X::County, X::ColParks, X::ClustersOfPlace, X::Figures];
    el("div").child(county_map(c.base, a, &parks, f, &View::Counties)).child(table(
        lang,
        Some(X::CountiesHeading),
        "counties-table",
        &head,
        rows,
    ))
}

fn county_page(c: &Ctx, id: &str) -> El {
    let (lang, f, a) = (c.lang, c.filters, c.atlas);
    let parks = a.parks_where(&ParkFilter { county: Some(id.to_string()), ..park_filter(f) });
    let clusters: Vec<El> = a.clusters_in_county(id).into_iter().map(|x| el("li").child(c.to_cluster(&x.id))).collect();
    let firms: Vec<El> = a
        .enterprises
        .iter()
        .filter(|e| e.county.as_deref() == Some(id))
        .map(|e| {
            el("li")
                .child(el("span").a("lang", "zh-CN").text(e.name_zh.clone()))
                .text(format!("（{}）", c.cluster_name(&e.cluster)))
        })
        .collect();
    el("article")
        .class("county-page")
        .at("data-county", id)
        .child(county_map(c.base, a, &parks, f, &View::Counties))
        .child(heading("h3", tx(lang, X::ParksOf)))
        .child(list_or_none(lang, parks.iter().map(|p| park_item(c, p)).collect()))
        .child(heading("h3", tx(lang, X::ClustersOfPlace)))
        .child(el("p").class("muted").text(tx(lang, X::EvidenceNote)))
        .child(list_or_none(lang, clusters))
        .child(heading("h3", tx(lang, X::Enterprises)))
        .child(list_or_none(lang, firms))
        .child(heading("h3", tx(lang, X::Figures)))
        .child(place_figures(c, Place::County, id, X::CountyFiguresNote))
}
