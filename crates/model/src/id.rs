//! The ids of the things the data names: an indicator (a target of the plan
//! or a context indicator: figures.csv's `indicator` column names either, so
//! they share one kind), a cluster, a park and a county. Each is its own type,
//! made where the id enters (the seeds' validation, the address's parse) and
//! used everywhere after, so a park's id cannot be passed where a cluster's
//! is meant. They read as `str` (`Deref`), print as the id, and are stored as
//! the plain string (`serde(transparent)`): the bundles' bytes do not change.

use std::borrow::Borrow;
use std::fmt;
use std::ops::Deref;

/// What may name a `T` in a lookup: a `T`, or a plain string (an id from
/// outside, which the lookup checks); never another kind's id.
pub trait Names<T> {
    fn id(&self) -> &str;
}

/// A record named by an id (a target, a park …).
pub trait Keyed {
    fn key(&self) -> &str;
}

/// The record of `records` named `id`. Lookups that take any
/// [`Names`] all search here, so each kind of record has one search in the
/// WebAssembly, whatever named the id.
pub fn find<'a, T: Keyed>(records: &'a [T], id: &str) -> Option<&'a T> {
    records.iter().find(|r| r.key() == id)
}

macro_rules! id {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Clone, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize)]
        #[serde(transparent)]
        pub struct $name(String);

        impl $name {
            pub fn new(id: impl Into<String>) -> $name {
                $name(id.into())
            }

            pub fn as_str(&self) -> &str {
                &self.0
            }

            /// The id as a `String`: a copy, not a pass through the
            /// formatter (`Display`'s `to_string`), which costs the
            /// WebAssembly more where ids become attributes and keys.
            #[allow(clippy::inherent_to_string_shadow_display)]
            pub fn to_string(&self) -> String {
                self.0.clone()
            }
        }

        impl Deref for $name {
            type Target = str;
            fn deref(&self) -> &str {
                &self.0
            }
        }

        impl Borrow<str> for $name {
            fn borrow(&self) -> &str {
                &self.0
            }
        }

        impl AsRef<str> for $name {
            fn as_ref(&self) -> &str {
                &self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl From<&str> for $name {
            fn from(id: &str) -> $name {
                $name(id.to_string())
            }
        }

        impl From<String> for $name {
            fn from(id: String) -> $name {
                $name(id)
            }
        }

        impl From<$name> for String {
            fn from(id: $name) -> String {
                id.0
            }
        }

        impl Names<$name> for $name {
            fn id(&self) -> &str {
                &self.0
            }
        }

        impl Names<$name> for str {
            fn id(&self) -> &str {
                self
            }
        }

        impl Names<$name> for String {
            fn id(&self) -> &str {
                self
            }
        }

        impl PartialEq<str> for $name {
            fn eq(&self, o: &str) -> bool {
                self.0 == o
            }
        }

        impl PartialEq<&str> for $name {
            fn eq(&self, o: &&str) -> bool {
                self.0 == *o
            }
        }

        impl PartialEq<$name> for String {
            fn eq(&self, o: &$name) -> bool {
                *self == o.0
            }
        }

        impl PartialEq<$name> for str {
            fn eq(&self, o: &$name) -> bool {
                self == o.0
            }
        }
    };
}

id!(
    /// A target's id (`gdp_growth`), or a context indicator's.
    IndicatorId
);
id!(
    /// A cluster's id (`pharma`).
    ClusterId
);
id!(
    /// A park's id.
    ParkId
);
id!(
    /// A county's id (`linhai`).
    CountyId
);

macro_rules! keyed {
    ($($record:ty),*) => {
        $(impl Keyed for $record {
            fn key(&self) -> &str {
                &self.id
            }
        })*
    };
}

keyed!(crate::Target, crate::Indicator, crate::atlas::County, crate::atlas::Cluster, crate::atlas::Park);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_id_is_stored_and_read_as_its_string() {
        let id = ClusterId::from("pharma");
        assert_eq!(postcard::to_allocvec(&id).unwrap(), postcard::to_allocvec("pharma").unwrap());
        assert_eq!((id.as_str(), id.to_string(), id.len()), ("pharma", "pharma".to_string(), 6));
        assert!(id == "pharma");
    }

    fn lookup<Q: Names<ClusterId> + ?Sized>(id: &Q) -> &str {
        id.id()
    }

    #[test]
    fn a_lookup_takes_its_own_kind_or_a_plain_string() {
        assert_eq!(lookup(&ClusterId::from("auto")), "auto");
        assert_eq!(lookup("auto"), "auto");
        assert_eq!(lookup(&String::from("auto")), "auto");
        // lookup(&ParkId::from("auto")) does not compile.
    }
}
