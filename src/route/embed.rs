//! Embed mode (`embed=1`) and its options: `header=`, `theme=`, `bg=`,
//! `tzid=` and `share=`. Options without `embed=1` are said and dropped.

use super::codec::{encode, is_id};
use super::notices::Notice;

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

impl Embed {
    /// The parameters this part reads.
    pub const PARAMS: [&'static str; 6] = ["embed", "header", "theme", "bg", "tzid", "share"];

    pub(super) fn print(&self, parts: &mut Vec<String>) {
        parts.push("embed=1".into());
        if self.no_header {
            parts.push("header=0".into());
        }
        if self.theme != Theme::Light {
            parts.push(format!("theme={}", self.theme.code()));
        }
        if self.transparent {
            parts.push("bg=transparent".into());
        }
        if let Some(id) = &self.id {
            parts.push(format!("tzid={}", encode(id)));
        }
        if let Some(share) = &self.share {
            parts.push(format!("share={}", encode(share)));
        }
    }
}

/// A web address a portal may give for `share=`: http(s), printable, not long.
fn is_share_address(s: &str) -> bool {
    (s.starts_with("https://") || s.starts_with("http://")) && s.len() <= 300 && s.chars().all(|c| c.is_ascii_graphic())
}

/// What the address said of embedding.
#[derive(Default)]
pub(super) struct Asked {
    on: bool,
    options: Embed,
    /// Whether any option was given (said when `embed=1` is not).
    given: bool,
}

impl Asked {
    /// Takes one of [`Embed::PARAMS`]; `false` when its value cannot be used.
    pub fn take(&mut self, name: &str, value: String) -> bool {
        let o = &mut self.options;
        match name {
            "embed" if value == "1" => {
                self.on = true;
                return true;
            }
            "header" if value == "0" => o.no_header = true,
            "theme" if Theme::parse(&value).is_some() => o.theme = Theme::parse(&value).unwrap_or_default(),
            "bg" if value == "transparent" => o.transparent = true,
            "tzid" if is_id(&value) => o.id = Some(value),
            "share" if is_share_address(&value) => o.share = Some(value),
            _ => return false,
        }
        self.given = true;
        true
    }

    pub fn finish(self, notices: &mut Vec<Notice>) -> Option<Embed> {
        if !self.on && self.given {
            notices.push(Notice::EmbedOptionsAlone);
        }
        self.on.then_some(self.options)
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use proptest::prelude::*;

    pub(crate) fn any_embed() -> impl Strategy<Value = Embed> {
        let share = proptest::option::of(prop_oneof![
            Just("https://portal.example/a?b=1&c=%E5".to_string()),
            "http://[a-z]{1,10}\\.gov\\.cn/[a-z0-9/?=&%]{0,30}",
        ]);
        (
            any::<bool>(),
            proptest::sample::select(Theme::ALL.to_vec()),
            any::<bool>(),
            proptest::option::of("[a-z0-9_]{1,12}"),
            share,
        )
            .prop_map(|(no_header, theme, transparent, id, share)| Embed {
                no_header,
                theme,
                transparent,
                id,
                share,
            })
    }

    fn parse(q: &str) -> (Option<Embed>, Vec<Notice>) {
        let (mut asked, mut notices) = (Asked::default(), vec![]);
        for (name, value) in super::super::codec::pairs(q) {
            if !asked.take(&name, value.clone()) {
                notices.push(Notice::invalid(&name, &value));
            }
        }
        (asked.finish(&mut notices), notices)
    }

    #[test]
    fn options_alone_or_unusable_are_said_and_dropped() {
        assert_eq!(parse("theme=dark"), (None, vec![Notice::EmbedOptionsAlone]));
        let (e, n) = parse("embed=yes&theme=neon");
        assert_eq!((e, n.len()), (None, 2));
        let (e, n) = parse("embed=1&share=javascript:alert(1)");
        assert_eq!((e, n), (Some(Embed::default()), vec![Notice::invalid("share", "javascript:alert(1)")]));
    }

    proptest! {
        #[test]
        fn any_embed_prints_and_parses_back(e in any_embed()) {
            let mut parts = vec![];
            e.print(&mut parts);
            prop_assert_eq!(parse(&parts.join("&")), (Some(e), vec![]));
        }
    }
}
