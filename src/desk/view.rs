//! The data desk's components: the desk itself at `?view=data`, the
//! preview's banner above every view, and the footer's link. Reading and
//! checking are the model's (`model::desk`, run in the reducer); this module
//! only touches the file, the decoder and the form.

use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::state::{Desk, DeskAction, DeskState};
use super::texts::{self, dt, DeskText as D};
use crate::i18n::{self, t, Lang, Text};
use crate::model::desk::{self as model, Change, Changes, ConflictKey};
use crate::model::ingest::seeds::FigureRow;
use crate::model::SeedError;
use crate::model::{Dataset, Figure};
use crate::route::View;
use crate::state::{Action, AppState, Loaded, Remote, Shared};
use crate::ui::nav::Link;

/// Longest list shown of one kind; the rest is counted.
const SHOWN: usize = 200;

#[derive(Properties, PartialEq)]
pub struct DeskProps {
    pub lang: Lang,
    pub desk: DeskState,
    /// The published data: what rows are checked against and compared with.
    pub published: Shared<Loaded>,
    pub dispatch: UseReducerDispatcher<AppState>,
}

/// Fetches the published figures file once, when the desk is first shown.
#[hook]
pub fn use_page(state: &UseReducerHandle<AppState>) {
    use_effect_with((state.url.view == View::Data, state.page == Remote::Idle), {
        let dispatch = state.dispatcher();
        move |&(needed, idle): &(bool, bool)| {
            if needed && idle {
                dispatch.dispatch(Action::Page(DeskAction::Loading));
                wasm_bindgen_futures::spawn_local(async move {
                    let text = crate::bundle::fetch_published_figures().await;
                    dispatch.dispatch(Action::Page(DeskAction::Published(text)));
                });
            }
        }
    });
}

/// Above every view while it shows the preview.
pub fn banner(state: &UseReducerHandle<AppState>) -> Html {
    html! { <PreviewBanner lang={state.url.lang} shown={state.previewing()} on_desk={state.url.view == View::Data} dispatch={state.dispatcher()} /> }
}

/// `?view=data`: the desk, against the published data.
pub fn data_view(state: &UseReducerHandle<AppState>, published: Rc<Loaded>) -> Html {
    html! { <DeskView lang={state.url.lang} desk={state.page.clone()} {published} dispatch={state.dispatcher()} /> }
}

/// The footer's way to the desk: a view of this page.
pub fn desk_link(lang: Lang) -> Html {
    html! { <Link to={View::Data}>{ t(lang, Text::DeskFooterLink) }</Link> }
}

#[derive(Properties, PartialEq)]
pub struct BannerProps {
    pub lang: Lang,
    /// Whether the page shows a preview.
    pub shown: bool,
    /// Whether the desk itself is on screen (no link back to it then).
    pub on_desk: bool,
    pub dispatch: UseReducerDispatcher<AppState>,
}

/// Above every view while it shows the desk's figures: they are not published.
#[component]
pub fn PreviewBanner(props: &BannerProps) -> Html {
    let lang = props.lang;
    let discard = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.dispatch(Action::Page(DeskAction::Discard)))
    };
    if !props.shown {
        return html! {};
    }
    html! {
        <div class="preview-banner" role="status" id="preview-banner">
            <p><strong>{ dt(lang, D::PreviewBanner) }</strong></p>
            <p>
                if !props.on_desk { <Link to={View::Data}>{ dt(lang, D::BackToDesk) }</Link>{ " · " } }
                <button type="button" class="linkish" id="preview-discard" onclick={discard}>{ dt(lang, D::Discard) }</button>
            </p>
        </div>
    }
}

#[component]
pub fn DeskView(props: &DeskProps) -> Html {
    let lang = props.lang;
    let body = match &props.desk {
        Remote::Idle | Remote::Loading => {
            html! { <p class="muted" role="status">{ dt(lang, D::LoadingPublished) }</p> }
        }
        Remote::Failed(e) => html! {
            <>
                <p>{ dt(lang, D::PublishedFailed) }</p>
                <crate::ui::parts::NotArrived {lang} file={crate::bundle::FIGURES_FILE} reason={e.to_string()}
                    on_retry={{
                        let dispatch = props.dispatch.clone();
                        Callback::from(move |_| dispatch.dispatch(Action::Page(DeskAction::Retry)))
                    }} />
            </>
        },
        Remote::Ready(desk) => html! {
            <>
                <FilePicker {lang} dispatch={props.dispatch.clone()} />
                { file_status(lang, desk) }
                { problems(lang, desk) }
                { changes(lang, &desk.changes, &props.published.data, desk.preview.is_some()) }
                <super::reader::ReadDocument {lang} desk={Shared::from(desk.clone())} published={props.published.clone()} dispatch={props.dispatch.clone()} />
                <AddFigure {lang} desk={desk.clone()} published={props.published.clone()} dispatch={props.dispatch.clone()} />
                <Publish {lang} desk={Shared::from(desk.clone())} published={props.published.clone()} />
            </>
        },
    };
    // The benchmark times a file from its choice to this render.
    let serial = match &props.desk {
        Remote::Ready(d) => Rc::as_ptr(d) as usize,
        _ => 0,
    };
    use_effect_with(serial, |_| crate::ui::task::mark("tz:desk"));
    html! {
        <section class="desk" aria-labelledby="explore-h">
            <h2 id="explore-h" tabindex="-1">{ i18n::t(lang, i18n::Text::DeskView) }</h2>
            <p>{ dt(lang, D::Intro) }</p>
            { body }
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct PickerProps {
    lang: Lang,
    dispatch: UseReducerDispatcher<AppState>,
}

/// A file input and a drop zone around it.
#[component]
fn FilePicker(props: &PickerProps) -> Html {
    let lang = props.lang;
    let dragging = use_state(|| false);
    let open = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |file: web_sys::File| open_file(file, dispatch.clone()))
    };
    let onchange = {
        let open = open.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            if let Some(file) = input.files().and_then(|f| f.get(0)) {
                open.emit(file);
            }
            // The same file chosen again is read again.
            input.set_value("");
        })
    };
    let ondragover = {
        let dragging = dragging.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            dragging.set(true);
        })
    };
    let ondragleave = {
        let dragging = dragging.clone();
        Callback::from(move |_: DragEvent| dragging.set(false))
    };
    let ondrop = {
        let dragging = dragging.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            dragging.set(false);
            if let Some(file) = e.data_transfer().and_then(|d| d.files()).and_then(|f| f.get(0)) {
                open.emit(file);
            }
        })
    };
    html! {
        <div class={classes!("desk-drop", dragging.then_some("dragging"))} {ondragover} {ondragleave} {ondrop}>
            <label for="desk-file">{ dt(lang, D::OpenLabel) }</label>
            <input type="file" id="desk-file" accept=".csv,.txt,text/csv,text/plain" {onchange} />
            <p class="muted">{ dt(lang, D::DropHint) }{ " · " }
                <a href={crate::bundle::FIGURES_FILE} download="figures.csv">{ dt(lang, D::Template) }</a></p>
        </div>
    }
}

/// Reads the file as text and hands it to the reducer.
fn open_file(file: web_sys::File, dispatch: UseReducerDispatcher<AppState>) {
    crate::ui::task::mark("tz:desk-open");
    let name = file.name();
    wasm_bindgen_futures::spawn_local(async move {
        let result = super::file::read(file).await;
        dispatch.dispatch(Action::Page(DeskAction::Opened { name, result }));
    });
}

fn file_status(lang: Lang, desk: &Desk) -> Html {
    let sheet = &desk.sheet;
    html! {
        <>
            <p class="desk-status" role="status" id="desk-status">
                { texts::desk_file_status(lang, &sheet.file, desk.encoding, sheet.rows.len(), sheet.problems().len()) }
            </p>
            if let Some((name, why)) = &desk.refused {
                <p class="error" role="alert" id="desk-refused">{ texts::desk_refused(lang, name, &i18n::problem(lang, why)) }</p>
            }
        </>
    }
}

fn problems(lang: Lang, desk: &Desk) -> Html {
    let sheet = &desk.sheet;
    let all = sheet.problems();
    let row_of = |e: &SeedError| sheet.rows.iter().find(|r| r.line == e.line).map(|r| row_summary(&r.row));
    html! {
        <section class="desk-problems" aria-labelledby="desk-problems-h">
            <h3 id="desk-problems-h">{ dt(lang, D::ProblemsHeading) }</h3>
            if all.is_empty() {
                <p class="ok" id="desk-ok">{ dt(lang, D::NoProblems) }</p>
            } else {
                <p>{ dt(lang, D::ProblemsKept) }</p>
                <div class="data table-scroll" tabindex="0" role="region" aria-labelledby="desk-problems-h">
                <table id="desk-problems">
                    <thead><tr>
                        <th scope="col">{ dt(lang, D::LineHead) }</th>
                        <th scope="col">{ dt(lang, D::ColumnHead) }</th>
                        <th scope="col">{ dt(lang, D::ProblemHead) }</th>
                        <th scope="col">{ dt(lang, D::RowHead) }</th>
                    </tr></thead>
                    <tbody>
                        { for all.iter().take(SHOWN).map(|e| html! {
                            <tr data-line={e.line.to_string()}>
                                <td>{ e.line }</td>
                                <td><code>{ e.column.clone().unwrap_or_default() }</code></td>
                                <td>{ i18n::problem(lang, &e.problem) }</td>
                                <td class="muted">{ row_of(e).unwrap_or_default() }</td>
                            </tr>
                        }) }
                    </tbody>
                </table>
                </div>
                { more(lang, all.len()) }
            }
        </section>
    }
}

/// The first cells of a row, to find it in the spreadsheet.
fn row_summary(r: &FigureRow) -> String {
    [r.indicator_id.as_str(), &r.year, &r.value, &r.unit]
        .iter()
        .filter(|c| !c.is_empty())
        .copied()
        .collect::<Vec<_>>()
        .join(" · ")
}

fn more(lang: Lang, n: usize) -> Html {
    if n <= SHOWN {
        return html! {};
    }
    html! { <p class="muted">{ texts::desk_more(lang, n - SHOWN) }</p> }
}

fn changes(lang: Lang, c: &Changes, published: &Dataset, modified: bool) -> Html {
    let name = |id: &str| {
        published.indicator_names(id).map(|(zh, en)| lang.pick(zh, en).to_string()).unwrap_or_else(|| id.to_string())
    };
    let figure = |f: &Figure| texts::desk_figure(lang, &name(&f.indicator), f);
    let change = |ch: &Change| texts::desk_change(lang, &name(&ch.figure.indicator), &ch.figure, ch.before.as_ref());
    let conflict = |k: &ConflictKey| texts::desk_conflict(&name(&k.0), k);
    // Only what is shown is formatted: a file may add thousands of rows.
    let list = |id: &'static str, title: D, n: usize, items: Vec<Html>| {
        if n == 0 {
            return html! {};
        }
        html! {
            <div class="desk-change" id={id}>
                <h4>{ i18n::with_count(lang, dt(lang, title), n) }</h4>
                <ul>{ for items }</ul>
                { more(lang, n) }
            </div>
        }
    };
    let status: Vec<Html> = c
        .status
        .iter()
        .take(SHOWN)
        .map(|s| {
            let t = published.target(&s.target);
            let title = t.map(|t| i18n::target_name(lang, t).to_string()).unwrap_or_else(|| s.target.to_string());
            html! {
                <li data-target={s.target.to_string()}>
                    <Link to={View::Indicator(s.target.clone())}>{ title }</Link>
                    { texts::desk_status_change(lang, s.before, s.after) }
                </li>
            }
        })
        .collect();
    let items = |v: &[Change]| v.iter().take(SHOWN).map(|ch| html! { <li>{ change(ch) }</li> }).collect::<Vec<_>>();
    html! {
        <section class="desk-changes" aria-labelledby="desk-changes-h">
            <h3 id="desk-changes-h">{ dt(lang, D::ChangesHeading) }</h3>
            if !modified {
                <p id="desk-summary">{ dt(lang, D::NoChanges) }</p>
            } else {
                <p id="desk-summary">{ texts::desk_summary(lang, c) }</p>
                { list("desk-status-changes", D::StatusChanges, c.status.len(), status) }
                { list("desk-added", D::Added, c.added.len(), items(&c.added)) }
                { list("desk-changed", D::Changed, c.changed.len(), items(&c.changed)) }
                { list("desk-removed", D::Removed, c.removed.len(), c.removed.iter().take(SHOWN).map(|f| html! { <li>{ figure(f) }</li> }).collect()) }
                { list("desk-conflicts-new", D::ConflictsNew, c.conflicts_new.len(), c.conflicts_new.iter().take(SHOWN).map(|k| html! { <li>{ conflict(k) }</li> }).collect()) }
                { list("desk-conflicts-gone", D::ConflictsGone, c.conflicts_gone.len(), c.conflicts_gone.iter().take(SHOWN).map(|k| html! { <li>{ conflict(k) }</li> }).collect()) }
                <details class="desk-change" id="desk-missing">
                    <summary>{ i18n::with_count(lang, dt(lang, D::StillMissing), c.still_missing.len()) }</summary>
                    <ul>{ for c.still_missing.iter().map(|id| html! { <li>{ name(id) }</li> }) }</ul>
                </details>
            }
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct AddProps {
    lang: Lang,
    desk: Shared<Desk>,
    published: Shared<Loaded>,
    dispatch: UseReducerDispatcher<AppState>,
}

/// The form that writes one valid row.
#[component]
fn AddFigure(props: &AddProps) -> Html {
    let lang = props.lang;
    let row = use_state(|| FigureRow {
        period: "全年".into(),
        scope: "全市".into(),
        src: Default::default(),
        ..Default::default()
    });
    let query = use_state(String::new);
    let errors = use_state(Vec::<SeedError>::new);
    let data = &props.published.data;

    // Targets, then context indicators: (id, zh, en, unit, scope).
    let indicators: Vec<(&str, &str, &str, &str, &str)> = data
        .targets
        .iter()
        .map(|t| (t.id.as_str(), t.name_zh.as_str(), t.name_en.as_str(), t.unit.as_str(), t.scope.as_str()))
        .chain(
            data.indicators
                .iter()
                .map(|i| (i.id.as_str(), i.name_zh.as_str(), i.name_en.as_str(), i.unit.as_str(), "全市")),
        )
        .collect();
    let q = query.to_lowercase();
    let matching: Vec<_> = indicators
        .iter()
        .filter(|(id, zh, en, ..)| {
            q.is_empty() || zh.contains(q.as_str()) || en.to_lowercase().contains(&q) || id.contains(&q)
        })
        .collect();

    // On every keystroke (`input`), so that Enter submits what is typed.
    let set = |f: fn(&mut FigureRow, String)| {
        let row = row.clone();
        Callback::from(move |e: Event| {
            let v = e.target_unchecked_into::<HtmlInputElement>().value();
            let mut next = (*row).clone();
            f(&mut next, v);
            row.set(next);
        })
    };
    let on_pick = {
        let row = row.clone();
        let units: Vec<(String, String, String)> = indicators
            .iter()
            .map(|(id, _, _, unit, scope)| (id.to_string(), unit.to_string(), scope.to_string()))
            .collect();
        Callback::from(move |e: Event| {
            let id = e.target_unchecked_into::<web_sys::HtmlSelectElement>().value();
            let mut next = (*row).clone();
            if let Some((_, unit, scope)) = units.iter().find(|(i, ..)| *i == id) {
                next.unit = unit.clone();
                next.scope = scope.clone();
            }
            next.indicator_id = id;
            row.set(next);
        })
    };
    let on_query = {
        let query = query.clone();
        Callback::from(move |e: InputEvent| query.set(e.target_unchecked_into::<HtmlInputElement>().value()))
    };
    let onsubmit = {
        let (row, errors, desk, published, dispatch) =
            (row.clone(), errors.clone(), props.desk.clone(), props.published.clone(), props.dispatch.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let found = desk.sheet.check_row(&row, &published.data);
            if found.is_empty() {
                dispatch.dispatch(Action::Page(DeskAction::Add(Box::new((*row).clone()))));
                // The next figure is often from the same bulletin: the source stays.
                row.set(FigureRow {
                    value: String::new(),
                    qualifier: String::new(),
                    note: String::new(),
                    ..(*row).clone()
                });
            }
            let first_bad = found.first().and_then(|e| e.column.clone());
            errors.set(found);
            if let Some(col) = first_bad {
                if let Some(el) = gloo::utils::document().get_element_by_id(&format!("f-{col}")) {
                    let _ = el.dyn_into::<web_sys::HtmlElement>().map(|e| e.focus());
                }
            }
        })
    };
    let field_error =
        |col: &str| errors.iter().find(|e| e.column.as_deref() == Some(col)).map(|e| i18n::problem(lang, &e.problem));
    let invalid = |col: &str| field_error(col).is_some().then_some("true");
    let described = |col: &str| field_error(col).is_some().then(|| format!("f-{col}-err"));
    // The label, the control and its error: the same for every column.
    let field = |col: &'static str, label: D, control: Html| {
        let error = field_error(col);
        html! {
            <div class={classes!("field", error.is_some().then_some("invalid"))}>
                <label for={format!("f-{col}")}>{ dt(lang, label) }</label>
                { control }
                if let Some(e) = error { <p class="field-error" id={format!("f-{col}-err")}>{ e }</p> }
            </div>
        }
    };
    let input = |col: &'static str, label: D, value: &str, oninput: Callback<Event>, kind: &'static str| {
        let oninput = Callback::from(move |e: InputEvent| oninput.emit(e.into()));
        field(
            col,
            label,
            html! {
                <input type={kind} id={format!("f-{col}")} name={col} value={value.to_string()} {oninput}
                    aria-invalid={invalid(col)} aria-describedby={described(col)} />
            },
        )
    };
    let general: Vec<String> =
        errors.iter().filter(|e| e.column.is_none()).map(|e| i18n::problem(lang, &e.problem)).collect();
    html! {
        <section class="desk-form" aria-labelledby="desk-form-h">
            <h3 id="desk-form-h">{ dt(lang, D::FormHeading) }</h3>
            <p>{ dt(lang, D::FormIntro) }</p>
            <form id="desk-form" {onsubmit} novalidate=true>
                <div class="field wide">
                    <label for="f-search">{ dt(lang, D::IndicatorSearch) }</label>
                    <input type="search" id="f-search" value={(*query).clone()} oninput={on_query} autocomplete="off" />
                    <label for="f-indicator_id">{ dt(lang, D::Indicator) }</label>
                    <select id="f-indicator_id" size="6" onchange={on_pick}
                        aria-invalid={invalid("indicator_id")} aria-describedby={described("indicator_id")}>
                        { for matching.iter().map(|(id, zh, en, unit, _)| html! {
                            <option value={id.to_string()} selected={row.indicator_id == *id}>
                                { format!("{} · {id} · {unit}", lang.pick(zh, en)) }</option>
                        }) }
                    </select>
                    if let Some(e) = field_error("indicator_id") { <p class="field-error" id="f-indicator_id-err">{ e }</p> }
                </div>
                { input("year", D::Year, &row.year, set(|r, v| r.year = v), "text") }
                { input("value", D::Value, &row.value, set(|r, v| r.value = v), "text") }
                { field("qualifier", D::Qualifier, html! {
                    <select id="f-qualifier" onchange={set(|r, v| r.qualifier = v)}
                        aria-invalid={invalid("qualifier")} aria-describedby={described("qualifier")}>
                        { for ["", "超", "突破", ">", "以上", "近", "约"].iter().map(|q| html! {
                            <option value={*q} selected={row.qualifier == *q}>{ if q.is_empty() { dt(lang, D::QualifierNone) } else { q } }</option>
                        }) }
                    </select>
                }) }
                { field("unit", D::Unit, html! {
                    <input type="text" id="f-unit" value={row.unit.clone()} readonly=true
                        aria-invalid={invalid("unit")} aria-describedby={described("unit")} />
                }) }
                { input("scope", D::Scope, &row.scope, set(|r, v| r.scope = v), "text") }
                { input("period", D::Period, &row.period, set(|r, v| r.period = v), "text") }
                { input("source_title", D::SourceTitle, &row.src.source_title, set(|r, v| r.src.source_title = v), "text") }
                { input("source_url", D::SourceUrl, &row.src.source_url, set(|r, v| r.src.source_url = v), "url") }
                { input("publisher", D::Publisher, &row.src.publisher, set(|r, v| r.src.publisher = v), "text") }
                { input("published_date", D::PublishedDate, &row.src.published_date, set(|r, v| r.src.published_date = v), "text") }
                { field("confidence", D::Confidence, html! {
                    <select id="f-confidence" onchange={set(|r, v| r.src.confidence = v)}
                        aria-invalid={invalid("confidence")} aria-describedby={described("confidence")}>
                        { for ["", "high", "medium", "low"].iter().map(|c| html! {
                            <option value={*c} selected={row.src.confidence == *c}>{ texts::desk_confidence(lang, c) }</option>
                        }) }
                    </select>
                }) }
                { input("as_of", D::AsOf, &row.as_of, set(|r, v| r.as_of = v), "text") }
                { input("note", D::Note, &row.note, set(|r, v| r.note = v), "text") }
                <div class="field wide">
                    <button type="submit" class="button" id="desk-add">{ dt(lang, D::Add) }</button>
                    <div role="status" id="desk-form-status">
                        if !errors.is_empty() {
                            <p class="error">{ dt(lang, D::FormRefused) }{ " " }{ errors.len() }</p>
                            { for general.iter().map(|g| html! { <p class="field-error">{ g }</p> }) }
                        } else if let Some(line) = props.desk.added {
                            <p class="ok">{ texts::desk_added(lang, line) }</p>
                        }
                    </div>
                </div>
            </form>
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct PublishProps {
    lang: Lang,
    desk: Shared<Desk>,
    published: Shared<Loaded>,
}

/// The download, and the next edition it makes: numbered, dated today, its
/// summary written from the change list for the maintainer to edit; the
/// figures file marks what it adds or changes with it, and `editions.csv`
/// gains its entry.
#[component]
fn Publish(props: &PublishProps) -> Html {
    let lang = props.lang;
    let desk = &props.desk;
    let data = &props.published.data;
    let proposal = model::next_edition(data, &desk.changes, &crate::ui::editions::today());
    // The maintainer's words, once edited; the proposal's until then.
    let edited = use_state(|| None::<crate::model::Edition>);
    {
        // Another file or row: another proposal.
        let edited = edited.clone();
        use_effect_with(props.desk.clone(), move |_| edited.set(None));
    }
    let edition = (*edited).clone().unwrap_or(proposal);
    let set = |f: fn(&mut crate::model::Edition, String)| {
        let (edited, edition) = (edited.clone(), edition.clone());
        Callback::from(move |e: InputEvent| {
            let mut next = edition.clone();
            f(&mut next, e.target_unchecked_into::<HtmlInputElement>().value());
            edited.set(Some(next));
        })
    };
    let changed = !desk.changes.is_empty();
    // Written when asked for: a long file is not rewritten on every keystroke.
    let on_figures = {
        let (desk, n) = (desk.clone(), edition.number);
        Callback::from(move |_: MouseEvent| {
            let csv = if changed {
                model::figures_of_edition(n, &desk.published, &desk.sheet, &desk.changes)
            } else {
                desk.sheet.to_csv()
            };
            let _ = crate::ui::download::download_csv(&csv, "figures.csv");
        })
    };
    let on_editions = {
        let mut all = data.editions.clone();
        all.push(edition.clone());
        let csv = crate::model::export::editions_csv(&all);
        Callback::from(move |_: MouseEvent| {
            let _ = crate::ui::download::download_csv(&csv, "editions.csv");
        })
    };
    let field = |id: &'static str, label: D, value: &str, oninput: Callback<InputEvent>| {
        crate::ui::parts::text_field(id, dt(lang, label), value, oninput, "text")
    };
    html! {
        <section class="desk-publish" aria-labelledby="desk-publish-h">
            <h3 id="desk-publish-h">{ dt(lang, D::Download) }</h3>
            if changed {
                <fieldset class="desk-edition" id="desk-edition">
                    <legend>{ texts::desk_edition_heading(lang, edition.number) }</legend>
                    <p class="small">{ dt(lang, D::EditionIntro) }</p>
                    { field("edition-date", D::EditionDate, &edition.date, set(|e, v| e.date = v)) }
                    { field("edition-summary-zh", D::EditionSummaryZh, &edition.summary_zh, set(|e, v| e.summary_zh = v)) }
                    { field("edition-summary-en", D::EditionSummaryEn, &edition.summary_en, set(|e, v| e.summary_en = v)) }
                    { field("edition-next-zh", D::EditionNextZh, &edition.next_zh, set(|e, v| e.next_zh = v)) }
                    { field("edition-next-en", D::EditionNextEn, &edition.next_en, set(|e, v| e.next_en = v)) }
                </fieldset>
            }
            <p>
                <button type="button" class="button" id="desk-download" onclick={on_figures}>{ dt(lang, D::Download) }</button>
                if changed {
                    { " " }<button type="button" class="button" id="desk-download-editions" onclick={on_editions}>{ dt(lang, D::DownloadEditions) }</button>
                }
            </p>
            <p>{ dt(lang, if changed { D::PublishHowEdition } else { D::PublishHow }) }</p>
        </section>
    }
}
