//! In-page navigation: a context that moves between views by pushing the
//! address (so back and forward work), and links that use it while keeping
//! a real `href` (open in a new tab, copy the link). Every in-page link of
//! every view is a [`Link`].

use yew::prelude::*;

use crate::i18n::Lang;
use crate::route::{Embed, Filters, Modes, UrlState, View};
use crate::state::Destination;

/// Brings the element named by the address's `#anchor` into sight; false
/// when there is none (yet).
pub fn scroll_to_hash() -> bool {
    let hash = web_sys::window().and_then(|w| w.location().hash().ok()).unwrap_or_default();
    scroll_to(&crate::route::decode(hash.trim_start_matches('#')))
}

/// Brings the element with id `anchor` into sight; false when there is none.
pub fn scroll_to(anchor: &str) -> bool {
    let document = web_sys::window().and_then(|w| w.document());
    match document.filter(|_| !anchor.is_empty()).and_then(|d| d.get_element_by_id(anchor)) {
        Some(el) => {
            el.scroll_into_view();
            true
        }
        None => false,
    }
}

/// What links need from the page: the language, reading modes and embed
/// options they keep, the filters in force, and the way to move.
#[derive(Clone, PartialEq)]
pub struct Nav {
    pub lang: Lang,
    pub modes: Modes,
    /// The filters in force: kept when moving between the explore views.
    pub filters: Filters,
    /// Embed mode: kept on every link inside the frame.
    pub embed: Option<Embed>,
    /// The edition the page is pinned to: kept on every link.
    pub edition: Option<u16>,
    pub go: Callback<Destination>,
}

#[derive(Properties, PartialEq)]
pub struct LinkProps {
    pub to: View,
    /// The filters of the destination; by default the current ones on an
    /// explore view, none elsewhere.
    #[prop_or_default]
    pub filters: Option<Filters>,
    #[prop_or_default]
    pub hash: Option<AttrValue>,
    #[prop_or_default]
    pub class: Classes,
    /// An accessible name, where the content does not give one (map shapes).
    #[prop_or_default]
    pub label: Option<AttrValue>,
    #[prop_or_default]
    pub id: Option<AttrValue>,
    #[prop_or_default]
    pub children: Html,
}

/// A link to a view of this page, relative to the page's own path.
#[component]
pub fn Link(props: &LinkProps) -> Html {
    let nav = use_context::<Nav>();
    let lang = nav.as_ref().map(|n| n.lang).unwrap_or_default();
    let filters = match (&props.filters, &nav) {
        (Some(f), _) => f.clone(),
        (None, Some(n)) if props.to.explores() => n.filters.clone(),
        _ => Filters::default(),
    };
    let embed = nav.as_ref().and_then(|n| n.embed.clone());
    let modes = nav.as_ref().map(|n| n.modes).unwrap_or_default();
    let edition = nav.as_ref().and_then(|n| n.edition);
    let mut href = UrlState { lang, modes, view: props.to.clone(), filters: filters.clone(), embed, edition }.href();
    if let Some(h) = &props.hash {
        href.push('#');
        href.push_str(h);
    }
    let onclick = {
        let to = Destination { view: props.to.clone(), filters, hash: props.hash.as_ref().map(|h| h.to_string()) };
        Callback::from(move |e: MouseEvent| {
            // Let the browser handle new tabs and windows.
            if e.button() != 0 || e.ctrl_key() || e.meta_key() || e.shift_key() || e.alt_key() {
                return;
            }
            if let Some(nav) = &nav {
                e.prevent_default();
                nav.go.emit(to.clone());
            }
        })
    };
    html! {
        <a class={props.class.clone()} {href} {onclick} id={props.id.clone()} aria-label={props.label.clone()}>
            { props.children.clone() }
        </a>
    }
}
