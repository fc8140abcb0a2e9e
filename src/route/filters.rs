//! The explore views' filters: `cluster=`, `park=`, `county=`, `level=`,
//! `status=`, `sort=` and `compare=`. Ids are checked for their form here
//! and against the atlas once it is loaded ([`Filters::known`]).

use super::codec::{encode, is_id, list};
use super::notices::Notice;
use crate::model::atlas::{Atlas, Level, ParkStatus, MAX_COMPARED};
use crate::model::{ClusterId, CountyId, ParkId};

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

/// The global filters of the explore views.
#[derive(Debug, Clone, PartialEq, Eq, Default, Hash)]
pub struct Filters {
    /// `cluster=pharma,auto`: any of these clusters.
    pub clusters: Vec<ClusterId>,
    pub park: Option<ParkId>,
    pub county: Option<CountyId>,
    pub level: Option<Level>,
    pub status: Option<ParkStatus>,
    pub sort: Sort,
    /// `compare=a,b,c`: parks side by side (at most four), on the parks view.
    pub compare: Vec<ParkId>,
}

impl Filters {
    /// The parameters this part reads.
    pub const PARAMS: [&'static str; 7] = ["cluster", "park", "county", "level", "status", "sort", "compare"];

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
        let mut unknown = |name: &str, value: &str| notices.push(Notice::invalid(name, value));
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

    /// Takes one of [`Filters::PARAMS`]; `false` when its value cannot be
    /// used. Parks past the most compared are refused one by one.
    pub(super) fn take(&mut self, name: &str, value: String, notices: &mut Vec<Notice>) -> bool {
        match name {
            "cluster" if value.split(',').all(is_id) => {
                for c in value.split(',') {
                    if !self.clusters.iter().any(|x| x == c) {
                        self.clusters.push(c.into());
                    }
                }
            }
            "compare" if value.split(',').all(is_id) => {
                for p in value.split(',') {
                    if self.compare.len() == MAX_COMPARED {
                        notices.push(Notice::invalid(name, p));
                    } else if !self.compare.iter().any(|x| x == p) {
                        self.compare.push(p.into());
                    }
                }
            }
            "park" if is_id(&value) => self.park = Some(value.into()),
            "county" if is_id(&value) => self.county = Some(value.into()),
            "level" if Level::parse(&value).is_some() => self.level = Level::parse(&value),
            "status" if ParkStatus::parse(&value).is_some() => self.status = ParkStatus::parse(&value),
            "sort" if Sort::parse(&value).is_some() => self.sort = Sort::parse(&value).unwrap_or_default(),
            _ => return false,
        }
        true
    }

    pub(super) fn print(&self, parts: &mut Vec<String>) {
        if !self.clusters.is_empty() {
            parts.push(list("cluster", &self.clusters));
        }
        if let Some(v) = &self.park {
            parts.push(format!("park={}", encode(v)));
        }
        if let Some(v) = &self.county {
            parts.push(format!("county={}", encode(v)));
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
            parts.push(list("compare", &self.compare));
        }
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use proptest::prelude::*;
    use proptest::sample::subsequence;

    const IDS: [&str; 5] = ["pharma", "auto", "mold_plastic", "x1", "linhai"];

    fn id<T: From<String> + std::fmt::Debug>() -> impl Strategy<Value = T> {
        proptest::sample::select(&IDS[..]).prop_map(|s| T::from(s.to_string()))
    }

    fn ids<T: From<String> + std::fmt::Debug + Clone>() -> impl Strategy<Value = Vec<T>> {
        subsequence(IDS.to_vec(), 0..=4)
            .prop_shuffle()
            .prop_map(|v| v.into_iter().map(|s| T::from(s.to_string())).collect())
    }

    pub(crate) fn any_filters() -> impl Strategy<Value = Filters> {
        let level =
            proptest::option::of(proptest::sample::select(vec![Level::National, Level::Provincial, Level::Unknown]));
        let status = proptest::option::of(proptest::sample::select(vec![ParkStatus::Created, ParkStatus::Planned]));
        let sort = proptest::sample::select(Sort::ALL.to_vec());
        (ids(), proptest::option::of(id()), proptest::option::of(id()), level, status, sort, ids()).prop_map(
            |(clusters, park, county, level, status, sort, compare)| Filters {
                clusters,
                park,
                county,
                level,
                status,
                sort,
                compare,
            },
        )
    }

    fn parse(q: &str) -> (Filters, Vec<Notice>) {
        let (mut f, mut notices) = (Filters::default(), vec![]);
        for (name, value) in super::super::codec::pairs(q) {
            if !f.take(&name, value.clone(), &mut notices) {
                notices.push(Notice::invalid(&name, &value));
            }
        }
        (f, notices)
    }

    #[test]
    fn lists_keep_their_order_and_drop_repeats() {
        let (f, n) = parse("cluster=pharma,auto,pharma&compare=a,b,c,d,e");
        assert_eq!(f.clusters, ["pharma", "auto"]);
        assert_eq!(f.compare.len(), MAX_COMPARED);
        assert_eq!(n, vec![Notice::invalid("compare", "e")], "the fifth park is refused alone");
    }

    #[test]
    fn malformed_values_are_refused() {
        let (f, n) = parse("cluster=Pharma!&level=galactic&sort=random&status=&park=a-b");
        assert_eq!(f, Filters::default());
        assert_eq!(n.len(), 5);
    }

    proptest! {
        #[test]
        fn any_filters_print_and_parse_back(f in any_filters()) {
            let mut parts = vec![];
            f.print(&mut parts);
            prop_assert_eq!(parse(&parts.join("&")), (f, vec![]));
        }
    }
}
