//! The snippet builder ("嵌入 / Embed"): the `<iframe>` code for the view on
//! screen, ready to paste into a portal page, with a live preview.
//!
//! The frame's address is the view's with `embed=1` and a `tzid` that the
//! height messages carry; the iframe's `id` (`datawrapper-chart-<tzid>`) and
//! its `src` are what Datawrapper's own resize listener looks for, so portals
//! that already embed Datawrapper charts resize this one too. The code is
//! text for the editor to copy (shown in a text area), not markup of the page.
//!
//! The frame shows the latest data, or stays pinned to the edition on screen
//! (`edition=N`), as the editor chooses; and the schema.org `Dataset` block
//! is offered for the portal's own page, since markup inside a frame does
//! not count for the host.

use yew::prelude::*;

use super::parts::CopyButton;
use crate::i18n::{ed, t, tx, Ed, Lang, Text, X};
use crate::route::{Embed, UrlState};

/// Height of the frame before (or without) the height messages, in pixels.
pub const FIXED_HEIGHT: u32 = 640;

/// A short stable id for a view's frame (FNV-1a of its address).
fn frame_id(address: &str) -> String {
    let h = address.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3));
    format!("tz{:08x}", h as u32)
}

/// `address`: the view's full address on this site (no embed options).
/// Returns the frame's address and the snippet's code.
pub fn snippet(lang: Lang, address: &str, title: &str) -> (String, String) {
    let (base, query) = address.split_once('?').unwrap_or((address, ""));
    let (state, _) = UrlState::parse(query, &|_| true);
    let id = frame_id(address);
    let framed = UrlState { embed: Some(Embed { id: Some(id.clone()), ..Embed::default() }), ..state.clone() };
    let src = format!("{base}{}", framed.href());
    let full = format!("{base}{}", state.href().trim_end_matches('?'));
    let code = format!(
        "<iframe id=\"datawrapper-chart-{id}\" src=\"{}\" title=\"{}\" width=\"100%\" height=\"{FIXED_HEIGHT}\" \
         frameborder=\"0\" loading=\"lazy\"><a href=\"{}\">{} · {}</a></iframe>",
        crate::i18n::escape(&src),
        crate::i18n::escape(title),
        crate::i18n::escape(&full),
        crate::i18n::escape(title),
        crate::i18n::escape(t(lang, Text::OpenFull)),
    );
    (src, code)
}

#[derive(Properties, PartialEq)]
pub struct EmbedProps {
    pub lang: Lang,
    /// The view's address relative to the page (`?…`).
    pub address: AttrValue,
    /// The frame's name for screen readers (the view's).
    pub title: AttrValue,
    /// The edition on screen, which the frame may be pinned to.
    #[prop_or_default]
    pub edition: Option<u16>,
}

/// The view's address with the frame's choice of edition.
fn with_edition(address: &str, edition: Option<u16>) -> String {
    let (base, query) = address.split_once('?').unwrap_or((address, ""));
    let (state, _) = UrlState::parse(query, &|_| true);
    format!("{base}{}", UrlState { edition, ..state }.href().trim_end_matches('?'))
}

/// The `Dataset` block for a page at `base` (the page's directory address):
/// its addresses made absolute.
pub fn json_ld_for(base: &str) -> String {
    let dir = base.rsplit_once('/').map_or(base, |(d, _)| d);
    let block = crate::bundle::JSON_LD
        .replace("\"contentUrl\":\"data/", &format!("\"contentUrl\":\"{dir}/data/"))
        .replace("\"url\":\"./\"", &format!("\"url\":\"{dir}/\""));
    format!("<script type=\"application/ld+json\">{block}</script>")
}

#[component]
pub fn EmbedBuilder(props: &EmbedProps) -> Html {
    let lang = props.lang;
    // The page's own absolute address: the code is pasted into another site.
    let base = {
        let l = gloo::utils::window().location();
        format!("{}{}", l.origin().unwrap_or_default(), l.pathname().unwrap_or_default())
    };
    let page_pinned = props.address.contains("edition=");
    let pinned = use_state_eq(|| page_pinned);
    let edition = if *pinned { props.edition } else { None };
    let address = with_edition(&format!("{base}{}", props.address), edition);
    let (src, code) = snippet(lang, &address, &props.title);
    let choose = |value: bool| {
        let pinned = pinned.clone();
        Callback::from(move |_: Event| pinned.set(value))
    };
    let json_ld = json_ld_for(&base);
    html! {
        <div class="embed-body">
            <p>{ tx(lang, X::EmbedIntro) }</p>
            if let Some(n) = props.edition {
                <fieldset class="embed-edition">
                    <legend>{ ed(lang, Ed::EmbedWhich) }</legend>
                    <label><input type="radio" name="embed-edition" id="embed-latest" checked={!*pinned} onchange={choose(false)} />
                        { ed(lang, Ed::EmbedLatest) }</label>
                    <label><input type="radio" name="embed-edition" id="embed-pinned" checked={*pinned} onchange={choose(true)} />
                        { format!("{}{}", ed(lang, Ed::EmbedPinned), lang.pick(&format!("（第 {n} 版）"), &format!(" (edition {n})"))) }</label>
                </fieldset>
            }
            <label for="embed-code">{ tx(lang, X::EmbedCode) }</label>
            <textarea id="embed-code" readonly=true rows="5" spellcheck="false" value={code.clone()} />
            <p class="copy">
                <CopyButton label={tx(lang, X::CopyCode)} ok={tx(lang, X::CodeCopied)} fail={tx(lang, X::CodeCopyFailed)}
                    text={Some(AttrValue::from(code))} />
            </p>
            <p class="muted">{ tx(lang, X::EmbedOptions) }</p>
            <p>{ tx(lang, X::Preview) }</p>
            <iframe class="embed-preview" src={src} title={format!("{} ({})", props.title, tx(lang, X::Preview))}
                loading="lazy" height={FIXED_HEIGHT.to_string()}></iframe>
            <details class="embed-jsonld">
                <summary>{ ed(lang, Ed::EmbedJsonLd) }</summary>
                <p class="small">{ ed(lang, Ed::EmbedJsonLdIntro) }</p>
                <label for="embed-jsonld" class="visually-hidden">{ ed(lang, Ed::EmbedJsonLd) }</label>
                <textarea id="embed-jsonld" readonly=true rows="6" spellcheck="false" value={json_ld.clone()} />
                <p class="copy">
                    <CopyButton label={tx(lang, X::CopyCode)} ok={tx(lang, X::CodeCopied)} fail={tx(lang, X::CodeCopyFailed)}
                        text={Some(AttrValue::from(json_ld))} id={Some("copy-jsonld")} />
                </p>
            </details>
        </div>
    }
}
