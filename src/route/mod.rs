//! The view state carried in the URL query, parsed leniently and printed back.
//!
//! A parameter that is unknown or has a value that cannot be used falls back
//! to the default and produces a [`Notice`] that the page shows, never a
//! panic. Printing omits defaults, so the plain address stays plain.

use crate::i18n::Lang;

/// Everything the URL decides.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct UrlState {
    pub lang: Lang,
}

/// A parameter that was ignored, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Notice {
    Unknown { name: String },
    Invalid { name: String, value: String },
    Repeated { name: String },
}

impl Notice {
    pub fn describe(&self, lang: Lang) -> String {
        match (self, lang) {
            (Notice::Unknown { name }, Lang::Zh) => format!("不认识的参数“{name}”，已忽略"),
            (Notice::Unknown { name }, Lang::En) => format!("unknown parameter \"{name}\", ignored"),
            (Notice::Invalid { name, value }, Lang::Zh) => format!("参数 {name} 的值“{value}”无效，已使用默认值"),
            (Notice::Invalid { name, value }, Lang::En) => {
                format!("\"{value}\" is not a valid value for {name}; the default is used")
            }
            (Notice::Repeated { name }, Lang::Zh) => format!("参数 {name} 出现多次，只采用第一个"),
            (Notice::Repeated { name }, Lang::En) => format!("parameter {name} is given more than once; the first is used"),
        }
    }
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
    /// Parses a query string, with or without its leading `?`.
    pub fn parse(query: &str) -> (UrlState, Vec<Notice>) {
        let mut state = UrlState::default();
        let mut notices = Vec::new();
        let mut seen: Vec<String> = Vec::new();
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
                _ => notices.push(Notice::Unknown { name: clip(&name) }),
            }
        }
        (state, notices)
    }

    /// The query string for this state, `""` for the default state.
    pub fn print(&self) -> String {
        let mut parts = Vec::new();
        if self.lang != Lang::default() {
            parts.push(format!("lang={}", self.lang.code()));
        }
        if parts.is_empty() {
            String::new()
        } else {
            format!("?{}", parts.join("&"))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_state_prints_empty_and_parses_back() {
        assert_eq!(UrlState::default().print(), "");
        assert_eq!(UrlState::parse(""), (UrlState::default(), vec![]));
    }

    #[test]
    fn english_round_trips() {
        let s = UrlState { lang: Lang::En };
        assert_eq!(s.print(), "?lang=en");
        assert_eq!(UrlState::parse(&s.print()), (s, vec![]));
    }

    #[test]
    fn bad_values_fall_back_with_a_notice() {
        let (s, n) = UrlState::parse("?lang=fr&foo=1&lang=en");
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
            let (_, notices) = UrlState::parse(q);
            for n in notices {
                assert!(n.describe(Lang::En).chars().count() < 200);
            }
        }
        assert_eq!(decode("%E4%B8%AD"), "中");
        assert_eq!(decode("a+b%2"), "a b%2");
    }
}
