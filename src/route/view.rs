//! Which view is on screen: `view=`, `indicator=` and `q=`, and the view
//! the filters open when the address names none.

use super::codec::encode;
use super::filters::Filters;
use crate::model::IndicatorId;

/// Which view is on screen. The URL forms are fixed: portals link to them.
#[derive(Debug, Clone, PartialEq, Eq, Default, Hash)]
pub enum View {
    /// The scorecard (no parameter).
    #[default]
    Scorecard,
    /// `?indicator=<target id>`: one target's chart, sources and sentence.
    Indicator(IndicatorId),
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
    /// `?view=changes`: the changelog, each edition with what it changed.
    Changes,
    /// `?q=<words>`: what the search finds, grouped by kind.
    Search(String),
}

impl View {
    /// The parameters this part reads.
    pub const PARAMS: [&'static str; 3] = ["view", "indicator", "q"];

    /// The views that the filters narrow.
    pub fn explores(&self) -> bool {
        matches!(self, View::Clusters | View::Parks | View::Counties)
    }

    /// The word of `view=` for the views named by it.
    fn word(&self) -> Option<&'static str> {
        Some(match self {
            View::Scorecard => "scorecard",
            View::Plan => "plan",
            View::Clusters => "clusters",
            View::Parks => "parks",
            View::Counties => "counties",
            View::Data => "data",
            View::Changes => "changes",
            View::Indicator(_) | View::Search(_) => return None,
        })
    }

    pub(super) fn print(&self, parts: &mut Vec<String>) {
        match self {
            View::Scorecard => {}
            View::Indicator(id) => parts.push(format!("indicator={}", encode(id))),
            View::Search(q) => parts.push(format!("q={}", encode(q))),
            v => parts.push(format!("view={}", v.word().unwrap_or_default())),
        }
    }
}

/// What the address said of the view, before the filters are known.
#[derive(Default)]
pub(super) struct Asked {
    view: Option<View>,
    indicator: Option<IndicatorId>,
    search: Option<String>,
}

impl Asked {
    /// Takes one of [`View::PARAMS`]; `false` when its value cannot be used.
    /// `is_target` says which indicator ids exist.
    pub fn take(&mut self, name: &str, value: String, is_target: &dyn Fn(&str) -> bool) -> bool {
        match name {
            "indicator" if is_target(&value) => self.indicator = Some(value.into()),
            // Any words; what is past the search's limit is not looked at.
            "q" => self.search = Some(value.chars().take(crate::model::search::MAX_QUERY).collect()),
            "view" => {
                let named = [
                    View::Scorecard,
                    View::Plan,
                    View::Clusters,
                    View::Parks,
                    View::Counties,
                    View::Data,
                    View::Changes,
                ];
                match named.into_iter().find(|v| v.word() == Some(value.as_str())) {
                    Some(v) => self.view = Some(v),
                    None => return false,
                }
            }
            _ => return false,
        }
        true
    }

    /// A chart link is the most specific; filters without a view open the
    /// view of their most specific filter.
    pub fn resolve(self, filters: &Filters) -> View {
        match (self.indicator, self.search, self.view) {
            (Some(id), _, _) => View::Indicator(id),
            (None, Some(q), _) => View::Search(q),
            (None, None, Some(v)) => v,
            (None, None, None) => opened_by(filters),
        }
    }
}

/// The view filters open when the address names none: that of the most
/// specific filter.
fn opened_by(f: &Filters) -> View {
    if f.park.is_some() || f.level.is_some() || f.status.is_some() || !f.compare.is_empty() {
        View::Parks
    } else if !f.clusters.is_empty() {
        View::Clusters
    } else if f.county.is_some() {
        View::Counties
    } else {
        View::Scorecard
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use proptest::prelude::*;

    fn parse(q: &str) -> (View, bool) {
        let mut asked = Asked::default();
        let ok = super::super::codec::pairs(q).all(|(n, v)| asked.take(&n, v, &|id| id == "gdp_x"));
        (asked.resolve(&Filters::default()), ok)
    }

    pub(crate) fn any_view() -> impl Strategy<Value = View> {
        prop_oneof![
            Just(View::Scorecard),
            Just(View::Plan),
            Just(View::Clusters),
            Just(View::Parks),
            Just(View::Counties),
            Just(View::Data),
            Just(View::Changes),
            Just(View::Indicator("gdp_x".into())),
            "[a-z中文 &=?%+]{1,20}".prop_map(View::Search),
        ]
    }

    #[test]
    fn the_fixed_forms_parse() {
        assert_eq!(parse("?indicator=gdp_x"), (View::Indicator("gdp_x".into()), true));
        assert_eq!(parse("?view=plan"), (View::Plan, true));
        assert_eq!(parse("?view=scorecard"), (View::Scorecard, true));
        assert_eq!(parse("?q=%E5%8C%BB%E8%8D%AF"), (View::Search("医药".into()), true));
        // The chart is the most specific, then the search.
        assert_eq!(parse("?view=parks&indicator=gdp_x&q=a").0, View::Indicator("gdp_x".into()));
        assert_eq!(parse("?view=parks&q=a").0, View::Search("a".into()));
    }

    #[test]
    fn filters_alone_open_the_view_of_the_most_specific() {
        let f = |park: bool, clusters: bool, county: bool| Filters {
            park: park.then(|| "p".into()),
            clusters: if clusters { vec!["c".into()] } else { vec![] },
            county: county.then(|| "k".into()),
            ..Filters::default()
        };
        assert_eq!(opened_by(&f(true, true, true)), View::Parks);
        assert_eq!(opened_by(&f(false, true, true)), View::Clusters);
        assert_eq!(opened_by(&f(false, false, true)), View::Counties);
        assert_eq!(opened_by(&Filters::default()), View::Scorecard);
        let level = Filters { level: Some(crate::model::atlas::Level::National), ..Filters::default() };
        assert_eq!(Asked::default().resolve(&level), View::Parks);
    }

    #[test]
    fn an_unknown_indicator_or_view_is_refused() {
        assert_eq!(parse("?indicator=nope"), (View::Scorecard, false));
        assert_eq!(parse("?view=maps"), (View::Scorecard, false));
    }

    proptest! {
        #[test]
        fn every_view_prints_and_parses_back(view in any_view()) {
            let mut parts = vec![];
            view.print(&mut parts);
            prop_assert_eq!(parse(&parts.join("&")), (view, true));
        }
    }
}
