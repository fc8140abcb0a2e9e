//! What the page says about an address it could not fully use: each
//! parameter ignored, and why (worded by `i18n::notice`).

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

impl Notice {
    /// `name=value` could not be used; the value is clipped.
    pub fn invalid(name: &str, value: &str) -> Notice {
        Notice::Invalid { name: name.into(), value: clip(value) }
    }
}

/// Longest value echoed back in a notice; a hostile URL cannot flood the page.
const MAX_ECHO: usize = 40;

pub fn clip(s: &str) -> String {
    if s.chars().count() > MAX_ECHO {
        s.chars().take(MAX_ECHO).chain(['…']).collect()
    } else {
        s.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_long_value_is_clipped() {
        assert_eq!(clip("abc"), "abc");
        let long = "长".repeat(100);
        assert_eq!(clip(&long).chars().count(), MAX_ECHO + 1);
        assert!(matches!(Notice::invalid("x", &long), Notice::Invalid { value, .. } if value.ends_with('…')));
    }
}
