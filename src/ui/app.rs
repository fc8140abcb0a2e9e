//! The page: header, city-wide verdict, the scorecard grouped by the plan's
//! dimensions, the method note, downloads and credits.

use std::rc::Rc;

use yew::prelude::*;

use super::card::TargetCard;
use super::parts::{Downloads, MethodNote, Notices, VerdictBar};
use crate::i18n::{self, t, Lang, Text};
use super::data::FiguresSection;
use crate::model::scorecard::{FigureTable, GroupKey, Scorecard};
use crate::model::{Dataset, LoadError};
use crate::route::UrlState;

#[derive(Properties, PartialEq, Clone, Default)]
pub struct AppProps {
    /// The page's query string (`location.search`), read once at start.
    #[prop_or_default]
    pub query: AttrValue,
}

/// What the page shows, built once from the bundled data.
struct Loaded {
    scorecard: Scorecard,
    figures: Rc<FigureTable>,
}

fn load() -> Rc<Result<Loaded, LoadError>> {
    Rc::new(Dataset::bundled().map(|d| Loaded { scorecard: Scorecard::build(&d), figures: Rc::new(FigureTable::build(&d)) }))
}

#[component]
pub fn App(props: &AppProps) -> Html {
    let parsed = use_memo(props.query.clone(), |q| UrlState::parse(q));
    let lang = use_state(|| parsed.0.lang);
    let scorecard = use_memo((), |_| load());
    let lang_now = *lang;

    // Keep the document's language, title and address in step with the view.
    use_effect_with(lang_now, move |&lang| {
        sync_document(lang);
    });
    // The first view is on screen with its data: tell the benchmark.
    use_effect_with((), |_| {
        if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
            let _ = p.mark("tz:ready");
        }
    });

    let toggle = {
        let lang = lang.clone();
        Callback::from(move |_: MouseEvent| lang.set(lang.other()))
    };

    let body = match scorecard.as_ref().as_ref() {
        Ok(loaded) => scorecard_view(lang_now, loaded),
        Err(e) => html! { <ErrorView lang={lang_now} messages={e.0.iter().map(|m| AttrValue::from(m.to_string())).collect::<Vec<_>>()} /> },
    };

    html! {
        <div class="tz" lang={lang_now.html_lang()}>
            <a class="skip" href="#targets">{ t(lang_now, Text::SkipToContent) }</a>
            <header class="masthead">
                <div class="masthead-text">
                    <h1>{ t(lang_now, Text::Title) }</h1>
                    <p class="plan-title" lang="zh-CN">{ t(Lang::Zh, Text::PlanTitle) }</p>
                    if lang_now == Lang::En { <p class="plan-title-en">{ t(Lang::En, Text::PlanTitle) }</p> }
                    <p class="subtitle">{ t(lang_now, Text::Subtitle) }</p>
                </div>
                <button type="button" class="lang-switch" id="lang-switch" onclick={toggle}
                    lang={lang_now.other().html_lang()}>
                    { t(lang_now, Text::SwitchLanguage) }
                </button>
            </header>
            <Notices lang={lang_now} notices={parsed.1.clone()} />
            <main id="main">{ body }</main>
        </div>
    }
}

fn scorecard_view(lang: Lang, loaded: &Loaded) -> Html {
    let sc = &loaded.scorecard;
    let missing: Vec<_> = sc.cards().filter(|c| c.latest.is_none()).cloned().collect();
    html! {
        <>
            <section class="verdict" aria-labelledby="verdict-h">
                <h2 id="verdict-h">{ t(lang, Text::VerdictHeading) }</h2>
                <VerdictBar lang={lang} verdict={sc.verdict} />
                <details class="missing">
                    <summary>{ format!("{}（{}）", t(lang, Text::Missing), missing.len()) }</summary>
                    <ul>
                        { for missing.iter().map(|c| html! {
                            <li><a href={format!("#t-{}", c.target.id)}>{ i18n::target_name(lang, &c.target) }</a></li>
                        }) }
                    </ul>
                </details>
                <MethodNote lang={lang} />
            </section>
            <nav class="toc" aria-label={t(lang, Text::VerdictHeading)}>
                <ul>
                    { for sc.groups.iter().map(|g| html! {
                        <li><a href={format!("#{}", g.key.anchor())}>{ group_name(lang, g.key) }</a></li>
                    }) }
                </ul>
            </nav>
            <div id="targets" class="groups">
                { for sc.groups.iter().map(|g| {
                    let id = g.key.anchor();
                    html! {
                        <section class="group" aria-labelledby={id.clone()}>
                            <h2 id={id}>{ group_name(lang, g.key) }
                                <span class="count">{ format!(" · {}", g.cards.len()) }</span></h2>
                            <div class="cards">
                                { for g.cards.iter().map(|c| html! { <TargetCard key={c.target.id.clone()} lang={lang} card={c.clone()} /> }) }
                            </div>
                        </section>
                    }
                }) }
            </div>
            <FiguresSection lang={lang} table={loaded.figures.clone()} />
            <Downloads lang={lang} />
            <section class="about" aria-labelledby="about-h">
                <h2 id="about-h">{ t(lang, Text::AboutHeading) }</h2>
                <p>{ t(lang, Text::AboutData) }</p>
                <p>{ t(lang, Text::AboutLicence) }</p>
            </section>
        </>
    }
}

fn group_name(lang: Lang, key: GroupKey) -> String {
    match key {
        GroupKey::Dimension(d) => format!("{} · {}", i18n::section_name(lang, crate::model::Section::MainTargets), i18n::dimension_name(lang, d)),
        GroupKey::Section(s) => format!("{} · {}", t(lang, Text::OtherCommitments), i18n::section_name(lang, s)),
    }
}

#[derive(Properties, PartialEq)]
struct ErrorViewProps {
    lang: Lang,
    messages: Vec<AttrValue>,
}

/// Loading failed: say so plainly, list what failed, point to the raw data.
#[component]
fn ErrorView(props: &ErrorViewProps) -> Html {
    html! {
        <section class="error" role="alert">
            <h2>{ t(props.lang, Text::ErrorHeading) }</h2>
            <ul>{ for props.messages.iter().map(|m| html! { <li><code>{ m.clone() }</code></li> }) }</ul>
            <p>{ t(props.lang, Text::ErrorBody) }</p>
        </section>
    }
}

/// Sets `<html lang>`, the title and the address for `lang`, keeping the
/// page's path so it works under any sub-path.
fn sync_document(lang: Lang) {
    let Some(window) = web_sys::window() else { return };
    let Some(document) = window.document() else { return };
    if let Some(root) = document.document_element() {
        let _ = root.set_attribute("lang", lang.html_lang());
    }
    document.set_title(t(lang, Text::Title));
    let location = window.location();
    let (Ok(path), Ok(search), Ok(hash)) = (location.pathname(), location.search(), location.hash()) else { return };
    // Keep other parameters as they are; only lang is owned here.
    let (mut state, _) = UrlState::parse(&search);
    state.lang = lang;
    let kept: Vec<&str> = search
        .trim_start_matches('?')
        .split('&')
        .filter(|p| !p.is_empty() && !p.starts_with("lang=") && *p != "lang")
        .collect();
    let mut query = state.print();
    for p in kept {
        query.push(if query.is_empty() { '?' } else { '&' });
        query.push_str(p);
    }
    let url = format!("{path}{query}{hash}");
    if url != format!("{path}{search}{hash}") {
        if let Ok(history) = window.history() {
            let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
        }
    }
}
