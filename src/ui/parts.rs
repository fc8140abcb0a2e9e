//! Smaller pieces of the page: the verdict bar, the method note, the
//! downloads, a disclosure that makes its content when opened, a copy
//! button, the notice about URL parameters that were not understood, and
//! what a part of the page says when its data did not arrive, and a
//! labelled text field.

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::i18n::{self, ed, t, Ed, Lang, Text};
use crate::model::scorecard::Verdict;
use crate::route::Notice;

/// The city-wide verdict: counts by status as text, and the same as a
/// stacked bar (decorative; the list carries the numbers).
pub fn verdict_bar(lang: Lang, v: Verdict) -> Html {
    let total = v.total().max(1);
    html! {
        <div class="verdict-body">
            <p class="verdict-total"><strong>{ v.total() }</strong>{ format!(" {}", t(lang, Text::TargetsTotal)) }</p>
            // Widths as SVG attributes, not inline styles: the page runs under a
            // strict Content-Security-Policy (style-src 'self').
            // A 1000 × 14 box keeps the stripe pattern close to square at usual widths.
            <svg class="stack" viewBox="0 0 1000 14" preserveAspectRatio="none" aria-hidden="true">
                <defs>
                    <pattern id="stripes" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                        <rect class="stripe-a" width="3" height="6" /><rect class="stripe-b" x="3" width="3" height="6" />
                    </pattern>
                </defs>
                { for v.parts().iter().scan(0usize, |x, &(code, n)| { let at = *x; *x += n; Some((code, at, n)) })
                    .filter(|&(_, _, n)| n > 0)
                    .map(|(part, at, n)| html! {
                        <rect class={format!("vb-{}", part.code())} x={format!("{:.1}", at as f64 * 1000.0 / total as f64)}
                            width={format!("{:.1}", n as f64 * 1000.0 / total as f64)} height="14">
                            <title>{ i18n::verdict_name(lang, part) }</title></rect>
                    }) }
            </svg>
            <ul class="verdict-list">
                { for v.parts().iter().map(|&(part, n)| html! {
                    <li class={format!("vb-{}", part.code())} data-status={part.code()}>
                        <span class="swatch" aria-hidden="true"></span>
                        <strong class="n">{ n }</strong>{ format!(" {}", i18n::verdict_name(lang, part)) }
                        <span class="pct">{ format!(" ({:.0}%)", n as f64 * 100.0 / total as f64) }</span>
                    </li>
                }) }
            </ul>
        </div>
    }
}

/// "How status is computed", in the reader's language.
pub fn method_note(lang: Lang, id: &'static str) -> Html {
    html! {
        <details class="method" {id}>
            <summary>{ t(lang, Text::MethodHeading) }</summary>
            <div>{ for i18n::method_note(lang).into_iter().map(|p| html! { <p>{ p }</p> }) }</div>
        </details>
    }
}

#[derive(Properties, PartialEq)]
pub struct DisclosureProps {
    #[prop_or_default]
    pub id: Option<&'static str>,
    pub class: &'static str,
    pub summary: AttrValue,
    /// Made only while the disclosure is open.
    pub children: Html,
}

/// A `<details>` whose content is made when it is opened: parts that most
/// visitors never open (the figures table, the embed builder, a card's
/// context figures) cost nothing until then, neither in the prerendered
/// page's bytes nor in hydrating it. Costly content is passed as a
/// component (`FiguresTable`, `ContextFigures`): its props are made with
/// the page, its markup only when opened. Without the app (the static page)
/// the stylesheet hides these disclosures: opened, they would be empty.
#[component]
pub fn Disclosure(props: &DisclosureProps) -> Html {
    let open = use_state_eq(|| false);
    let ontoggle = {
        let open = open.clone();
        Callback::from(move |e: Event| {
            let details = e.target().and_then(|t| t.dyn_into::<web_sys::HtmlDetailsElement>().ok());
            open.set(details.is_some_and(|d| d.open()))
        })
    };
    html! {
        <details class={props.class} id={props.id} {ontoggle}>
            <summary>{ props.summary.clone() }</summary>
            if *open { { props.children.clone() } }
        </details>
    }
}

#[derive(Properties, PartialEq)]
pub struct CopyProps {
    pub label: &'static str,
    pub ok: &'static str,
    pub fail: &'static str,
    /// What to copy; the page's address when `None`.
    #[prop_or_default]
    pub text: Option<AttrValue>,
    #[prop_or_default]
    pub id: Option<&'static str>,
}

/// A button that copies a text (or the address) and says whether it could.
#[component]
pub fn CopyButton(props: &CopyProps) -> Html {
    let said = use_state_eq(String::new);
    let onclick = {
        let (said, text, ok, fail) = (said.clone(), props.text.clone(), props.ok, props.fail);
        Callback::from(move |_: MouseEvent| {
            let window = gloo::utils::window();
            let text =
                text.as_ref().map(|t| t.to_string()).or_else(|| window.location().href().ok()).unwrap_or_default();
            let promise = window.navigator().clipboard().write_text(&text);
            let said = said.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let done = wasm_bindgen_futures::JsFuture::from(promise).await.is_ok();
                said.set(if done { ok } else { fail }.to_string());
            });
        })
    };
    html! {
        <span class="copy">
            <button type="button" id={props.id} {onclick}>{ props.label }</button>
            <span role="status" class="copy-status">{ (*said).clone() }</span>
        </span>
    }
}

/// Links to the CSV files the build writes next to the page. Relative, so
/// they work under any sub-path.
pub fn downloads(lang: Lang) -> Html {
    html! {
        <section class="downloads" aria-labelledby="downloads-h">
            <h2 id="downloads-h">{ t(lang, Text::DownloadsHeading) }</h2>
            <ul>
                <li><a href="data/targets.csv" download="taizhou-plan-targets.csv">{ t(lang, Text::DownloadTargets) }</a></li>
                <li><a href="data/figures.csv" download="taizhou-plan-figures.csv">{ t(lang, Text::DownloadFigures) }</a></li>
                <li><a href="data/place_figures.csv" download="taizhou-plan-place-figures.csv">{ ed(lang, Ed::DownloadPlaceFigures) }</a></li>
                <li><a href="data/editions.csv" download="taizhou-plan-editions.csv">{ ed(lang, Ed::DownloadEditions) }</a></li>
                <li><a href="data/plan.txt" download="taizhou-plan-2020-2025.txt">{ t(lang, Text::DownloadPlan) }</a></li>
                <li><a href={crate::bundle::DATA_ZIP} download="">{ ed(lang, Ed::DataPackage) }</a>
                    { " · " }<a href="data/datapackage.json">{ ed(lang, Ed::DownloadSchema) }</a></li>
            </ul>
        </section>
    }
}

/// Parameters of the address that were ignored, named, so a visitor with a
/// broken link knows why the page shows the default view.
pub fn notices(lang: Lang, notices: &[Notice]) -> Html {
    if notices.is_empty() {
        return html! {};
    }
    html! {
        <div class="notice" role="status" id="url-notice">
            <p>{ t(lang, Text::NoticeHeading) }</p>
            <ul>{ for notices.iter().map(|n| html! { <li>{ i18n::notice(lang, n) }</li> }) }</ul>
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct NotArrivedProps {
    pub lang: Lang,
    /// The data file the part needed, offered as a download all the same.
    pub file: AttrValue,
    /// The technical reason, for the site's staff.
    pub reason: AttrValue,
    pub on_retry: Callback<MouseEvent>,
}

/// A part of the page whose data did not arrive (already tried twice): in
/// plain words, with a button that fetches again in place, the raw file,
/// and the engine's reason folded away.
#[component]
pub fn NotArrived(props: &NotArrivedProps) -> Html {
    let lang = props.lang;
    html! {
        <div class="error not-arrived" role="alert">
            <p>{ t(lang, Text::ModuleFailed) }</p>
            <p><button type="button" class="button retry" onclick={props.on_retry.clone()}>{ t(lang, Text::TryAgain) }</button>
                <span class="muted">{ t(lang, Text::DataFileItself) }</span>
                <a href={props.file.clone()}>{ props.file.clone() }</a></p>
            <details><summary>{ t(lang, Text::TechnicalDetails) }</summary><code>{ props.reason.clone() }</code></details>
        </div>
    }
}

/// A labelled text input (`kind`: text, url …), the label above it.
pub fn text_field(
    id: &'static str,
    label: &str,
    value: &str,
    oninput: Callback<InputEvent>,
    kind: &'static str,
) -> Html {
    html! {
        <p class="field">
            <label for={id}>{ label.to_string() }</label>
            <input type={kind} {id} value={value.to_string()} {oninput} />
        </p>
    }
}
