//! The page's one state and its transitions: `AppState` + [`Action`], a
//! reducer for `use_reducer`.
//!
//! Transitions are pure (no DOM, no I/O): the URL is parsed here once per
//! navigation, and the state says how the one URL effect in `ui::app` must
//! write the address ([`History`]). Fetching the explore bundle happens in an
//! effect that reports back with [`Action::ExploreLoaded`].

use std::rc::Rc;

use yew::Reducible;

use crate::bundle::FetchError;
use crate::model::bundle::{DecodeError, ExploreBundle};
use crate::model::search::Index;
use crate::page;
use crate::route::{mentions, Filters, Modes, Notice, UrlState, View};

pub mod loaded;
pub mod remote;
pub use loaded::Loaded;
pub use remote::{Remote, Shared};

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
    /// The large-text switch (长辈模式).
    ToggleLargeText,
    /// The high-contrast switch.
    ToggleContrast,
    /// The search field was focused: fetch what the search needs.
    WantSearch,
    /// The explore bundle's fetch started.
    ExploreLoading,
    /// "查看最新": the same view, no longer pinned to an edition.
    Unpin,
    /// Fetch the explore bundle again, after it failed to arrive.
    ExploreRetry,
    ExploreLoaded(Result<Rc<ExploreBundle>, FetchError>),
    /// What only this build's page does (the data desk's file, form and
    /// preview; nothing on the visitors' page): `crate::page`.
    Page(page::state::Action),
}

/// The data of an edition other than the latest, built once per edition.
#[derive(Clone)]
struct Pinned {
    number: u16,
    loaded: Rc<Loaded>,
    /// The explore bundle with that edition's county and park figures,
    /// made once the bundle is here.
    bundle: Option<Rc<ExploreBundle>>,
}

impl PartialEq for Pinned {
    fn eq(&self, o: &Self) -> bool {
        let same_bundle = match (&self.bundle, &o.bundle) {
            (Some(a), Some(b)) => Rc::ptr_eq(a, b),
            (a, b) => a.is_none() && b.is_none(),
        };
        Rc::ptr_eq(&self.loaded, &o.loaded) && same_bundle
    }
}

#[derive(Clone)]
pub struct AppState {
    pub data: Result<Rc<Loaded>, DecodeError>,
    pub url: UrlState,
    /// The edition the address pins, when it is not the latest.
    pinned: Option<Pinned>,
    /// Parameters of the address that were not understood.
    pub notices: Vec<Notice>,
    /// The explore bundle, fetched the first time a view needs it.
    pub explore: Remote<ExploreBundle>,
    /// The search index, built once the explore bundle (with its pinyin) is here.
    pub search: Option<Rc<Index>>,
    /// The search field asked for the explore bundle.
    search_wanted: bool,
    /// What only this build's page keeps (the desk's working file).
    pub page: page::state::State,
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
            && self.pinned == o.pinned
            && self.url == o.url
            && self.notices == o.notices
            && self.explore == o.explore
            && self.search_wanted == o.search_wanted
            && self.page == o.page
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
            pinned: None,
            notices: vec![],
            explore: Remote::Idle,
            search: None,
            search_wanted: false,
            page: Default::default(),
            history: History::Keep,
            serial: 0,
        };
        s.arrive(query);
        s
    }

    /// The same, with the explore bundle already at hand (the host renders).
    pub fn with_explore(mut self, bundle: Rc<ExploreBundle>) -> AppState {
        self.explored(bundle);
        self.check_filters();
        self
    }

    fn explored(&mut self, bundle: Rc<ExploreBundle>) {
        if let Ok(l) = &self.data {
            self.search = Some(Rc::new(Index::build(&l.data, &bundle.atlas, &bundle.pinyin)));
        }
        self.explore = Remote::Ready(bundle);
        self.pin_bundle();
    }

    /// The reader's modes as the page decided them before the first paint
    /// (the address, else the visitor's stored choice, else their system's
    /// contrast setting): the address is corrected to say them.
    pub fn with_modes(mut self, modes: Modes) -> AppState {
        if modes != self.url.modes {
            self.url.modes = modes;
            self.history = History::Replace;
            self.serial = self.serial.wrapping_add(1);
        }
        self
    }

    /// Whether the view on screen needs the explore bundle.
    pub fn needs_explore(&self) -> bool {
        self.url.view.explores() || matches!(self.url.view, View::Plan | View::Search(_)) || self.search_wanted
    }

    /// The data the views show: the desk's preview while there is one, else
    /// the edition the address pins, else the published data.
    pub fn shown(&self) -> Result<&Rc<Loaded>, &DecodeError> {
        match (self.preview().or(self.pinned.as_ref().map(|p| &p.loaded)), &self.data) {
            (Some(p), Ok(_)) => Ok(p),
            (_, data) => data.as_ref(),
        }
    }

    /// The edition the address pins, if the data has it: its number and date.
    pub fn pinned_edition(&self) -> Option<&crate::model::Edition> {
        let n = self.url.edition?;
        self.data.as_ref().ok()?.data.editions.iter().find(|e| e.number == n)
    }

    /// Builds the data of the pinned edition, once per edition; an edition
    /// the data does not have is dropped with a notice, and the address
    /// corrected.
    fn pin(&mut self) {
        let Ok(published) = &self.data else { return };
        let latest = published.data.edition().map(|e| e.number);
        self.pinned = match self.url.edition {
            // The latest edition is the published data: nothing to build.
            None => None,
            Some(n) if Some(n) == latest => None,
            Some(n) if self.pinned.as_ref().is_some_and(|p| p.number == n) => self.pinned.take(),
            Some(n) => match published.data.at_edition(n) {
                Some(data) => Some(Pinned { number: n, loaded: Rc::new(Loaded::build(data)), bundle: None }),
                None => {
                    self.notices.push(Notice::invalid(crate::route::EDITION_PARAM, &n.to_string()));
                    self.url.edition = None;
                    if self.history == History::Keep {
                        self.history = History::Replace;
                    }
                    None
                }
            },
        };
        self.pin_bundle();
    }

    /// Whether the views show a preview rather than the published data.
    pub fn previewing(&self) -> bool {
        self.preview().is_some()
    }

    fn preview(&self) -> Option<&Rc<Loaded>> {
        page::state::preview(&self.page)
    }

    /// The explore bundle as the views show it: of the pinned edition, if any.
    pub fn bundle(&self) -> Option<&Rc<ExploreBundle>> {
        match &self.explore {
            Remote::Ready(b) => Some(self.pinned.as_ref().and_then(|p| p.bundle.as_ref()).unwrap_or(b)),
            _ => None,
        }
    }

    /// Gives the pinned edition its explore bundle once both are here.
    fn pin_bundle(&mut self) {
        if let (Some(p), Remote::Ready(b)) = (&mut self.pinned, &self.explore) {
            if p.bundle.is_none() {
                p.bundle = Some(Rc::new(ExploreBundle { atlas: b.atlas.at_edition(p.number), ..(**b).clone() }));
            }
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
        self.pin();
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
            Action::Arrive(query) => {
                next.arrive(&query);
                // The modes are the reader's settings, not places: back and
                // forward keep them unless the address sets them.
                let asked = next.url.modes;
                let [text, contrast] = Modes::PARAMS.map(|p| mentions(&query, p));
                let modes = &mut next.url.modes;
                if !text {
                    modes.large_text = self.url.modes.large_text;
                }
                if !contrast {
                    modes.high_contrast = self.url.modes.high_contrast;
                }
                // The address says other modes than those kept: it is corrected.
                if next.url.modes != asked {
                    next.history = History::Replace;
                }
            }
            Action::Go(d) => {
                let filters = if d.view.explores() { d.filters } else { Filters::default() };
                next.url = UrlState { view: d.view, filters, ..self.url.clone() };
                next.notices.clear();
                next.history = History::Push { hash: d.hash };
                next.check_filters();
            }
            Action::Unpin => {
                next.url.edition = None;
                next.pinned = None;
                next.notices.clear();
                next.history = History::Push { hash: None };
            }
            Action::ToggleLang => {
                next.url.lang = self.url.lang.other();
                next.history = History::Replace;
            }
            Action::ToggleLargeText => {
                next.url.modes.large_text = !self.url.modes.large_text;
                next.history = History::Replace;
            }
            Action::ToggleContrast => {
                next.url.modes.high_contrast = !self.url.modes.high_contrast;
                next.history = History::Replace;
            }
            Action::WantSearch => {
                next.search_wanted = true;
                return next;
            }
            Action::ExploreLoading => {
                next.explore = Remote::Loading;
                return next;
            }
            Action::ExploreRetry => {
                if matches!(self.explore, Remote::Failed(_)) {
                    next.explore = Remote::Idle;
                }
                return next;
            }
            Action::ExploreLoaded(result) => {
                match result {
                    Ok(b) => next.explored(b),
                    Err(e) => next.explore = Remote::Failed(e),
                };
                next.history = History::Keep;
                next.check_filters();
            }
            Action::Page(action) => {
                if let Ok(loaded) = &self.data {
                    next.page = page::state::apply(&loaded.data, &self.page, action);
                }
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
    fn the_modes_switch_in_place_travel_with_links_and_survive_back_and_forward() {
        let s = state("?view=parks").apply(Action::ToggleLargeText);
        assert_eq!((s.url.print().as_str(), s.history.clone()), ("?view=parks&text=large", History::Replace));
        let s = s.apply(Action::ToggleContrast);
        assert_eq!(s.url.print(), "?view=parks&text=large&contrast=high");
        let to = Destination { view: View::Plan, filters: Filters::default(), hash: None };
        assert_eq!(s.apply(Action::Go(to)).url.print(), "?view=plan&text=large&contrast=high");
        // Back to an entry written before the switch: the modes stay, and the address says so.
        let back = s.apply(Action::Arrive("?view=counties".into()));
        assert_eq!(
            (back.url.print().as_str(), back.history),
            ("?view=counties&text=large&contrast=high", History::Replace)
        );
        // An address that sets them wins.
        let back = s.apply(Action::Arrive("?view=counties&text=normal&contrast=high".into()));
        assert_eq!((back.url.print().as_str(), back.history), ("?view=counties&contrast=high", History::Keep));
        // The page's own decision at start (stored choice) corrects the address.
        let started = state("?lang=en").with_modes(Modes { large_text: true, high_contrast: false });
        assert_eq!((started.url.print().as_str(), started.history), ("?lang=en&text=large", History::Replace));
        assert_eq!(
            state("?text=large").with_modes(Modes { large_text: true, ..Modes::default() }).history,
            History::Keep
        );
    }

    #[test]
    fn an_edition_pins_the_data_shown_and_the_latest_unpins_it() {
        let latest = state("?view=changes");
        let published = latest.shown().expect("data").data.figures.len();
        let pinned = state("?edition=1&lang=en");
        let first = pinned.shown().expect("data");
        assert_eq!(first.data.figures.len(), published - 4, "edition 1 had the figures before pass 4");
        assert_eq!(pinned.pinned_edition().map(|e| e.number), Some(1));
        // Links keep the pin; the latest is one click.
        let to = Destination { view: View::Plan, filters: Filters::default(), hash: None };
        let moved = pinned.apply(Action::Go(to));
        assert_eq!(moved.url.print(), "?view=plan&edition=1&lang=en");
        assert!(Rc::ptr_eq(moved.shown().expect("data"), first), "built once per edition");
        let unpinned = moved.apply(Action::Unpin);
        assert_eq!(
            (unpinned.url.print().as_str(), &unpinned.history),
            ("?view=plan&lang=en", &History::Push { hash: None })
        );
        assert_eq!(unpinned.shown().expect("data").data.figures.len(), published);
        // An edition the data does not have: the latest, said, and the address corrected.
        let unknown = state("?edition=7");
        assert_eq!((unknown.url.edition, unknown.history), (None, History::Replace));
        assert_eq!(unknown.notices, vec![Notice::Invalid { name: "edition".into(), value: "7".into() }]);
    }

    #[test]
    fn a_pinned_view_shows_the_county_and_park_figures_of_its_edition() {
        // As if a later edition had added a county's figure.
        let mut later = (*bundle()).clone();
        later.atlas.place_figures[0].edition = 2;
        let all = later.atlas.place_figures.len();
        let pinned = state("?view=counties&edition=1").apply(Action::ExploreLoaded(Ok(Rc::new(later))));
        assert_eq!(pinned.bundle().expect("bundle").atlas.place_figures.len(), all - 1);
        let again =
            pinned.apply(Action::Go(Destination { view: View::Parks, filters: Filters::default(), hash: None }));
        assert!(Rc::ptr_eq(again.bundle().expect("bundle"), pinned.bundle().expect("bundle")), "made once per edition");
        let latest = pinned.apply(Action::Unpin);
        assert_eq!(latest.bundle().expect("bundle").atlas.place_figures.len(), all);
        let back = latest.apply(Action::Arrive("?view=counties&edition=1".into()));
        assert_eq!(back.bundle().expect("bundle").atlas.place_figures.len(), all - 1);
    }

    #[test]
    fn a_failed_fetch_is_kept_as_an_error_not_as_loading() {
        let failed = FetchError { file: "data/explore.bin", cause: crate::bundle::FetchCause::Status(404) };
        let next =
            state("?view=clusters").apply(Action::ExploreLoading).apply(Action::ExploreLoaded(Err(failed.clone())));
        assert_eq!(failed.to_string(), "data/explore.bin: HTTP 404", "the detail under the plain message");
        assert_eq!(next.explore, Remote::Failed(failed));
        // Trying again starts from idle, which the app's effect fetches from.
        assert_eq!(next.apply(Action::ExploreRetry).explore, Remote::Idle);
    }
}
