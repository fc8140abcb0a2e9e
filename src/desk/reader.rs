//! "从文本提取 / Read a document": the maintainer pastes a bulletin, a work
//! report or a press release, or opens it (.txt, or .html saved from a
//! government site); the reader (the `taizhou-reader` crate, run in the reducer)
//! proposes each figure it finds, with its sentence marked. Each proposal is
//! a draft: the maintainer edits it, accepts it (it then goes through the
//! same check as every row and into the working file) or rejects it. The
//! document's source is entered once, and its confidence is the
//! maintainer's to set: the reader never sets one.

use yew::prelude::*;

use super::state::{Decision, Desk, DeskAction, Reading};
use super::texts::{self, dt, DeskText as D};
use crate::i18n::{self, Lang};
use crate::model::ingest::seeds::{FigureRow, SourceCols};
use crate::model::Dataset;
use crate::state::{Action, AppState, Loaded, Shared};
use crate::ui::parts::Disclosure;
use taizhou_reader::{Mark, Proposal, Quote};

#[derive(Properties, PartialEq)]
pub struct ReadProps {
    pub lang: Lang,
    pub desk: Shared<Desk>,
    pub published: Shared<Loaded>,
    pub dispatch: UseReducerDispatcher<AppState>,
}

/// The document being read: its text and its source, as typed.
#[derive(Clone, Default, PartialEq)]
struct Doc {
    text: String,
    source: SourceCols,
    /// Why the opened file could not be used.
    refused: Option<String>,
}

#[component]
pub fn ReadDocument(props: &ReadProps) -> Html {
    let lang = props.lang;
    let doc = use_state(Doc::default);
    let set = |f: fn(&mut Doc, String)| edit(&doc, f);
    let on_file = {
        let doc = doc.clone();
        Callback::from(move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            let Some(file) = input.files().and_then(|f| f.get(0)) else { return };
            input.set_value("");
            let doc = doc.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let opened = super::file::read(file).await.map(|(_, text)| text);
                let mut next = (*doc).clone();
                match opened {
                    Ok(text) => {
                        let (title, text) = match taizhou_reader::html::is_html(&text) {
                            true => taizhou_reader::html::to_text(&text),
                            false => (String::new(), text),
                        };
                        let title = match title.is_empty() {
                            true => text.lines().map(str::trim).find(|l| !l.is_empty()).unwrap_or("").to_string(),
                            false => title,
                        };
                        if next.source.source_title.is_empty() {
                            next.source.source_title = title;
                        }
                        next.text = text;
                        next.refused = None;
                    }
                    Err(p) => next.refused = Some(i18n::problem(lang, &p)),
                }
                doc.set(next);
            });
        })
    };
    let on_text = {
        let doc = doc.clone();
        Callback::from(move |e: InputEvent| {
            let mut next = (*doc).clone();
            next.text = textarea_value(&e);
            // The first line of a pasted document is its title, until one is typed.
            if next.source.source_title.is_empty()
                || doc.text.lines().next().map(str::trim) == Some(next.source.source_title.as_str())
            {
                next.source.source_title =
                    next.text.lines().map(str::trim).find(|l| !l.is_empty()).unwrap_or("").to_string();
            }
            doc.set(next);
        })
    };
    let on_read = {
        let (doc, dispatch) = (doc.clone(), props.dispatch.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            crate::ui::task::mark("tz:read-start");
            dispatch.dispatch(Action::Page(DeskAction::Read {
                text: doc.text.clone(),
                title: doc.source.source_title.clone(),
            }));
        })
    };
    let field = |id: &'static str, label: D, value: &str, oninput: Callback<InputEvent>, kind: &'static str| {
        crate::ui::parts::text_field(id, dt(lang, label), value, oninput, kind)
    };
    let on_confidence = {
        let doc = doc.clone();
        Callback::from(move |e: Event| {
            let mut next = (*doc).clone();
            next.source.confidence = e.target_unchecked_into::<web_sys::HtmlSelectElement>().value();
            doc.set(next);
        })
    };
    let reading = props.desk.reading.clone();
    // The benchmark times a read from the click to this render.
    let serial = reading.as_ref().map_or(0, |r| std::rc::Rc::as_ptr(r) as usize);
    use_effect_with(serial, |&s| {
        if s != 0 {
            crate::ui::task::mark("tz:read")
        }
    });
    html! {
        <section class="desk-read" aria-labelledby="desk-read-h">
            <h3 id="desk-read-h">{ dt(lang, D::ReadHeading) }</h3>
            <p>{ dt(lang, D::ReadIntro) }</p>
            <form id="desk-read" onsubmit={on_read}>
                <p class="field wide">
                    <label for="read-file">{ dt(lang, D::ReadFile) }</label>
                    <input type="file" id="read-file" accept=".txt,.html,.htm,text/plain,text/html" onchange={on_file} />
                    if let Some(why) = &doc.refused { <span class="error" role="alert">{ why.clone() }</span> }
                </p>
                <p class="field wide">
                    <label for="read-text">{ dt(lang, D::ReadText) }</label>
                    <textarea id="read-text" rows="8" value={doc.text.clone()} oninput={on_text} />
                </p>
                <fieldset class="desk-read-source">
                    <legend>{ dt(lang, D::ReadSource) }</legend>
                    { field("read-title", D::SourceTitle, &doc.source.source_title, set(|d, v| d.source.source_title = v), "text") }
                    { field("read-url", D::SourceUrl, &doc.source.source_url, set(|d, v| d.source.source_url = v), "url") }
                    { field("read-publisher", D::Publisher, &doc.source.publisher, set(|d, v| d.source.publisher = v), "text") }
                    { field("read-date", D::PublishedDate, &doc.source.published_date, set(|d, v| d.source.published_date = v), "text") }
                    <p class="field">
                        <label for="read-confidence">{ dt(lang, D::Confidence) }</label>
                        <select id="read-confidence" onchange={on_confidence}>
                            { for ["", "high", "medium", "low"].iter().map(|c| html! {
                                <option value={*c} selected={doc.source.confidence == *c}>{ texts::desk_confidence(lang, c) }</option>
                            }) }
                        </select>
                    </p>
                    <p class="small muted">{ dt(lang, D::ReadConfidence) }</p>
                </fieldset>
                <p><button type="submit" class="button" id="desk-read-go">{ dt(lang, D::ReadGo) }</button></p>
            </form>
            if let Some(r) = reading {
                <Proposals {lang} reading={Shared::from(r)} source={doc.source.clone()} published={props.published.clone()} dispatch={props.dispatch.clone()} />
            }
        </section>
    }
}

/// A field's input: `f` puts the typed text into a copy of the state.
fn edit<T: Clone + 'static>(state: &UseStateHandle<T>, f: fn(&mut T, String)) -> Callback<InputEvent> {
    let state = state.clone();
    Callback::from(move |e: InputEvent| {
        let mut next = (*state).clone();
        f(&mut next, input_value(&e));
        state.set(next);
    })
}

fn input_value(e: &InputEvent) -> String {
    e.target_unchecked_into::<web_sys::HtmlInputElement>().value()
}

fn textarea_value(e: &InputEvent) -> String {
    e.target_unchecked_into::<web_sys::HtmlTextAreaElement>().value()
}

#[derive(Properties, PartialEq)]
struct ProposalsProps {
    lang: Lang,
    reading: Shared<Reading>,
    source: SourceCols,
    published: Shared<Loaded>,
    dispatch: UseReducerDispatcher<AppState>,
}

/// What the reader found: the proposals, then the sentences without a figure.
#[component]
fn Proposals(props: &ProposalsProps) -> Html {
    let lang = props.lang;
    let r = &props.reading;
    let data = &props.published.data;
    let name = |id: &str| name_of(lang, data, id);
    html! {
        <div class="desk-reading" id="desk-reading">
            <p role="status" id="desk-read-status">{ texts::reader_found(lang, &r.reading) }</p>
            if !r.reading.proposals.is_empty() {
                <ol class="proposals" id="desk-proposals">
                    { for r.reading.proposals.iter().enumerate().map(|(i, p)| html! {
                        <ProposalItem key={i} {lang} index={i} proposal={p.clone()} decision={r.decisions[i].clone()}
                            name={name(&p.indicator)} source={props.source.clone()} dispatch={props.dispatch.clone()} />
                    }) }
                </ol>
            }
            if !r.reading.mentions.is_empty() {
                // Often long (every sentence that names an indicator): made when opened.
                <Disclosure id="desk-mentions" class="desk-change"
                    summary={i18n::with_count(lang, dt(lang, D::ReadMentions), r.reading.mentions.len())}>
                    <Mentions {lang} reading={props.reading.clone()} published={props.published.clone()} />
                </Disclosure>
            }
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct MentionsProps {
    lang: Lang,
    reading: Shared<Reading>,
    published: Shared<Loaded>,
}

/// The sentences that name an indicator without a figure, each with why.
#[component]
fn Mentions(props: &MentionsProps) -> Html {
    let lang = props.lang;
    html! {
        <ul>
            { for props.reading.reading.mentions.iter().map(|m| html! {
                <li data-indicator={m.indicator.to_string()}>
                    <strong>{ name_of(lang, &props.published.data, &m.indicator) }</strong>{ lang.pick("：", ": ") }{ texts::reader_why(lang, &m.why) }
                    { quote(lang, &m.quote) }
                </li>
            }) }
        </ul>
    }
}

fn name_of(lang: Lang, data: &Dataset, id: &str) -> String {
    data.indicator_names(id).map(|(zh, en)| lang.pick(zh, en).to_string()).unwrap_or_else(|| id.to_string())
}

/// The sentence with the indicator's words and the number marked.
fn quote(lang: Lang, q: &Quote) -> Html {
    html! {
        <blockquote class="read-quote">
            <span class="muted small">{ texts::reader_line(lang, q.line) }</span>{ " " }
            { for q.parts().into_iter().map(|(text, mark)| match mark {
                Some(Mark::Name) => html! { <mark class="name">{ text }</mark> },
                Some(Mark::Number) => html! { <mark class="num">{ text }</mark> },
                None => html! { { text } },
            }) }
        </blockquote>
    }
}

#[derive(Properties, PartialEq)]
struct ItemProps {
    lang: Lang,
    index: usize,
    proposal: Proposal,
    decision: Decision,
    name: String,
    source: SourceCols,
    dispatch: UseReducerDispatcher<AppState>,
}

/// One proposal: what was read, the sentence, the fields to correct, and
/// accept or reject.
#[component]
fn ProposalItem(props: &ItemProps) -> Html {
    let lang = props.lang;
    let p = &props.proposal;
    let i = props.index;
    // The maintainer's corrections, over the proposal's row.
    let row = use_state(|| p.row(&SourceCols::default()));
    let set = |f: fn(&mut FigureRow, String)| edit(&row, f);
    let accept = {
        let (row, source, dispatch, quote) =
            (row.clone(), props.source.clone(), props.dispatch.clone(), p.quote.text.clone());
        Callback::from(move |_: MouseEvent| {
            let mut full = FigureRow { src: source.clone(), ..(*row).clone() };
            // Where the figure was read: the sentence, for whoever checks it later.
            full.note = quote.chars().take(80).collect();
            dispatch.dispatch(Action::Page(DeskAction::Accept { index: i, row: Box::new(full) }));
        })
    };
    let reject = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.dispatch(Action::Page(DeskAction::Reject(i))))
    };
    let reconsider = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.dispatch(Action::Page(DeskAction::Reconsider(i))))
    };
    let id = |f: &str| format!("p{i}-{f}");
    let input = |f: &'static str, label: D, value: &str, oninput: Callback<InputEvent>| {
        html! {
            <span class="field">
                <label for={id(f)}>{ dt(lang, label) }</label>
                <input type="text" id={id(f)} value={value.to_string()} {oninput} size="10" />
            </span>
        }
    };
    let state = match &props.decision {
        Decision::Draft => "draft",
        Decision::Accepted { .. } => "accepted",
        Decision::Refused(_) => "refused",
        Decision::Rejected => "rejected",
    };
    let done = matches!(props.decision, Decision::Accepted { .. } | Decision::Rejected);
    html! {
        <li class={classes!("proposal", state)} data-indicator={p.indicator.to_string()} data-state={state} id={id("item")}>
            <p class="proposal-head">
                <strong>{ props.name.clone() }</strong>{ " " }<code>{ p.indicator.to_string() }</code>
                { " · " }{ texts::reader_measure(lang, p.measure) }
            </p>
            <p class="proposal-value">
                <strong>{ format!("{}{} {}", p.qualifier, p.value, p.unit) }</strong>
                if let Some(w) = &p.written { { " " }<span class="muted">{ texts::reader_written(lang, w) }</span> }
                { " · " }{ texts::reader_when_where(lang, p) }
            </p>
            { for p.unsure.iter().map(|u| html! { <p class="unsure">{ texts::reader_unsure(lang, u) }</p> }) }
            { quote(lang, &p.quote) }
            if !done {
                <div class="proposal-edit">
                    { input("value", D::Value, &row.value, set(|r, v| r.value = v)) }
                    { input("qualifier", D::Qualifier, &row.qualifier, set(|r, v| r.qualifier = v)) }
                    { input("year", D::Year, &row.year, set(|r, v| r.year = v)) }
                    { input("period", D::Period, &row.period, set(|r, v| r.period = v)) }
                    { input("scope", D::Scope, &row.scope, set(|r, v| r.scope = v)) }
                </div>
            }
            if let Decision::Refused(errors) = &props.decision {
                <div class="error" role="alert">
                    <p>{ dt(lang, D::FormRefused) }</p>
                    <ul>{ for errors.iter().map(|e| html! {
                        <li>{ e.column.clone().map(|c| format!("{c}: ")).unwrap_or_default() }{ i18n::problem(lang, &e.problem) }</li>
                    }) }</ul>
                </div>
            }
            <p class="proposal-actions">
                { match &props.decision {
                    Decision::Accepted { line } => html! { <span class="ok" role="status">{ texts::desk_added(lang, *line) }</span> },
                    Decision::Rejected => html! {
                        <>
                            <span class="muted">{ dt(lang, D::ReadRejected) }</span>{ " " }
                            <button type="button" class="linkish" id={id("undo")} onclick={reconsider}>{ dt(lang, D::ReadUndo) }</button>
                        </>
                    },
                    _ => html! {
                        <>
                            <button type="button" class="button" id={id("accept")} onclick={accept}>{ dt(lang, D::ReadAccept) }</button>{ " " }
                            <button type="button" class="linkish" id={id("reject")} onclick={reject}>{ dt(lang, D::ReadReject) }</button>
                        </>
                    },
                } }
            </p>
        </li>
    }
}
