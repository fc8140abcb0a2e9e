//! What the visitors' page shows of the desk: a footer link to the desk's
//! own page, and at `?view=data` the way there.

use std::rc::Rc;

use yew::prelude::*;

use crate::i18n::{t, Lang, Text};
use crate::route::{UrlState, View};
use crate::state::{AppState, Loaded};

/// The fixed address `?view=data` of the visitors' page opens the desk's
/// (in the reader's language); there is nothing else to do here.
#[hook]
pub fn use_page(state: &UseReducerHandle<AppState>) {
    let asked = (state.url.view == View::Data).then_some(state.url.lang);
    use_effect_with(asked, |asked| {
        if let Some(lang) = asked {
            let _ = gloo::utils::window().location().replace(&desk_address(*lang));
        }
    });
}

/// No preview to announce: the visitors' page shows the published data.
pub fn banner(_state: &UseReducerHandle<AppState>) -> Html {
    html! {}
}

/// `?view=data`: the way to the desk's page (its code is not in this page's
/// WebAssembly), while `use_page` leads there.
pub fn data_view(state: &UseReducerHandle<AppState>, _: Rc<Loaded>) -> Html {
    let lang = state.url.lang;
    let address = desk_address(lang);
    html! {
        <section class="desk" aria-labelledby="explore-h">
            <h2 id="explore-h" tabindex="-1">{ t(lang, Text::DeskView) }</h2>
            <p role="status">{ t(lang, Text::DeskOwnPage) }{ " " }<a href={address}>{ t(lang, Text::DeskView) }</a></p>
        </section>
    }
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
