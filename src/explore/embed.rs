//! The snippet builder ("嵌入 / Embed"): the `<iframe>` code for the view on
//! screen, ready to paste into a portal page, with a live preview.
//!
//! The frame's address is the view's with `embed=1` and a `tzid` that the
//! height messages carry; the iframe's `id` (`datawrapper-chart-<tzid>`) and
//! its `src` are what Datawrapper's own resize listener looks for, so portals
//! that already embed Datawrapper charts resize this one too.

use super::dom::{el, El};
use crate::i18n::{t, tx, Lang, Text, X};
use crate::route::{Embed, UrlState};

/// Height of the frame before (or without) the height messages, in pixels.
pub const FIXED_HEIGHT: u32 = 640;

/// A short stable id for a view's frame (FNV-1a of its address).
fn frame_id(address: &str) -> String {
    let h = address.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3));
    format!("tz{:08x}", h as u32)
}

/// `address`: the view's full address on this site (no embed options).
/// Returns the frame's address and the snippet.
pub fn snippet(lang: Lang, address: &str, title: &str) -> (String, String) {
    let (base, query) = address.split_once('?').unwrap_or((address, ""));
    let (state, _) = UrlState::parse(query, &|_| true);
    let id = frame_id(address);
    let framed = UrlState { embed: Some(Embed { id: Some(id.clone()), ..Embed::default() }), ..state.clone() };
    let src = format!("{base}{}", framed.href());
    let full = format!("{base}{}", state.href().trim_end_matches('?'));
    let code = el("iframe")
        .at("id", format!("datawrapper-chart-{id}"))
        .at("src", &src)
        .at("title", title)
        .a("width", "100%")
        .at("height", FIXED_HEIGHT.to_string())
        .a("frameborder", "0")
        .a("loading", "lazy")
        .child(el("a").at("href", &full).text(format!("{title} · {}", t(lang, Text::OpenFull))))
        .render();
    (src, code)
}

/// `title`: the frame's name for screen readers (the view's).
pub fn builder(lang: Lang, address: &str, title: &str) -> El {
    let (src, code) = snippet(lang, address, title);
    el("div")
        .class("embed-body")
        .child(el("p").text(tx(lang, X::EmbedIntro)))
        .child(el("label").a("for", "embed-code").text(tx(lang, X::EmbedCode)))
        .child(
            el("textarea").a("id", "embed-code").a("readonly", "").a("rows", "5").a("spellcheck", "false").text(&code),
        )
        .child(
            el("p")
                .class("copy")
                .child(
                    el("button")
                        .a("type", "button")
                        .a("data-copy", "embed-code")
                        .at("data-ok", tx(lang, X::CodeCopied))
                        .at("data-fail", tx(lang, X::CodeCopyFailed))
                        .text(tx(lang, X::CopyCode)),
                )
                .child(el("span").a("role", "status").class("copy-status")),
        )
        .child(el("p").class("muted").text(tx(lang, X::EmbedOptions)))
        .child(el("p").text(tx(lang, X::Preview)))
        .child(
            el("iframe")
                .class("embed-preview")
                .at("src", &src)
                .at("title", format!("{} ({})", title, tx(lang, X::Preview)))
                .a("loading", "lazy")
                .at("height", FIXED_HEIGHT.to_string()),
        )
}
