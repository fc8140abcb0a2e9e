//! The view state carried in the URL query, parsed leniently and printed back.
//!
//! A parameter that is unknown or has a value that cannot be used falls back
//! to the default and produces a [`Notice`] that the page shows (worded by
//! `i18n::notice`), never a panic. Printing omits defaults, so the plain
//! address stays plain.
//!
//! Each part owns its parameters, their parsing, printing and round-trip
//! tests: [`view`] (which view), [`filters`] (the explore views' filters),
//! [`edition`] (the edition the view is pinned to),
//! [`embed`] (embed mode and its options), [`modes`] (language and reading
//! modes), [`notices`] (what is said of what was ignored) and [`codec`]
//! (pairs, percent-encoding, ids). This module puts them together.

mod codec;
mod edition;
mod embed;
mod filters;
mod modes;
mod notices;
mod view;

pub use codec::{decode, encode, mentions};
pub use edition::PARAM as EDITION_PARAM;
pub use embed::{Embed, Theme};
pub use filters::{Filters, Sort};
pub use modes::{without_modes, Modes};
pub use notices::Notice;
pub use view::View;

use crate::lang::Lang;

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
    /// The edition of the data the view is pinned to; the latest when `None`.
    /// Kept on every link, like the language.
    pub edition: Option<u16>,
}

impl UrlState {
    /// Parses a query string, with or without its leading `?`; `is_target`
    /// says which indicator ids exist.
    pub fn parse(query: &str, is_target: &dyn Fn(&str) -> bool) -> (UrlState, Vec<Notice>) {
        let mut state = UrlState::default();
        let mut notices = Vec::new();
        let mut seen: Vec<String> = Vec::new();
        let (mut view, mut filters, mut embed) = (view::Asked::default(), Filters::default(), embed::Asked::default());
        for (name, value) in codec::pairs(query) {
            if seen.contains(&name) {
                notices.push(Notice::Repeated { name: notices::clip(&name) });
                continue;
            }
            seen.push(name.clone());
            let n = name.as_str();
            let taken = if n == modes::LANG_PARAM {
                modes::take_lang(&mut state.lang, &value)
            } else if Modes::PARAMS.contains(&n) {
                state.modes.take(n, &value)
            } else if View::PARAMS.contains(&n) {
                view.take(n, value.clone(), is_target)
            } else if Filters::PARAMS.contains(&n) {
                filters.take(n, value.clone(), &mut notices)
            } else if Embed::PARAMS.contains(&n) {
                embed.take(n, value.clone())
            } else if n == edition::PARAM {
                edition::take(&mut state.edition, &value)
            } else {
                notices.push(Notice::Unknown { name: notices::clip(n) });
                continue;
            };
            if !taken {
                notices.push(Notice::invalid(n, &value));
            }
        }
        state.view = view.resolve(&filters);
        if state.view.explores() {
            state.filters = filters;
        } else if filters != Filters::default() {
            notices.push(Notice::NotHere);
        }
        state.embed = embed.finish(&mut notices);
        (state, notices)
    }

    /// The query string for this state, `""` for the default state.
    pub fn print(&self) -> String {
        let mut parts = Vec::new();
        self.view.print(&mut parts);
        if self.view.explores() {
            self.filters.print(&mut parts);
        }
        edition::print(self.edition, &mut parts);
        modes::print_lang(self.lang, &mut parts);
        self.modes.print(&mut parts);
        if let Some(e) = &self.embed {
            e.print(&mut parts);
        }
        if parts.is_empty() {
            String::new()
        } else {
            format!("?{}", parts.join("&"))
        }
    }

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
    use proptest::prelude::*;

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

    #[test]
    fn the_explore_forms_parse_and_filters_alone_open_their_view() {
        let (s, n) = parse("?view=parks&cluster=pharma&county=linhai&lang=en");
        assert_eq!(n, vec![]);
        assert_eq!((s.view, s.lang), (View::Parks, Lang::En));
        assert_eq!(s.filters.clusters, ["pharma"]);
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
    fn an_edition_pins_any_view_and_a_bad_one_is_said() {
        let (s, n) = parse("?view=parks&edition=1&lang=en");
        assert_eq!((s.view.clone(), s.edition, n), (View::Parks, Some(1), vec![]));
        assert_eq!(s.print(), "?view=parks&edition=1&lang=en");
        let (s, n) = parse("?edition=first");
        assert_eq!((s.edition, n), (None, vec![Notice::Invalid { name: "edition".into(), value: "first".into() }]));
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
    }

    #[test]
    fn each_part_says_what_it_could_not_use_in_the_order_given() {
        let (s, n) = parse("?view=parks&cluster=Pharma!&text=huge&theme=neon&level=galactic&share=x");
        assert_eq!((s.view, s.filters, s.modes, s.embed), (View::Parks, Filters::default(), Modes::default(), None));
        let names: Vec<&str> = n
            .iter()
            .map(|n| match n {
                Notice::Invalid { name, .. } => name.as_str(),
                _ => "?",
            })
            .collect();
        assert_eq!(names, ["cluster", "text", "theme", "level", "share"]);
    }

    fn any_state() -> impl Strategy<Value = UrlState> {
        let lang = proptest::sample::select(vec![Lang::Zh, Lang::En]);
        let embed = proptest::option::of(embed::tests::any_embed());
        let parts = (modes::tests::any_modes(), view::tests::any_view(), filters::tests::any_filters());
        (lang, parts, embed, edition::tests::any_edition()).prop_map(
            |(lang, (modes, view, filters), embed, edition)| {
                // Filters are kept on the explore views only.
                let filters = if view.explores() { filters } else { Filters::default() };
                UrlState { lang, modes, view, filters, embed, edition }
            },
        )
    }

    proptest! {
        #[test]
        fn any_state_prints_and_parses_back_equal(s in any_state()) {
            let printed = s.print();
            prop_assert_eq!(parse(&printed), (s, vec![]), "{}", printed);
        }

        /// Whatever comes in, what goes out is a valid state, and what the
        /// page says of it is short.
        #[test]
        fn any_string_gives_a_state_that_parses_back(q in "[?&=%+#a-z_0-9中文 \\/;]{0,60}|(\\?(lang|view|indicator|q|cluster|park|compare|text|embed|theme|tzid|share|edition)=[a-z0-9_,%:/.]{0,12}&?){0,6}") {
            let (state, notices) = parse(&q);
            prop_assert_eq!(&parse(&state.print()).0, &state);
            for n in notices {
                prop_assert!(crate::i18n::notice(Lang::Zh, &n).chars().count() < 120);
            }
        }
    }
}
