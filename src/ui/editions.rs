//! Editions on the page: the stamp every view carries, the banner of a view
//! pinned to an edition, the changelog (`?view=changes`) replayed from the
//! editions, a target's status history and its trail, and "引用 / Cite".

use yew::prelude::*;

use super::card::figure_ref;
use super::nav::Link;
use super::parts::CopyButton;
use crate::i18n::{self, ed, Ed, Lang};
use crate::model::desk::Changes;
use crate::model::edition::StatusStep;
use crate::model::{Edition, Figure};
use crate::route::{UrlState, View};
use crate::state::{Loaded, Shared};

#[derive(Properties, PartialEq)]
pub struct BannerProps {
    pub lang: Lang,
    pub edition: Edition,
    pub latest: bool,
    /// The same view, not pinned.
    pub href: AttrValue,
    pub on_latest: Callback<()>,
}

/// "您正在查看第 N 版（日期）的数据 · 查看最新".
#[component]
pub fn PinnedBanner(props: &BannerProps) -> Html {
    let lang = props.lang;
    let onclick = {
        let on_latest = props.on_latest.clone();
        Callback::from(move |e: MouseEvent| {
            if e.button() == 0 && !(e.ctrl_key() || e.meta_key() || e.shift_key() || e.alt_key()) {
                e.prevent_default();
                on_latest.emit(());
            }
        })
    };
    html! {
        <p class="pin-banner" id="pin-banner" role="note">
            <strong>{ i18n::pinned_banner(lang, &props.edition) }</strong>
            { " · " }
            if props.latest {
                { ed(lang, Ed::IsLatest) }{ " " }
            }
            <a href={props.href.clone()} {onclick} id="see-latest">{ ed(lang, Ed::SeeLatest) }</a>
        </p>
    }
}

#[derive(Properties, PartialEq)]
pub struct ChangesProps {
    pub lang: Lang,
    pub loaded: Shared<Loaded>,
}

/// The changelog: each edition, newest first, with what it changed.
#[component]
pub fn ChangesView(props: &ChangesProps) -> Html {
    let lang = props.lang;
    let log = use_memo(props.loaded.clone(), |l| l.data.replay());
    html! {
        <section class="changes" aria-labelledby="explore-h">
            <h2 id="explore-h" tabindex="-1">{ ed(lang, Ed::ChangesView) }</h2>
            <p>{ ed(lang, Ed::ChangesIntro) }</p>
            { for log.iter().rev().map(|e| html! {
                <article class="edition" id={format!("edition-{}", e.edition.number)}>
                    <h3>{ i18n::edition_heading(lang, &e.edition) }</h3>
                    <p>{ i18n::edition_summary(lang, &e.edition) }</p>
                    <EditionChanges {lang} changes={e.changes.clone()} data={props.loaded.clone()} />
                    // A whole page of that edition: a plain link.
                    <p class="small"><a href={UrlState { lang, edition: Some(e.edition.number), ..UrlState::default() }.href()}>
                        { i18n::pinned_banner(lang, &e.edition) }</a></p>
                </article>
            }) }
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct EditionChangesProps {
    lang: Lang,
    changes: Changes,
    data: Shared<Loaded>,
}

#[component]
fn EditionChanges(props: &EditionChangesProps) -> Html {
    let lang = props.lang;
    let c = &props.changes;
    let data = &props.data.data;
    let name = |f: &Figure| {
        data.indicator_names(&f.indicator)
            .map(|(zh, en)| lang.pick(zh, en).to_string())
            .unwrap_or(f.indicator.to_string())
    };
    let list = |label: Ed, figures: Vec<(&Figure, Option<&Figure>)>| {
        if figures.is_empty() {
            return html! {};
        }
        html! {
            <>
                <h4>{ i18n::with_count(lang, ed(lang, label), figures.len()) }</h4>
                <ul class={format!("changes-{}", ed(Lang::En, label).to_lowercase())}>
                    { for figures.into_iter().map(|(f, before)| html! {
                        <li>
                            <span class="change-name">{ name(f) }</span>{ lang.pick("：", ": ") }
                            if let Some(b) = before {
                                { format!("{} {} → {} ", ed(lang, Ed::Before), i18n::figure_brief(lang, b), ed(lang, Ed::After)) }
                            }
                            { i18n::figure_brief(lang, f) }
                        </li>
                    }) }
                </ul>
            </>
        }
    };
    let added = c.added.iter().map(|a| (&a.figure, None)).collect();
    let changed = c.changed.iter().map(|a| (&a.figure, a.before.as_ref())).collect();
    let removed = c.removed.iter().map(|f| (f, None)).collect();
    html! {
        <>
            { list(Ed::Added, added) }
            { list(Ed::Changed, changed) }
            { list(Ed::Removed, removed) }
            <h4>{ i18n::with_count(lang, ed(lang, Ed::StatusMoved), c.status.len()) }</h4>
            if c.status.is_empty() {
                <p class="muted">{ ed(lang, Ed::NothingChanged) }</p>
            } else {
                <ul class="changes-status">
                    { for c.status.iter().map(|s| {
                        let target = data.target(&s.target);
                        html! {
                            <li>
                                <Link to={View::Indicator(s.target.clone())}>
                                    { target.map(|t| i18n::target_name(lang, t).to_string()).unwrap_or(s.target.to_string()) }
                                </Link>
                                { lang.pick("：", ": ") }
                                { i18n::trail(lang, &[s.before, s.after]) }
                            </li>
                        }
                    }) }
                </ul>
            }
        </>
    }
}

#[derive(Properties, PartialEq)]
pub struct HistoryProps {
    pub lang: Lang,
    pub history: Vec<StatusStep>,
}

/// A target's status history: every change, with the date the public could
/// know it, the status before and after, and the figure and source that
/// caused it. One change or none is said in one line.
#[component]
pub fn StatusHistory(props: &HistoryProps) -> Html {
    let lang = props.lang;
    let figures = |s: &StatusStep| {
        html! {
            <ul class="plain">{ for s.figures.iter().map(|f| html! { <li>{ figure_ref(lang, f) }</li> }) }</ul>
        }
    };
    html! {
        <section class={classes!("status-history", props.history.is_empty().then_some("empty"))} id="history" aria-labelledby="history-h">
            <h3 id="history-h">{ ed(lang, Ed::HistoryHeading) }</h3>
            { match props.history.as_slice() {
                [] => html! { <p class="history-one muted">{ ed(lang, Ed::HistoryNone) }</p> },
                [one] => html! {
                    <div class="history-one">
                        <p>{ i18n::history_one(lang, one) }</p>
                        { figures(one) }
                    </div>
                },
                steps => html! {
                    <>
                        <p class="small">{ ed(lang, Ed::HistoryMethod) }</p>
                        <div class="table-wrap">
                        <table class="history-table">
                            <caption class="visually-hidden">{ ed(lang, Ed::HistoryHeading) }</caption>
                            <thead><tr>
                                <th scope="col">{ ed(lang, Ed::HistoryDate) }</th>
                                <th scope="col">{ ed(lang, Ed::HistoryBefore) }</th>
                                <th scope="col">{ ed(lang, Ed::HistoryAfter) }</th>
                                <th scope="col">{ ed(lang, Ed::HistoryCause) }</th>
                            </tr></thead>
                            <tbody>
                                { for steps.iter().map(|s| html! {
                                    <tr>
                                        <th scope="row">{ i18n::known_on(lang, &s.date) }</th>
                                        <td>{ i18n::status_label(lang, s.before) }</td>
                                        <td>{ i18n::status_label(lang, s.after) }</td>
                                        <td>{ figures(s) }</td>
                                    </tr>
                                }) }
                            </tbody>
                        </table>
                        </div>
                    </>
                },
            } }
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub struct CiteProps {
    pub lang: Lang,
    /// The view's address (relative), pinned to the edition shown.
    pub url: UrlState,
    pub view_title: AttrValue,
    pub edition: Edition,
    /// On a target's view: the figure whose number the view quotes.
    #[prop_or_default]
    pub figure: Option<Figure>,
}

/// The references of the view in GB/T 7714-2025, APA 7 and BibTeX, each
/// with a copy button. Made when opened, in the browser: the address and
/// the day of citing are the reader's.
#[component]
pub fn CiteBody(props: &CiteProps) -> Html {
    let lang = props.lang;
    let address = super::share::permalink(&props.url);
    let accessed = today();
    let input = i18n::CiteInput {
        view_title: &props.view_title,
        edition: &props.edition,
        address: &address,
        accessed: &accessed,
        figure: props.figure.as_ref(),
    };
    let c = i18n::citation(lang, &input);
    let block = |(id, copy): (&'static str, &'static str), label: Ed, text: String| {
        html! {
            <div class="cite-form">
                <label for={id}>{ ed(lang, label) }</label>
                <textarea {id} readonly=true rows="4" spellcheck="false" value={text.clone()} />
                <CopyButton label={ed(lang, Ed::CiteCopy)} ok={ed(lang, Ed::CiteCopied)} fail={ed(lang, Ed::CiteCopyFailed)}
                    text={Some(AttrValue::from(text))} id={Some(copy)} />
            </div>
        }
    };
    html! {
        <div class="cite-body">
            <p>{ ed(lang, Ed::CiteIntro) }</p>
            { block(("cite-gbt", "copy-gbt"), Ed::CiteGbt, c.gbt) }
            { block(("cite-apa", "copy-apa"), Ed::CiteApa, c.apa) }
            { block(("cite-bibtex", "copy-bibtex"), Ed::CiteBibtex, c.bibtex) }
        </div>
    }
}

/// Today in the reader's browser, `YYYY-MM-DD`: the day of citing, the
/// date the desk proposes for an edition.
pub fn today() -> String {
    let d = js_sys::Date::new_0();
    format!("{:04}-{:02}-{:02}", d.get_full_year(), d.get_month() + 1, d.get_date())
}
