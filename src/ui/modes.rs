//! The reader's modes (适老化): the large-text and high-contrast switches,
//! the classes on `<html>` that the stylesheet reads, and the visitor's
//! stored choice, which `static/boot.js` applies before the first paint of
//! the next visit (the address wins over it; the system's
//! `prefers-contrast: more` counts when neither says).

use yew::prelude::*;

use crate::i18n::{t, Lang, Text};
use crate::route::Modes;

/// The classes on `<html>`: `static/style.css` and `static/boot.js` use the same.
const LARGE_CLASS: &str = "tz-large";
const CONTRAST_CLASS: &str = "tz-hc";
/// Local-storage keys, with the address's words as values (`large`/`normal`,
/// `high`/`normal`); `static/boot.js` reads the same.
const TEXT_KEY: &str = "taizhou-plan:text";
const CONTRAST_KEY: &str = "taizhou-plan:contrast";

/// The modes `static/boot.js` applied before the first paint.
#[cfg(target_arch = "wasm32")]
pub fn applied() -> Modes {
    let classes = gloo::utils::document().document_element().map(|e| e.class_list());
    let has = |c: &str| classes.as_ref().is_some_and(|l| l.contains(c));
    Modes { large_text: has(LARGE_CLASS), high_contrast: has(CONTRAST_CLASS) }
}

/// Keeps `<html>`'s classes in step with the modes.
pub fn apply(modes: Modes) {
    let Some(root) = gloo::utils::document().document_element() else { return };
    let list = root.class_list();
    let _ = list.toggle_with_force(LARGE_CLASS, modes.large_text);
    let _ = list.toggle_with_force(CONTRAST_CLASS, modes.high_contrast);
}

/// Remembers a switch's choice for the visitor's next visit. Storage may be
/// refused (private windows, a frame's partitioned storage): the choice then
/// lasts for this page only.
fn remember(key: &str, value: &str) {
    if let Ok(Some(storage)) = gloo::utils::window().local_storage() {
        let _ = storage.set_item(key, value);
    }
}

#[derive(Properties, PartialEq)]
pub struct ModeSwitchesProps {
    pub lang: Lang,
    pub modes: Modes,
    pub on_text: Callback<()>,
    pub on_contrast: Callback<()>,
}

/// Two toggle buttons (`aria-pressed`): 长辈模式 and high contrast.
#[component]
pub fn ModeSwitches(props: &ModeSwitchesProps) -> Html {
    let modes = props.modes;
    let text = {
        let on = props.on_text.clone();
        Callback::from(move |_: MouseEvent| {
            remember(TEXT_KEY, if modes.large_text { "normal" } else { "large" });
            on.emit(());
        })
    };
    let contrast = {
        let on = props.on_contrast.clone();
        Callback::from(move |_: MouseEvent| {
            remember(CONTRAST_KEY, if modes.high_contrast { "normal" } else { "high" });
            on.emit(());
        })
    };
    let pressed = |on: bool| if on { "true" } else { "false" };
    html! {
        <>
            <button type="button" id="text-switch" class="mode-switch" aria-pressed={pressed(modes.large_text)} onclick={text}>
                { t(props.lang, Text::LargeText) }
            </button>
            <button type="button" id="contrast-switch" class="mode-switch" aria-pressed={pressed(modes.high_contrast)} onclick={contrast}>
                { t(props.lang, Text::HighContrast) }
            </button>
        </>
    }
}
