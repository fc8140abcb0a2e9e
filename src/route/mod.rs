//! The view state carried in the URL query, parsed leniently and printed back.
//!
//! A parameter that is unknown or has a value that cannot be used falls back
//! to the default and produces a [`Notice`] that the page shows (worded by
//! `i18n::notice`), never a panic. Printing omits defaults, so the plain
//! address stays plain.

use crate::lang::Lang;
use crate::model::atlas::{Atlas, Level, ParkStatus};

/// Which view is on screen. The URL forms are fixed: portals link to them.
#[derive(Debug, Clone, PartialEq, Eq, Default, Hash)]
pub enum View {
    /// The scorecard (no parameter).
    #[default]
    Scorecard,
    /// `?indicator=<target id>`: one target's chart, sources and sentence.
    Indicator(String),
    /// `?view=plan`: the plan text with every target's phrase linked.
    Plan,
    /// `?view=clusters`: the clusters compared; one cluster's page when one is chosen.
    Clusters,
    /// `?view=parks`: the park directory and map; one park's page when one is chosen.
    Parks,
    /// `?view=counties`: the counties on the map; one county's page when one is chosen.
    Counties,
    /// `?view=data`: the data desk, where maintainers check a figures file
    /// and preview it before it is published (linked from the footer).
    Data,
    /// `?q=<words>`: what the search finds, grouped by kind.
    Search(String),
}

impl View {
    /// The views that the filters narrow.
    pub fn explores(&self) -> bool {
        matches!(self, View::Clusters | View::Parks | View::Counties)
    }

    fn word(&self) -> Option<&'static str> {
        Some(match self {
            View::Plan => "plan",
            View::Clusters => "clusters",
            View::Parks => "parks",
            View::Counties => "counties",
            View::Data => "data",
            _ => return None,
        })
    }
}

/// How the park directory is ordered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash)]
pub enum Sort {
    /// As in the plan and the seed file: the plan's platforms first.
    #[default]
    Plan,
    Name,
    Level,
    Approved,
    County,
}

impl Sort {
    pub const ALL: [Sort; 5] = [Sort::Plan, Sort::Name, Sort::Level, Sort::Approved, Sort::County];

    pub fn code(self) -> &'static str {
        ["plan", "name", "level", "approved", "county"][self as usize]
    }

    pub fn parse(s: &str) -> Option<Sort> {
        Sort::ALL.into_iter().find(|x| x.code() == s)
    }
}

/// The global filters of the explore views. Ids are checked for their
/// form when parsed and against the atlas once it is loaded ([`Filters::known`]).
#[derive(Debug, Clone, PartialEq, Eq, Default, Hash)]
pub struct Filters {
    /// `cluster=pharma,auto`: any of these clusters.
    pub clusters: Vec<String>,
    pub park: Option<String>,
    pub county: Option<String>,
    pub level: Option<Level>,
    pub status: Option<ParkStatus>,
    pub sort: Sort,
    /// `compare=a,b,c`: parks side by side (at most four), on the parks view.
    pub compare: Vec<String>,
}

impl Filters {
    pub fn is_empty(&self) -> bool {
        self.clusters.is_empty()
            && self.park.is_none()
            && self.county.is_none()
            && self.level.is_none()
            && self.status.is_none()
    }

    /// Drops ids the atlas does not have, with a notice for each.
    pub fn known(&self, atlas: &Atlas) -> (Filters, Vec<Notice>) {
        let mut out = self.clone();
        let mut notices = Vec::new();
        let mut unknown = |name: &str, value: &str| {
            notices.push(Notice::Invalid { name: name.into(), value: clip(value) });
        };
        out.clusters.retain(|c| atlas.cluster(c).is_some() || (unknown("cluster", c), false).1);
        out.compare.retain(|p| atlas.park(p).is_some() || (unknown("compare", p), false).1);
        if let Some(p) = out.park.take() {
            match atlas.park(&p) {
                Some(_) => out.park = Some(p),
                None => unknown("park", &p),
            }
        }
        if let Some(c) = out.county.take() {
            match atlas.county(&c) {
                Some(_) => out.county = Some(c),
                None => unknown("county", &c),
            }
        }
        (out, notices)
    }

    fn print(&self, parts: &mut Vec<String>) {
        if !self.clusters.is_empty() {
            parts.push(format!("cluster={}", self.clusters.iter().map(|c| encode(c)).collect::<Vec<_>>().join(",")));
        }
        for (name, v) in [("park", &self.park), ("county", &self.county)] {
            if let Some(v) = v {
                parts.push(format!("{name}={}", encode(v)));
            }
        }
        if let Some(l) = self.level {
            parts.push(format!("level={}", l.code()));
        }
        if let Some(s) = self.status {
            parts.push(format!("status={}", s.code()));
        }
        if self.sort != Sort::Plan {
            parts.push(format!("sort={}", self.sort.code()));
        }
        if !self.compare.is_empty() {
            parts.push(format!("compare={}", self.compare.iter().map(|c| encode(c)).collect::<Vec<_>>().join(",")));
        }
    }
}

/// An id as the seeds write them: lower-case ASCII, digits and `_`.
fn is_id(s: &str) -> bool {
    !s.is_empty() && s.len() <= 40 && s.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
}

/// Colours of an embedded view.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash)]
pub enum Theme {
    #[default]
    Light,
    Dark,
    /// Follows the reader's `prefers-color-scheme`.
    Auto,
}

impl Theme {
    pub const ALL: [Theme; 3] = [Theme::Light, Theme::Dark, Theme::Auto];

    pub fn code(self) -> &'static str {
        ["light", "dark", "auto"][self as usize]
    }

    pub fn parse(s: &str) -> Option<Theme> {
        Theme::ALL.into_iter().find(|x| x.code() == s)
    }
}

/// `embed=1`: the view alone, for a frame in another site's page.
#[derive(Debug, Clone, PartialEq, Eq, Default, Hash)]
pub struct Embed {
    /// `header=0` hides the compact header.
    pub no_header: bool,
    pub theme: Theme,
    /// `bg=transparent`: the host page's background shows through.
    pub transparent: bool,
    /// `tzid=<id>`: the name the height messages carry (the snippet sets it).
    pub id: Option<String>,
    /// `share=<address>`: the portal page that embeds the widget; the share
    /// poster's QR code opens it instead of the widget's own address.
    pub share: Option<String>,
}

/// A web address a portal may give for `share=`: http(s), printable, not long.
fn is_share_address(s: &str) -> bool {
    (s.starts_with("https://") || s.starts_with("http://")) && s.len() <= 300 && s.chars().all(|c| c.is_ascii_graphic())
}

/// The reader's modes (适老化): `text=large` and `contrast=high`. Kept on
/// every link and in embed codes, like the language; they change how the
/// page looks, never what it says.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash)]
pub struct Modes {
    /// 长辈模式: larger text, more line spacing, larger targets and chart labels.
    pub large_text: bool,
    /// Text and its background at 7:1 or more, thicker focus rings.
    pub high_contrast: bool,
}

impl Modes {
    /// The names of the two parameters, as `static/boot.js` reads them too.
    pub const PARAMS: [&'static str; 2] = ["text", "contrast"];

    /// The value of `name` (one of [`Modes::PARAMS`]): `Some(on)` when it is
    /// one of the fixed words.
    fn parse(name: &str, value: &str) -> Option<bool> {
        match (name, value) {
            ("text", "large") | ("contrast", "high") => Some(true),
            ("text" | "contrast", "normal") => Some(false),
            _ => None,
        }
    }

    fn print(self, parts: &mut Vec<String>) {
        if self.large_text {
            parts.push("text=large".into());
        }
        if self.high_contrast {
            parts.push("contrast=high".into());
        }
    }
}

/// Whether `query` sets the parameter `name` (to any value).
pub fn mentions(query: &str, name: &str) -> bool {
    query.trim_start_matches('?').split('&').any(|p| decode(p.split_once('=').map_or(p, |(n, _)| n)) == name)
}

/// `query` without valid mode parameters (`text=…`, `contrast=…`): the view
/// the address asks for, whatever the modes.
pub fn without_modes(query: &str) -> String {
    let rest: Vec<&str> = query
        .trim_start_matches('?')
        .split('&')
        .filter(|p| !p.is_empty())
        .filter(|p| p.split_once('=').is_none_or(|(n, v)| Modes::parse(&decode(n), &decode(v)).is_none()))
        .collect();
    if rest.is_empty() {
        String::new()
    } else {
        format!("?{}", rest.join("&"))
    }
}

/// Everything the URL decides.
#[derive(Debug, Clone, PartialEq, Eq, Default, Hash)]
pub struct UrlState {
    pub lang: Lang,
    pub modes: Modes,
    pub view: View,
    /// Kept only on the explore views.
    pub filters: Filters,
    /// Embed mode and its options; kept on every link inside the frame.
    pub embed: Option<Embed>,
}

/// A parameter that was ignored, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Notice {
    Unknown {
        name: String,
    },
    Invalid {
        name: String,
        value: String,
    },
    Repeated {
        name: String,
    },
    /// Filters on a view they do not narrow.
    NotHere,
    /// Embed options (`theme`, `header`, `bg`, `tzid`) without `embed=1`.
    EmbedOptionsAlone,
}

/// Longest value echoed back in a notice; a hostile URL cannot flood the page.
const MAX_ECHO: usize = 40;

fn clip(s: &str) -> String {
    if s.chars().count() > MAX_ECHO {
        s.chars().take(MAX_ECHO).chain(['…']).collect()
    } else {
        s.to_string()
    }
}

/// Decodes `%XX` and `+` of a query component; invalid escapes stay as they are.
pub fn decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => {
                match u8::from_str_radix(std::str::from_utf8(&bytes[i + 1..i + 3]).unwrap_or("zz"), 16) {
                    Ok(b) => {
                        out.push(b);
                        i += 2;
                    }
                    Err(_) => out.push(b'%'),
                }
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

impl UrlState {
    /// Parses a query string, with or without its leading `?`; `is_target`
    /// says which indicator ids exist.
    pub fn parse(query: &str, is_target: &dyn Fn(&str) -> bool) -> (UrlState, Vec<Notice>) {
        let mut state = UrlState::default();
        let mut notices = Vec::new();
        let mut seen: Vec<String> = Vec::new();
        let mut view: Option<View> = None;
        let mut indicator: Option<String> = None;
        let mut search: Option<String> = None;
        let mut filters = Filters::default();
        let (mut embed, mut options) = (false, Embed::default());
        let mut options_given = false;
        for pair in query.trim_start_matches('?').split('&').filter(|p| !p.is_empty()) {
            let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
            let (name, value) = (decode(name), decode(value));
            if seen.contains(&name) {
                notices.push(Notice::Repeated { name: clip(&name) });
                continue;
            }
            seen.push(name.clone());
            match name.as_str() {
                "lang" => match Lang::parse(&value) {
                    Some(l) => state.lang = l,
                    None => notices.push(Notice::Invalid { name, value: clip(&value) }),
                },
                "indicator" if is_target(&value) => indicator = Some(value),
                // Any words; what is past the search's limit is not looked at.
                "q" => search = Some(value.chars().take(crate::model::search::MAX_QUERY).collect()),
                "view" if value == "scorecard" => view = Some(View::Scorecard),
                "view" => match [View::Plan, View::Clusters, View::Parks, View::Counties, View::Data]
                    .into_iter()
                    .find(|v| v.word() == Some(value.as_str()))
                {
                    Some(v) => view = Some(v),
                    None => notices.push(Notice::Invalid { name, value: clip(&value) }),
                },
                "cluster" if value.split(',').all(is_id) => {
                    for c in value.split(',') {
                        if !filters.clusters.iter().any(|x| x == c) {
                            filters.clusters.push(c.to_string());
                        }
                    }
                }
                "compare" if value.split(',').all(is_id) => {
                    for p in value.split(',') {
                        if filters.compare.len() == crate::model::atlas::MAX_COMPARED {
                            notices.push(Notice::Invalid { name: name.clone(), value: clip(p) });
                        } else if !filters.compare.iter().any(|x| x == p) {
                            filters.compare.push(p.to_string());
                        }
                    }
                }
                "park" if is_id(&value) => filters.park = Some(value),
                "county" if is_id(&value) => filters.county = Some(value),
                "level" if Level::parse(&value).is_some() => filters.level = Level::parse(&value),
                "status" if ParkStatus::parse(&value).is_some() => filters.status = ParkStatus::parse(&value),
                "sort" if Sort::parse(&value).is_some() => filters.sort = Sort::parse(&value).unwrap_or_default(),
                "text" | "contrast" if Modes::parse(&name, &value).is_some() => {
                    let on = Modes::parse(&name, &value) == Some(true);
                    match name.as_str() {
                        "text" => state.modes.large_text = on,
                        _ => state.modes.high_contrast = on,
                    }
                }
                "embed" if value == "1" => embed = true,
                "header" if value == "0" => (options.no_header, options_given) = (true, true),
                "theme" if Theme::parse(&value).is_some() => {
                    (options.theme, options_given) = (Theme::parse(&value).unwrap_or_default(), true)
                }
                "bg" if value == "transparent" => (options.transparent, options_given) = (true, true),
                "tzid" if is_id(&value) => (options.id, options_given) = (Some(value), true),
                "share" if is_share_address(&value) => (options.share, options_given) = (Some(value), true),
                "indicator" | "cluster" | "park" | "county" | "level" | "status" | "sort" | "compare" | "embed"
                | "header" | "theme" | "bg" | "tzid" | "text" | "contrast" => {
                    notices.push(Notice::Invalid { name, value: clip(&value) })
                }
                _ => notices.push(Notice::Unknown { name: clip(&name) }),
            }
        }
        // A chart link is the most specific; filters without a view open the
        // view of their most specific filter.
        state.view = match (indicator, view) {
            (Some(id), _) => View::Indicator(id),
            (None, _) if search.is_some() => View::Search(search.unwrap_or_default()),
            (None, Some(v)) => v,
            (None, None)
                if filters.park.is_some()
                    || filters.level.is_some()
                    || filters.status.is_some()
                    || !filters.compare.is_empty() =>
            {
                View::Parks
            }
            (None, None) if !filters.clusters.is_empty() => View::Clusters,
            (None, None) if filters.county.is_some() => View::Counties,
            (None, None) => View::Scorecard,
        };
        if state.view.explores() {
            state.filters = filters;
        } else if filters != Filters::default() {
            notices.push(Notice::NotHere);
        }
        if embed {
            state.embed = Some(options);
        } else if options_given {
            notices.push(Notice::EmbedOptionsAlone);
        }
        (state, notices)
    }

    /// The query string for this state, `""` for the default state.
    pub fn print(&self) -> String {
        let mut parts = Vec::new();
        match &self.view {
            View::Scorecard => {}
            View::Indicator(id) => parts.push(format!("indicator={}", encode(id))),
            View::Search(q) => parts.push(format!("q={}", encode(q))),
            v => parts.push(format!("view={}", v.word().unwrap_or_default())),
        }
        if self.view.explores() {
            self.filters.print(&mut parts);
        }
        if self.lang != Lang::default() {
            parts.push(format!("lang={}", self.lang.code()));
        }
        self.modes.print(&mut parts);
        if let Some(e) = &self.embed {
            parts.push("embed=1".into());
            if e.no_header {
                parts.push("header=0".into());
            }
            if e.theme != Theme::Light {
                parts.push(format!("theme={}", e.theme.code()));
            }
            if e.transparent {
                parts.push("bg=transparent".into());
            }
            if let Some(id) = &e.id {
                parts.push(format!("tzid={}", encode(id)));
            }
            if let Some(share) = &e.share {
                parts.push(format!("share={}", encode(share)));
            }
        }
        if parts.is_empty() {
            String::new()
        } else {
            format!("?{}", parts.join("&"))
        }
    }
}

/// Percent-encodes a query component (ids are plain, but nothing is assumed).
pub fn encode(s: &str) -> String {
    let mut out = String::new();
    for b in s.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => out.push(b as char),
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

impl UrlState {
    /// A link to this state relative to the page: the query, or `?` for the
    /// default state, so it keeps the page's own path (any sub-path).
    pub fn href(&self) -> String {
        let q = self.print();
        if q.is_empty() {
            "?".into()
        } else {
            q
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn known(id: &str) -> bool {
        matches!(id, "gdp_x" | "market_leading_products" | "a_b_1")
    }

    fn parse(q: &str) -> (UrlState, Vec<Notice>) {
        UrlState::parse(q, &known)
    }

    #[test]
    fn default_state_prints_empty_and_parses_back() {
        assert_eq!(UrlState::default().print(), "");
        assert_eq!(UrlState::default().href(), "?");
        assert_eq!(parse(""), (UrlState::default(), vec![]));
    }

    #[test]
    fn english_round_trips() {
        let s = UrlState { lang: Lang::En, view: View::Scorecard, ..Default::default() };
        assert_eq!(s.print(), "?lang=en");
        assert_eq!(parse(&s.print()), (s, vec![]));
    }

    #[test]
    fn the_fixed_url_forms_parse() {
        assert_eq!(
            parse("?indicator=market_leading_products").0.view,
            View::Indicator("market_leading_products".into())
        );
        assert_eq!(parse("?view=plan&lang=en").0, UrlState { lang: Lang::En, view: View::Plan, ..Default::default() });
        assert_eq!(
            UrlState { lang: Lang::En, view: View::Indicator("a_b_1".into()), ..Default::default() }.print(),
            "?indicator=a_b_1&lang=en"
        );
    }

    #[test]
    fn an_unknown_indicator_or_view_falls_back_with_a_notice() {
        let (s, n) = parse("?indicator=nope&view=maps");
        assert_eq!(s.view, View::Scorecard);
        assert_eq!(
            n,
            vec![
                Notice::Invalid { name: "indicator".into(), value: "nope".into() },
                Notice::Invalid { name: "view".into(), value: "maps".into() },
            ]
        );
    }

    /// A small deterministic generator, so the property tests need no crate.
    struct Lcg(u64);
    impl Lcg {
        fn next(&mut self) -> u64 {
            self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            self.0 >> 33
        }
        fn pick<'a, T>(&mut self, xs: &'a [T]) -> &'a T {
            &xs[(self.next() as usize) % xs.len()]
        }
    }

    #[test]
    fn random_valid_states_print_and_parse_back_equal() {
        let mut r = Lcg(7);
        let views = [
            View::Scorecard,
            View::Plan,
            View::Indicator("gdp_x".into()),
            View::Indicator("market_leading_products".into()),
        ];
        for _ in 0..500 {
            let s =
                UrlState { lang: *r.pick(&[Lang::Zh, Lang::En]), view: r.pick(&views).clone(), ..Default::default() };
            assert_eq!(parse(&s.print()), (s.clone(), vec![]), "{}", s.print());
        }
        // The explore views with any combination of filters.
        let ids = ["pharma", "auto", "mold_plastic", "x1"];
        for _ in 0..2000 {
            let mut clusters: Vec<String> = Vec::new();
            for _ in 0..(r.next() % 4) {
                let c = r.pick(&ids).to_string();
                if !clusters.contains(&c) {
                    clusters.push(c);
                }
            }
            let maybe = |r: &mut Lcg| if r.next() % 2 == 0 { Some(r.pick(&ids).to_string()) } else { None };
            let filters = Filters {
                clusters,
                park: maybe(&mut r),
                county: maybe(&mut r),
                level: *r.pick(&[None, Some(Level::National), Some(Level::Provincial), Some(Level::Unknown)]),
                status: *r.pick(&[None, Some(ParkStatus::Created), Some(ParkStatus::Planned)]),
                sort: *r.pick(&Sort::ALL),
                compare: if r.next() % 2 == 0 { vec![] } else { vec![r.pick(&ids).to_string()] },
            };
            let view = r.pick(&[View::Clusters, View::Parks, View::Counties]).clone();
            let embed = match r.next() % 3 {
                0 => None,
                _ => Some(Embed {
                    no_header: r.next() % 2 == 0,
                    theme: *r.pick(&Theme::ALL),
                    transparent: r.next() % 2 == 0,
                    id: maybe(&mut r),
                    share: if r.next() % 3 == 0 { Some("https://portal.example/a?b=1&c=%E5".into()) } else { None },
                }),
            };
            let modes = Modes { large_text: r.next() % 2 == 0, high_contrast: r.next() % 2 == 0 };
            let s = UrlState { lang: *r.pick(&[Lang::Zh, Lang::En]), modes, view, filters, embed };
            assert_eq!(parse(&s.print()), (s.clone(), vec![]), "{}", s.print());
        }
    }

    #[test]
    fn the_explore_forms_parse_and_filters_alone_open_their_view() {
        let (s, n) = parse("?view=parks&cluster=pharma&county=linhai&lang=en");
        assert_eq!(n, vec![]);
        assert_eq!((s.view, s.lang), (View::Parks, Lang::En));
        assert_eq!(s.filters.clusters, vec!["pharma".to_string()]);
        assert_eq!(s.filters.county.as_deref(), Some("linhai"));
        assert_eq!(parse("?cluster=pharma,auto").0.view, View::Clusters);
        assert_eq!(parse("?cluster=pharma,auto").0.filters.clusters.len(), 2);
        assert_eq!(parse("?county=linhai").0.view, View::Counties);
        assert_eq!(parse("?level=national").0.view, View::Parks);
        // Filters do not narrow the scorecard or the plan: said, and dropped.
        let (s, n) = parse("?view=plan&county=linhai");
        assert_eq!((s.view, s.filters, n), (View::Plan, Filters::default(), vec![Notice::NotHere]));
    }

    #[test]
    fn the_reading_modes_have_fixed_forms_and_are_told_apart_from_the_view() {
        let (s, n) = parse("?view=parks&text=large&contrast=high&lang=en");
        assert_eq!(n, vec![]);
        assert_eq!(s.modes, Modes { large_text: true, high_contrast: true });
        assert_eq!(s.print(), "?view=parks&lang=en&text=large&contrast=high");
        // `normal` is the default: accepted, and not printed.
        let (s, n) = parse("?text=normal&contrast=normal");
        assert_eq!((s.modes, n, s.print()), (Modes::default(), vec![], String::new()));
        let (s, n) = parse("?text=huge&contrast=1");
        assert_eq!(s.modes, Modes::default());
        assert_eq!(n.len(), 2, "{n:?}");
        assert!(mentions("?lang=en&text=normal", "text") && !mentions("?lang=en", "text"));
        assert!(!mentions("?context=1", "text"));
        // What boot.js and the prerender compare: the address without its modes.
        assert_eq!(without_modes("?text=large"), "");
        assert_eq!(without_modes("?lang=en&contrast=high&text=normal"), "?lang=en");
        assert_eq!(without_modes("?text=huge&lang=en"), "?text=huge&lang=en", "an invalid mode is not a mode");
    }

    #[test]
    fn embed_mode_and_its_options() {
        let (s, n) = parse("?indicator=gdp_x&embed=1&theme=auto&header=0&bg=transparent&tzid=abc1");
        assert_eq!(n, vec![]);
        assert_eq!(s.view, View::Indicator("gdp_x".into()));
        assert_eq!(
            s.embed,
            Some(Embed {
                no_header: true,
                theme: Theme::Auto,
                transparent: true,
                id: Some("abc1".into()),
                share: None
            })
        );
        assert_eq!(s.print(), "?indicator=gdp_x&embed=1&header=0&theme=auto&bg=transparent&tzid=abc1");
        // Options without embed=1, or values that are not options: said, and dropped.
        let (s, n) = parse("?theme=dark");
        assert_eq!((s.embed, n), (None, vec![Notice::EmbedOptionsAlone]));
        let (s, n) = parse("?embed=yes&theme=neon");
        assert_eq!(s.embed, None);
        assert_eq!(n.len(), 2);
    }

    #[test]
    fn malformed_filters_fall_back_with_a_notice() {
        let (s, n) = parse("?view=parks&cluster=Pharma!&level=galactic&sort=random&status=");
        assert_eq!(s.view, View::Parks);
        assert_eq!(s.filters, Filters::default());
        assert_eq!(n.len(), 4);
        assert!(n.iter().all(|n| matches!(n, Notice::Invalid { .. })));
    }

    #[test]
    fn random_strings_never_panic() {
        let mut r = Lcg(42);
        let alphabet: Vec<char> = "?&=%+#abcdefghijklmnopqrstuvwxyz_0123456789中文 %E4%B8ZZ\\/;".chars().collect();
        for _ in 0..2000 {
            let len = (r.next() % 60) as usize;
            let q: String = (0..len).map(|_| *r.pick(&alphabet)).collect();
            let (state, notices) = parse(&q);
            // Whatever came in, what goes out is a valid state.
            assert_eq!(parse(&state.print()).0, state);
            for n in notices {
                assert!(crate::i18n::notice(Lang::Zh, &n).chars().count() < 120);
            }
        }
    }

    #[test]
    fn bad_values_fall_back_with_a_notice() {
        let (s, n) = parse("?lang=fr&foo=1&lang=en");
        assert_eq!(s.lang, Lang::Zh);
        assert_eq!(
            n,
            vec![
                Notice::Invalid { name: "lang".into(), value: "fr".into() },
                Notice::Unknown { name: "foo".into() },
                Notice::Repeated { name: "lang".into() },
            ]
        );
    }

    #[test]
    fn garbage_never_panics_and_is_clipped() {
        for q in ["%", "%%%", "%e4%b8", "=", "&&&", "a=%ZZ", "lang=%E4%B8%AD%E6%96%87", &"x".repeat(500)] {
            let (_, notices) = parse(q);
            for n in notices {
                assert!(crate::i18n::notice(Lang::En, &n).chars().count() < 200);
            }
        }
        assert_eq!(decode("%E4%B8%AD"), "中");
        assert_eq!(decode("a+b%2"), "a b%2");
    }
}
