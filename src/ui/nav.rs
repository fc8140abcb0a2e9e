//! In-page navigation: a context that moves between views by pushing the
//! address (so back and forward work), and links that use it while keeping
//! a real `href` (open in a new tab, copy the link).

use yew::prelude::*;

use crate::i18n::Lang;
use crate::route::{UrlState, View};

/// Brings the element named by the address's `#anchor` into sight; false
/// when there is none (yet).
pub fn scroll_to_hash() -> bool {
    let Some(window) = web_sys::window() else { return false };
    let hash = window.location().hash().unwrap_or_default();
    let anchor = crate::route::decode(hash.trim_start_matches('#'));
    match window.document().filter(|_| !anchor.is_empty()).and_then(|d| d.get_element_by_id(&anchor)) {
        Some(el) => {
            el.scroll_into_view();
            true
        }
        None => false,
    }
}

/// Where a link goes: a view, and an anchor within it.
#[derive(Debug, Clone, PartialEq)]
pub struct Destination {
    pub view: View,
    pub hash: Option<String>,
}

#[derive(Clone, PartialEq)]
pub struct Nav {
    pub lang: Lang,
    pub go: Callback<Destination>,
}

#[derive(Properties, PartialEq)]
pub struct LinkProps {
    pub to: View,
    #[prop_or_default]
    pub hash: Option<AttrValue>,
    #[prop_or_default]
    pub class: Classes,
    #[prop_or_default]
    pub children: Html,
}

/// A link to a view of this page, relative to the page's own path.
#[component]
pub fn Link(props: &LinkProps) -> Html {
    let nav = use_context::<Nav>();
    let lang = nav.as_ref().map(|n| n.lang).unwrap_or_default();
    let mut href = UrlState { lang, view: props.to.clone() }.href();
    if let Some(h) = &props.hash {
        href.push('#');
        href.push_str(h);
    }
    let onclick = {
        let to = Destination { view: props.to.clone(), hash: props.hash.as_ref().map(|h| h.to_string()) };
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
    html! { <a class={props.class.clone()} {href} {onclick}>{ props.children.clone() }</a> }
}
