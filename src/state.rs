//! The page's one state and its transitions: `AppState` + [`Action`], a
//! reducer for `use_reducer`.
//!
//! Transitions are pure (no DOM, no I/O): the URL is parsed here once per
//! navigation, and the state says how the one URL effect in `ui::app` must
//! write the address ([`History`]). Fetching the explore bundle happens in an
//! effect that reports back with [`Action::ExploreLoaded`].

use std::rc::Rc;

use yew::Reducible;

use crate::charts::ChartSpec;
use crate::model::bundle::{DecodeError, ExploreBundle};
use crate::model::desk::{self, Changes, Encoding, Sheet};
use crate::model::problem::Problem;
use crate::model::scorecard::{Card, Scorecard};
use crate::model::seeds::FigureRow;
use crate::model::Dataset;
use crate::route::{Filters, Notice, UrlState, View};

/// What the page shows, built once from the bundled dataset.
pub struct Loaded {
    pub data: Dataset,
    pub scorecard: Scorecard,
    /// Figures published, groups of sources in conflict, figures in them.
    pub figure_counts: (usize, usize, usize),
    /// One chart spec per target, in `Dataset::targets` order.
    pub specs: Vec<(String, Rc<ChartSpec>)>,
}

impl Loaded {
    pub fn build(data: Dataset) -> Loaded {
        Loaded {
            scorecard: Scorecard::build(&data),
            figure_counts: (
                data.figures.len(),
                data.conflicts().len(),
                data.conflict_flags().iter().filter(|&&c| c).count(),
            ),
            specs: data.targets.iter().map(|t| (t.id.clone(), Rc::new(ChartSpec::build(&data, t)))).collect(),
            data,
        }
    }

    pub fn bundled() -> Result<Loaded, DecodeError> {
        Dataset::bundled().map(Loaded::build)
    }

    pub fn spec(&self, id: &str) -> Option<&Rc<ChartSpec>> {
        self.specs.iter().find(|(t, _)| t == id).map(|(_, s)| s)
    }

    pub fn card(&self, id: &str) -> Option<&Rc<Card>> {
        self.scorecard.cards().find(|c| c.target.id == id)
    }

    pub fn is_target(&self, id: &str) -> bool {
        self.spec(id).is_some()
    }
}

/// The explore bundle, fetched the first time a view needs it.
#[derive(Clone, Debug, Default)]
pub enum Remote {
    #[default]
    Idle,
    Loading,
    Ready(Rc<ExploreBundle>),
    Failed(String),
}

impl PartialEq for Remote {
    fn eq(&self, o: &Self) -> bool {
        match (self, o) {
            (Remote::Idle, Remote::Idle) | (Remote::Loading, Remote::Loading) => true,
            (Remote::Ready(a), Remote::Ready(b)) => Rc::ptr_eq(a, b),
            (Remote::Failed(a), Remote::Failed(b)) => a == b,
            _ => false,
        }
    }
}

/// The data desk's working file, and what it would publish.
#[derive(Clone)]
pub struct Desk {
    /// The published figures file, as fetched: what "discard" returns to.
    pub published: Rc<Sheet>,
    pub sheet: Rc<Sheet>,
    /// How the open file was decoded; `None` for the published file.
    pub encoding: Option<Encoding>,
    /// The last file that could not be used, and why (the sheet stays).
    pub refused: Option<(String, Problem)>,
    /// The line of the row the form added last.
    pub added: Option<usize>,
    /// The preview: built only once the sheet differs from the published file.
    pub preview: Option<Rc<Loaded>>,
    pub changes: Rc<Changes>,
}

impl Desk {
    fn open(published: Rc<Sheet>, sheet: Sheet, encoding: Option<Encoding>, data: &Dataset) -> Desk {
        let modified = sheet != *published;
        let changes = if modified { desk::changes(data, &sheet.preview) } else { Changes::default() };
        Desk {
            preview: modified.then(|| Rc::new(Loaded::build(sheet.preview.clone()))),
            changes: Rc::new(changes),
            sheet: Rc::new(sheet),
            published,
            encoding,
            refused: None,
            added: None,
        }
    }
}

/// The desk's state: its published file is fetched on first use.
#[derive(Clone, Default)]
pub enum DeskState {
    #[default]
    Idle,
    Loading,
    Failed(String),
    Open(Rc<Desk>),
}

impl PartialEq for DeskState {
    fn eq(&self, o: &Self) -> bool {
        match (self, o) {
            (DeskState::Idle, DeskState::Idle) | (DeskState::Loading, DeskState::Loading) => true,
            (DeskState::Failed(a), DeskState::Failed(b)) => a == b,
            (DeskState::Open(a), DeskState::Open(b)) => Rc::ptr_eq(a, b),
            _ => false,
        }
    }
}

/// How the URL effect writes the address after a transition.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum History {
    /// The address already says it (the first load, back and forward).
    Keep,
    /// A navigation: a new history entry, with an anchor to scroll to.
    Push { hash: Option<String> },
    /// A correction of the same entry (the language switch, unknown ids dropped).
    Replace,
}

/// Where a link goes: a view with its filters, and an anchor within it.
#[derive(Debug, Clone, PartialEq)]
pub struct Destination {
    pub view: View,
    pub filters: Filters,
    pub hash: Option<String>,
}

pub enum Action {
    /// An address arrived (the page opened, back or forward): `location.search`.
    Arrive(String),
    /// A link or a filter control.
    Go(Destination),
    /// The other language, same view.
    ToggleLang,
    /// The explore bundle's fetch started.
    ExploreLoading,
    ExploreLoaded(Result<Rc<ExploreBundle>, String>),
    /// The desk's fetch of the published figures file started.
    DeskLoading,
    /// The published figures file (its text), or why it could not be had.
    DeskPublished(Result<String, String>),
    /// A maintainer's file, decoded, or why it cannot be read as text.
    DeskOpened {
        name: String,
        result: Result<(Encoding, String), Problem>,
    },
    /// A row from the desk's form.
    DeskAdd(Box<FigureRow>),
    /// Back to the published figures.
    DeskDiscard,
}

#[derive(Clone)]
pub struct AppState {
    pub data: Result<Rc<Loaded>, DecodeError>,
    pub url: UrlState,
    /// Parameters of the address that were not understood.
    pub notices: Vec<Notice>,
    pub explore: Remote,
    pub desk: DeskState,
    pub history: History,
    /// Counts the transitions that write the address, so that the URL effect
    /// runs for each of them even when two lead to the same state.
    pub serial: u32,
}

impl PartialEq for AppState {
    fn eq(&self, o: &Self) -> bool {
        let same_data = match (&self.data, &o.data) {
            (Ok(a), Ok(b)) => Rc::ptr_eq(a, b),
            (Err(a), Err(b)) => a == b,
            _ => false,
        };
        same_data
            && self.url == o.url
            && self.notices == o.notices
            && self.explore == o.explore
            && self.desk == o.desk
            && self.history == o.history
            && self.serial == o.serial
    }
}

impl AppState {
    /// The state of a page opened at `query` (`location.search`).
    pub fn new(data: Result<Rc<Loaded>, DecodeError>, query: &str) -> AppState {
        let mut s = AppState {
            data,
            url: UrlState::default(),
            notices: vec![],
            explore: Remote::Idle,
            desk: DeskState::Idle,
            history: History::Keep,
            serial: 0,
        };
        s.arrive(query);
        s
    }

    /// The same, with the explore bundle already at hand (the host renders).
    pub fn with_explore(mut self, bundle: Rc<ExploreBundle>) -> AppState {
        self.explore = Remote::Ready(bundle);
        self.check_filters();
        self
    }

    /// Whether the view on screen needs the explore bundle.
    pub fn needs_explore(&self) -> bool {
        self.url.view.explores() || self.url.view == View::Plan
    }

    /// The data the views show: the desk's preview while there is one, else
    /// the published data.
    pub fn shown(&self) -> Result<&Rc<Loaded>, &DecodeError> {
        match (&self.desk, &self.data) {
            (DeskState::Open(d), Ok(_)) if d.preview.is_some() => Ok(d.preview.as_ref().expect("checked")),
            (_, data) => data.as_ref(),
        }
    }

    /// Whether the views show a preview rather than the published data.
    pub fn previewing(&self) -> bool {
        matches!(&self.desk, DeskState::Open(d) if d.preview.is_some())
    }

    pub fn bundle(&self) -> Option<&Rc<ExploreBundle>> {
        match &self.explore {
            Remote::Ready(b) => Some(b),
            _ => None,
        }
    }

    fn arrive(&mut self, query: &str) {
        let data = self.data.clone();
        let is_target = |id: &str| data.as_ref().is_ok_and(|l| l.is_target(id));
        let (url, notices) = UrlState::parse(query, &is_target);
        self.url = url;
        self.notices = notices;
        self.history = History::Keep;
        self.check_filters();
    }

    /// Drops filter ids the atlas does not have, with a notice naming each,
    /// and corrects the address. Only once the atlas is here.
    fn check_filters(&mut self) {
        let Remote::Ready(bundle) = &self.explore else { return };
        let (filters, mut unknown) = self.url.filters.known(&bundle.atlas);
        if !unknown.is_empty() {
            self.url.filters = filters;
            self.notices.append(&mut unknown);
            if self.history == History::Keep {
                self.history = History::Replace;
            }
        }
    }

    /// The transition for `action`: pure, so it is tested without a browser.
    pub fn apply(&self, action: Action) -> AppState {
        let mut next = self.clone();
        match action {
            Action::Arrive(query) => next.arrive(&query),
            Action::Go(d) => {
                let filters = if d.view.explores() { d.filters } else { Filters::default() };
                next.url = UrlState { view: d.view, filters, ..self.url.clone() };
                next.notices.clear();
                next.history = History::Push { hash: d.hash };
                next.check_filters();
            }
            Action::ToggleLang => {
                next.url.lang = self.url.lang.other();
                next.history = History::Replace;
            }
            Action::ExploreLoading => {
                next.explore = Remote::Loading;
                return next;
            }
            Action::ExploreLoaded(result) => {
                next.explore = match result {
                    Ok(b) => Remote::Ready(b),
                    Err(e) => Remote::Failed(e),
                };
                next.history = History::Keep;
                next.check_filters();
            }
            desk_action => {
                next.desk = self.apply_desk(desk_action);
                next.history = History::Keep;
                return next;
            }
        }
        if next.history != History::Keep {
            next.serial = self.serial.wrapping_add(1);
        }
        next
    }
}

impl AppState {
    /// The desk's transitions: reading and checking are the model's
    /// (`model::desk`), so they run here, pure, like the build's.
    fn apply_desk(&self, action: Action) -> DeskState {
        let Ok(loaded) = &self.data else { return self.desk.clone() };
        let data = &loaded.data;
        let open = match &self.desk {
            DeskState::Open(d) => Some(d),
            _ => None,
        };
        match (action, open) {
            (Action::DeskLoading, _) => DeskState::Loading,
            (Action::DeskPublished(Err(e)), _) => DeskState::Failed(e),
            (Action::DeskPublished(Ok(text)), _) => {
                let sheet = Sheet::read("figures.csv", &text, data);
                DeskState::Open(Rc::new(Desk::open(Rc::new(sheet.clone()), sheet, None, data)))
            }
            (Action::DeskOpened { name, result }, Some(d)) => {
                let refuse = |why: Problem| {
                    DeskState::Open(Rc::new(Desk { refused: Some((name.clone(), why)), added: None, ..(**d).clone() }))
                };
                match result {
                    Err(why) => refuse(why),
                    Ok((encoding, text)) => {
                        let sheet = Sheet::read(&name, &text, data);
                        // A file that is not a figures file replaces nothing.
                        match sheet.refused() {
                            true => refuse(sheet.read_errors[0].problem.clone()),
                            false => {
                                DeskState::Open(Rc::new(Desk::open(d.published.clone(), sheet, Some(encoding), data)))
                            }
                        }
                    }
                }
            }
            (Action::DeskAdd(row), Some(d)) => {
                let row = *row;
                let line = d.sheet.next_line();
                let sheet = d.sheet.with_row(row, data);
                let mut next = Desk::open(d.published.clone(), sheet, d.encoding, data);
                next.added = Some(line);
                DeskState::Open(Rc::new(next))
            }
            (Action::DeskDiscard, Some(d)) => {
                DeskState::Open(Rc::new(Desk::open(d.published.clone(), (*d.published).clone(), None, data)))
            }
            _ => self.desk.clone(),
        }
    }
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new(self.apply(action))
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    fn state(query: &str) -> AppState {
        AppState::new(Loaded::bundled().map(Rc::new), query)
    }

    fn bundle() -> Rc<ExploreBundle> {
        Rc::new(crate::bundle::explore_on_host().expect("explore bundle"))
    }

    #[test]
    fn an_address_is_parsed_once_and_kept() {
        let s = state("?view=parks&cluster=pharma&lang=en");
        assert_eq!((s.url.view.clone(), s.url.lang, s.history.clone()), (View::Parks, Lang::En, History::Keep));
        assert!(s.needs_explore());
    }

    #[test]
    fn a_link_pushes_and_keeps_language_and_embed_options() {
        let s = state("?lang=en&embed=1&theme=dark");
        let to = Destination {
            view: View::Parks,
            filters: Filters { county: Some("linhai".into()), ..Filters::default() },
            hash: None,
        };
        let next = s.apply(Action::Go(to));
        assert_eq!(next.url.print(), "?view=parks&county=linhai&lang=en&embed=1&theme=dark");
        assert_eq!(next.history, History::Push { hash: None });
        assert_eq!(next.serial, s.serial + 1);
        // Filters do not travel to the scorecard.
        let back = next.apply(Action::Go(Destination {
            view: View::Scorecard,
            filters: next.url.filters.clone(),
            hash: Some("t-gdp".into()),
        }));
        assert_eq!(back.url.filters, Filters::default());
    }

    #[test]
    fn unknown_ids_are_dropped_with_a_notice_once_the_atlas_is_here() {
        let s = state("?view=parks&park=nowhere&cluster=pharma");
        assert_eq!(s.url.filters.park.as_deref(), Some("nowhere"), "not judged before the atlas is loaded");
        let next = s.apply(Action::ExploreLoaded(Ok(bundle())));
        assert_eq!(next.url.print(), "?view=parks&cluster=pharma");
        assert_eq!(next.history, History::Replace);
        assert!(next.notices.iter().any(|n| matches!(n, Notice::Invalid { name, .. } if name == "park")));
    }

    #[test]
    fn the_language_switch_replaces_the_entry() {
        let next = state("?view=plan").apply(Action::ToggleLang);
        assert_eq!((next.url.print().as_str(), next.history), ("?view=plan&lang=en", History::Replace));
    }

    #[test]
    fn a_failed_fetch_is_kept_as_an_error_not_as_loading() {
        let next =
            state("?view=clusters").apply(Action::ExploreLoading).apply(Action::ExploreLoaded(Err("HTTP 404".into())));
        assert_eq!(next.explore, Remote::Failed("HTTP 404".into()));
    }

    fn published_text() -> String {
        crate::model::export::figures_csv(&Loaded::bundled().expect("bundled").data)
    }

    fn desk(s: &AppState) -> Rc<Desk> {
        match &s.desk {
            DeskState::Open(d) => d.clone(),
            _ => panic!("the desk is not open"),
        }
    }

    const ROW: &str = "digital_core_va,2025,125.3,,亿元,全市 规上,全年,测试数据（非真实）,https://example.org/b,台州市统计局（测试）,2026-03-20,high,,";

    #[test]
    fn the_desk_previews_a_file_and_discarding_returns_to_the_published_data() {
        let s = state("?view=data").apply(Action::DeskLoading).apply(Action::DeskPublished(Ok(published_text())));
        assert!(!s.previewing(), "the published file is no preview");
        let text = format!("{}{ROW}\r\n", published_text());
        let opened = s.apply(Action::DeskOpened { name: "new.csv".into(), result: Ok((Encoding::Gb18030, text)) });
        assert!(opened.previewing());
        let shown = opened.shown().expect("data");
        let t = shown.data.target("digital_core_va").expect("target");
        assert_ne!(shown.data.status(t), crate::model::Status::NoData, "the views show the preview");
        assert_eq!(desk(&opened).changes.added.len(), 1);
        assert_eq!(opened.history, History::Keep, "the address does not change");
        let back = opened.apply(Action::DeskDiscard);
        assert!(!back.previewing());
        assert!(Rc::ptr_eq(back.shown().expect("data"), s.data.as_ref().expect("data")));
    }

    #[test]
    fn a_file_that_cannot_be_used_replaces_nothing() {
        let s = state("?view=data").apply(Action::DeskPublished(Ok(published_text())));
        let before = desk(&s).sheet.clone();
        let refused = s.apply(Action::DeskOpened { name: "book.xlsx".into(), result: Err(Problem::Spreadsheet) });
        assert_eq!(desk(&refused).refused, Some(("book.xlsx".into(), Problem::Spreadsheet)));
        assert!(Rc::ptr_eq(&desk(&refused).sheet, &before));
        let targets = crate::model::load::SEEDS.targets.1.to_string();
        let wrong = s.apply(Action::DeskOpened { name: "targets.csv".into(), result: Ok((Encoding::Utf8, targets)) });
        assert_eq!(desk(&wrong).refused.as_ref().map(|r| &r.1), Some(&Problem::TargetsFile));
        assert!(!wrong.previewing());
    }

    #[test]
    fn a_form_row_is_added_to_the_published_file_and_previewed() {
        let s = state("?view=data").apply(Action::DeskPublished(Ok(published_text())));
        let d = desk(&s);
        let mut rows = Vec::new();
        crate::model::seeds::read::<FigureRow>(
            "x",
            &format!("{}\n{ROW}", crate::model::export::SEED_FIGURES_HEADER),
            crate::model::load::FIGURE_COLUMNS,
            &mut rows,
        )
        .expect("reads")
        .into_iter()
        .for_each(|r| {
            let next = s.apply(Action::DeskAdd(Box::new(r.row)));
            let nd = desk(&next);
            assert_eq!(nd.added, Some(d.sheet.next_line()));
            assert_eq!(nd.sheet.rows.len(), d.sheet.rows.len() + 1);
            assert!(next.previewing());
        });
        assert!(rows.is_empty());
    }
}
