//! The reader's settings in the address: the language (`lang=`) and the
//! modes (适老化: `text=large`, `contrast=high`). Kept on every link and in
//! embed codes; they change how the page reads, never what it says.

use super::codec::decode;
use crate::lang::Lang;

/// The reader's modes.
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

    /// Takes one of [`Modes::PARAMS`]; `false` when its value cannot be used.
    pub(super) fn take(&mut self, name: &str, value: &str) -> bool {
        let Some(on) = Modes::parse(name, value) else { return false };
        match name {
            "text" => self.large_text = on,
            _ => self.high_contrast = on,
        }
        true
    }

    pub(super) fn print(self, parts: &mut Vec<String>) {
        if self.large_text {
            parts.push("text=large".into());
        }
        if self.high_contrast {
            parts.push("contrast=high".into());
        }
    }
}

/// `lang=`: the parameter of the page's language.
pub const LANG_PARAM: &str = "lang";

/// Takes `lang=`; `false` when it names no language of the page.
pub(super) fn take_lang(lang: &mut Lang, value: &str) -> bool {
    Lang::parse(value).map(|l| *lang = l).is_some()
}

pub(super) fn print_lang(lang: Lang, parts: &mut Vec<String>) {
    if lang != Lang::default() {
        parts.push(format!("{LANG_PARAM}={}", lang.code()));
    }
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

#[cfg(test)]
pub(crate) mod tests {
    use super::super::codec::pairs;
    use super::*;
    use proptest::prelude::*;

    pub(crate) fn any_modes() -> impl Strategy<Value = Modes> {
        (any::<bool>(), any::<bool>()).prop_map(|(large_text, high_contrast)| Modes { large_text, high_contrast })
    }

    fn parse(q: &str) -> (Modes, usize) {
        let mut m = Modes::default();
        let refused = pairs(q).filter(|(n, v)| !m.take(n, v)).count();
        (m, refused)
    }

    #[test]
    fn the_modes_have_fixed_words() {
        assert_eq!(parse("text=large&contrast=high"), (Modes { large_text: true, high_contrast: true }, 0));
        // `normal` is the default: accepted, and not printed.
        assert_eq!(parse("text=normal&contrast=normal"), (Modes::default(), 0));
        assert_eq!(parse("text=huge&contrast=1"), (Modes::default(), 2));
        let mut lang = Lang::Zh;
        assert!(take_lang(&mut lang, "en") && lang == Lang::En);
        assert!(!take_lang(&mut lang, "fr") && lang == Lang::En);
    }

    #[test]
    fn the_address_without_its_modes() {
        // What boot.js and the prerender compare.
        assert_eq!(without_modes("?text=large"), "");
        assert_eq!(without_modes("?lang=en&contrast=high&text=normal"), "?lang=en");
        assert_eq!(without_modes("?text=huge&lang=en"), "?text=huge&lang=en", "an invalid mode is not a mode");
    }

    proptest! {
        #[test]
        fn any_modes_print_and_parse_back(m in any_modes()) {
            let mut parts = vec![];
            m.print(&mut parts);
            prop_assert_eq!(parse(&parts.join("&")), (m, 0));
            prop_assert_eq!(without_modes(&format!("?{}", parts.join("&"))), "");
        }
    }
}
