//! `edition=N`: the view pinned to an edition of the data, so that a
//! citation or an embed keeps showing what it showed. Read here as a number;
//! whether the data has that edition is known to the state, which drops an
//! unknown one with the page's usual notice.

/// The parameter's name.
pub const PARAM: &str = "edition";

/// Takes `edition=`; `false` unless it is a plain number from 1.
pub(super) fn take(edition: &mut Option<u16>, value: &str) -> bool {
    let digits = !value.is_empty() && value.len() <= 4 && value.bytes().all(|b| b.is_ascii_digit());
    match value.parse::<u16>() {
        Ok(n) if digits && n >= 1 => {
            *edition = Some(n);
            true
        }
        _ => false,
    }
}

pub(super) fn print(edition: Option<u16>, parts: &mut Vec<String>) {
    if let Some(n) = edition {
        parts.push(format!("{PARAM}={n}"));
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use proptest::prelude::*;

    pub fn any_edition() -> impl Strategy<Value = Option<u16>> {
        proptest::option::of(1u16..=9999)
    }

    #[test]
    fn a_number_from_one_is_taken_and_anything_else_is_not() {
        let mut e = None;
        assert!(take(&mut e, "2") && e == Some(2));
        for bad in ["0", "-1", "two", "", "1.0", "+1", "99999", "٣"] {
            let mut e = None;
            assert!(!take(&mut e, bad) && e.is_none(), "{bad}");
        }
    }
}
