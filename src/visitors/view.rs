//! What the visitors' page shows of the desk: a footer link to the desk's
//! own page, and at `?view=data` the way there.

use std::rc::Rc;

use yew::prelude::*;

use crate::i18n::{t, Lang, Text};
use crate::route::{UrlState, View};
use crate::state::{AppState, Loaded};

/// Nothing to fetch: the visitors' page has no desk.
#[hook]
pub fn use_page(_state: &UseReducerHandle<AppState>) {}

/// No preview to announce: the visitors' page shows the published data.
pub fn banner(_state: &UseReducerHandle<AppState>) -> Html {
    html! {}
}

/// `?view=data`: the way to the desk's page (its code is not in this page's
/// WebAssembly).
pub fn data_view(state: &UseReducerHandle<AppState>, _: Rc<Loaded>) -> Html {
    html! { <DeskElsewhere lang={state.url.lang} /> }
}

/// The footer's way to the desk: the other page.
pub fn desk_link(lang: Lang) -> Html {
    html! { <a href={desk_address(lang)}>{ t(lang, Text::DeskFooterLink) }</a> }
}

/// The desk's page at `?view=data`, in the reader's language, beside this page.
fn desk_address(lang: Lang) -> String {
    let url = UrlState { view: View::Data, lang, ..UrlState::default() };
    format!("{}{}", crate::bundle::DESK_PAGE, url.print())
}

#[derive(Properties, PartialEq)]
struct ElsewhereProps {
    lang: Lang,
}

/// The fixed address `?view=data` of the visitors' page opens the desk's.
#[component]
fn DeskElsewhere(props: &ElsewhereProps) -> Html {
    let address = desk_address(props.lang);
    use_effect_with(address.clone(), |address| {
        let _ = gloo::utils::window().location().replace(address);
    });
    html! {
        <section class="desk" aria-labelledby="explore-h">
            <h2 id="explore-h" tabindex="-1">{ t(props.lang, Text::DeskView) }</h2>
            <p role="status">{ t(props.lang, Text::DeskOwnPage) }{ " " }<a href={address}>{ t(props.lang, Text::DeskView) }</a></p>
        </section>
    }
}
