//! The data desk's part of the page's state: the maintainer's working file,
//! the preview it makes and the change list. The one reducer (`crate::state`)
//! holds it as `AppState::page` on the desk's page. Transitions are pure,
//! like the rest of the reducer; reading and checking are the model's
//! (`model::desk`), the build's own rules.

use std::rc::Rc;

use crate::bundle::FetchError;
use crate::model::desk::{self, Changes, Encoding, Sheet};
use crate::model::ingest::seeds::FigureRow;
use crate::model::problem::Problem;
use crate::model::{Dataset, SeedError};
use crate::state::loaded::Loaded;
use crate::state::remote::Remote;
use taizhou_reader::{self as reader, Lexicon};

/// What the desk's page does.
pub enum DeskAction {
    /// The fetch of the published figures file started.
    Loading,
    /// The published figures file (its text), or why it could not be had.
    Published(Result<String, FetchError>),
    /// Fetch the published file again, after it failed to arrive.
    Retry,
    /// A maintainer's file, decoded, or why it cannot be read as text.
    Opened { name: String, result: Result<(Encoding, String), Problem> },
    /// A row from the form.
    Add(Box<FigureRow>),
    /// Back to the published figures.
    Discard,
    /// Read a document: its text, and the title it is read by.
    Read { text: String, title: String },
    /// Accept the `index`-th proposal as this row (corrected and sourced):
    /// checked like every row, then added to the working file.
    Accept { index: usize, row: Box<FigureRow> },
    /// Reject a proposal.
    Reject(usize),
    /// A rejected proposal back to a draft.
    Reconsider(usize),
}

/// What the maintainer made of a proposal.
#[derive(Debug, Clone, PartialEq)]
pub enum Decision {
    Draft,
    /// Added to the working file as this line.
    Accepted {
        line: usize,
    },
    /// Tried, and refused by the checks: why.
    Refused(Vec<SeedError>),
    Rejected,
}

/// A document read: the reader's proposals and the maintainer's decisions.
#[derive(Debug, Clone, PartialEq)]
pub struct Reading {
    pub reading: reader::Reading,
    pub decisions: Vec<Decision>,
}

impl Reading {
    fn new(reading: reader::Reading) -> Reading {
        Reading { decisions: vec![Decision::Draft; reading.proposals.len()], reading }
    }

    /// The same proposals as drafts again: the rows accepted are gone
    /// with the file they were added to.
    fn reset(&self) -> Reading {
        Reading::new(self.reading.clone())
    }

    fn with(&self, index: usize, decision: Decision) -> Reading {
        let mut next = self.clone();
        if let Some(d) = next.decisions.get_mut(index) {
            *d = decision;
        }
        next
    }
}

/// The reader's words (`seeds/aliases.csv`, checked by the build), made
/// ready once, on the first document.
fn lexicon(data: &Dataset) -> Option<Rc<Lexicon>> {
    thread_local! {
        static LEXICON: std::cell::OnceCell<Option<Rc<Lexicon>>> = const { std::cell::OnceCell::new() };
    }
    LEXICON.with(|l| l.get_or_init(|| Lexicon::bundled(data).ok().map(Rc::new)).clone())
}

/// The data desk's working file, and what it would publish.
#[derive(Clone)]
pub struct Desk {
    /// The published figures file, as fetched: what "discard" returns to.
    pub published: Rc<Sheet>,
    pub sheet: Rc<Sheet>,
    /// How the open file was decoded; `None` for the published file.
    pub encoding: Option<Encoding>,
    /// The last file that could not be used, and why (the sheet stays).
    pub refused: Option<(String, Problem)>,
    /// The line of the row the form added last.
    pub added: Option<usize>,
    /// The preview: built only once the sheet differs from the published file.
    pub preview: Option<Rc<Loaded>>,
    pub changes: Rc<Changes>,
    /// The document read last, if any.
    pub reading: Option<Rc<Reading>>,
}

impl Desk {
    fn open(published: Rc<Sheet>, sheet: Sheet, encoding: Option<Encoding>, data: &Dataset) -> Desk {
        let modified = sheet != *published;
        let changes = if modified { desk::changes(data, &sheet.preview) } else { Changes::default() };
        Desk {
            preview: modified.then(|| Rc::new(Loaded::build(sheet.preview.clone()))),
            changes: Rc::new(changes),
            sheet: Rc::new(sheet),
            published,
            encoding,
            refused: None,
            added: None,
            reading: None,
        }
    }

    /// This desk with another working file: a document read stays, its
    /// proposals drafts again (what was accepted went with the old file).
    fn replaced(&self, sheet: Sheet, encoding: Option<Encoding>, data: &Dataset) -> Desk {
        let mut next = Desk::open(self.published.clone(), sheet, encoding, data);
        next.reading = self.reading.as_ref().map(|r| Rc::new(r.reset()));
        next
    }
}

/// The desk's state: its published file is fetched on first use, then
/// opened as the maintainer's working copy.
pub type DeskState = Remote<Desk>;

/// The names the seam (`crate::page`) gives them.
pub use {DeskAction as Action, DeskState as State};

/// The desk's transitions, against the published data: reading and
/// checking are the model's (`model::desk`), so they run here, pure, like
/// the build's.
pub fn apply(data: &Dataset, state: &DeskState, action: DeskAction) -> DeskState {
    let open = match state {
        Remote::Ready(d) => Some(d),
        _ => None,
    };
    match (action, open) {
        (DeskAction::Loading, _) => Remote::Loading,
        (DeskAction::Published(Err(e)), _) => Remote::Failed(e),
        (DeskAction::Retry, _) if matches!(state, Remote::Failed(_)) => Remote::Idle,
        (DeskAction::Published(Ok(text)), _) => {
            let sheet = Sheet::read("figures.csv", &text, data);
            Remote::Ready(Rc::new(Desk::open(Rc::new(sheet.clone()), sheet, None, data)))
        }
        (DeskAction::Opened { name, result }, Some(d)) => {
            let refuse = |why: Problem| {
                Remote::Ready(Rc::new(Desk { refused: Some((name.clone(), why)), added: None, ..(**d).clone() }))
            };
            match result {
                Err(why) => refuse(why),
                Ok((encoding, text)) => {
                    let sheet = Sheet::read(&name, &text, data);
                    // A file that is not a figures file replaces nothing.
                    match sheet.refused() {
                        true => refuse(sheet.read_errors[0].problem.clone()),
                        false => Remote::Ready(Rc::new(d.replaced(sheet, Some(encoding), data))),
                    }
                }
            }
        }
        (DeskAction::Add(row), Some(d)) => {
            let row = *row;
            let line = d.sheet.next_line();
            let sheet = d.sheet.with_row(row, data);
            let mut next = Desk::open(d.published.clone(), sheet, d.encoding, data);
            next.added = Some(line);
            next.reading = d.reading.clone();
            Remote::Ready(Rc::new(next))
        }
        (DeskAction::Discard, Some(d)) => Remote::Ready(Rc::new(d.replaced((*d.published).clone(), None, data))),
        (DeskAction::Read { text, title }, Some(d)) => {
            let Some(lexicon) = lexicon(data) else { return state.clone() };
            let reading = reader::read(&lexicon, &text, &title);
            Remote::Ready(Rc::new(Desk { reading: Some(Rc::new(Reading::new(reading))), ..(**d).clone() }))
        }
        (DeskAction::Accept { index, row }, Some(d)) => {
            let Some(reading) = &d.reading else { return state.clone() };
            let errors = d.sheet.check_row(&row, data);
            if !errors.is_empty() {
                let reading = Rc::new(reading.with(index, Decision::Refused(errors)));
                return Remote::Ready(Rc::new(Desk { reading: Some(reading), ..(**d).clone() }));
            }
            let line = d.sheet.next_line();
            let mut next = Desk::open(d.published.clone(), d.sheet.with_row(*row, data), d.encoding, data);
            next.reading = Some(Rc::new(reading.with(index, Decision::Accepted { line })));
            Remote::Ready(Rc::new(next))
        }
        (DeskAction::Reject(index), Some(d)) => decide(state, d, index, Decision::Rejected),
        (DeskAction::Reconsider(index), Some(d)) => decide(state, d, index, Decision::Draft),
        _ => state.clone(),
    }
}

/// A proposal rejected, or back to a draft; an accepted one stays (its
/// row is in the file: discarding the file is the way back).
fn decide(state: &DeskState, d: &Desk, index: usize, decision: Decision) -> DeskState {
    let Some(reading) = &d.reading else { return state.clone() };
    match reading.decisions.get(index) {
        None | Some(Decision::Accepted { .. }) => state.clone(),
        Some(_) => Remote::Ready(Rc::new(Desk { reading: Some(Rc::new(reading.with(index, decision))), ..d.clone() })),
    }
}

/// The preview the views show instead of the published data, if any.
pub fn preview(state: &DeskState) -> Option<&Rc<Loaded>> {
    match state {
        Remote::Ready(d) => d.preview.as_ref(),
        _ => None,
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    fn published() -> Rc<Loaded> {
        Loaded::shared().expect("bundled")
    }

    fn published_text() -> String {
        crate::model::export::figures_csv(&published().data)
    }

    fn go(s: &DeskState, action: DeskAction) -> DeskState {
        apply(&published().data, s, action)
    }

    fn desk(s: &DeskState) -> Rc<Desk> {
        match s {
            Remote::Ready(d) => d.clone(),
            _ => panic!("the desk is not open"),
        }
    }

    fn opened() -> DeskState {
        go(&go(&Remote::Idle, DeskAction::Loading), DeskAction::Published(Ok(published_text())))
    }

    const ROW: &str = "digital_core_va,2025,125.3,,亿元,全市 规上,全年,测试数据（非真实）,https://example.org/b,台州市统计局（测试）,2026-03-20,high,,,,";

    #[test]
    fn the_desk_previews_a_file_and_discarding_returns_to_the_published_data() {
        let s = opened();
        assert!(preview(&s).is_none(), "the published file is no preview");
        let text = format!("{}{ROW}\r\n", published_text());
        let opened = go(&s, DeskAction::Opened { name: "new.csv".into(), result: Ok((Encoding::Gb18030, text)) });
        let shown = preview(&opened).expect("a preview");
        let t = shown.data.target("digital_core_va").expect("target");
        assert_ne!(shown.data.status(t), crate::model::Status::NoData, "the preview has the new figure");
        assert_eq!(desk(&opened).changes.added.len(), 1);
        let back = go(&opened, DeskAction::Discard);
        assert!(preview(&back).is_none());
    }

    #[test]
    fn a_failed_fetch_is_kept_and_retried_from_idle() {
        let error = FetchError { file: "data/figures.csv", cause: crate::bundle::FetchCause::Status(404) };
        let failed = go(&Remote::Loading, DeskAction::Published(Err(error.clone())));
        assert!(failed == Remote::Failed(error));
        assert!(go(&failed, DeskAction::Retry) == Remote::Idle);
        // An open desk is not thrown away by a retry.
        let s = opened();
        assert!(go(&s, DeskAction::Retry) == s);
    }

    #[test]
    fn a_file_that_cannot_be_used_replaces_nothing() {
        let s = opened();
        let before = desk(&s).sheet.clone();
        let refused = go(&s, DeskAction::Opened { name: "book.xlsx".into(), result: Err(Problem::Spreadsheet) });
        assert_eq!(desk(&refused).refused, Some(("book.xlsx".into(), Problem::Spreadsheet)));
        assert!(Rc::ptr_eq(&desk(&refused).sheet, &before));
        let targets = crate::model::ingest::SEEDS.targets.1.to_string();
        let wrong = go(&s, DeskAction::Opened { name: "targets.csv".into(), result: Ok((Encoding::Utf8, targets)) });
        assert_eq!(desk(&wrong).refused.as_ref().map(|r| &r.1), Some(&Problem::TargetsFile));
        assert!(preview(&wrong).is_none());
    }

    #[test]
    fn a_form_row_is_added_to_the_published_file_and_previewed() {
        let s = opened();
        let d = desk(&s);
        let mut rows = Vec::new();
        crate::model::ingest::seeds::read::<FigureRow>(
            "x",
            &format!("{}\n{ROW}", crate::model::export::SEED_FIGURES_HEADER),
            crate::model::ingest::FIGURE_COLUMNS,
            &mut rows,
        )
        .expect("reads")
        .into_iter()
        .for_each(|r| {
            let next = go(&s, DeskAction::Add(Box::new(r.row)));
            let nd = desk(&next);
            assert_eq!(nd.added, Some(d.sheet.next_line()));
            assert_eq!(nd.sheet.rows.len(), d.sheet.rows.len() + 1);
            assert!(preview(&next).is_some());
        });
        assert!(rows.is_empty());
    }

    #[test]
    fn a_proposal_is_a_draft_until_accepted_through_the_checks() {
        let s = opened();
        let read = go(
            &s,
            DeskAction::Read {
                text: "全年全市规上数字经济核心产业增加值125.3亿元。".into(),
                title: "台州市2025年国民经济和社会发展统计公报".into(),
            },
        );
        let d = desk(&read);
        let r = d.reading.clone().expect("read");
        assert_eq!(r.decisions, vec![Decision::Draft]);
        assert!(preview(&read).is_none(), "reading adds nothing");
        let p = &r.reading.proposals[0];
        // Without a source: refused by the checks, nothing added.
        let refused = go(&read, DeskAction::Accept { index: 0, row: Box::new(p.row(&Default::default())) });
        assert!(matches!(desk(&refused).reading.as_ref().expect("kept").decisions[0], Decision::Refused(_)));
        assert!(preview(&refused).is_none());
        let source = crate::model::ingest::seeds::SourceCols {
            source_title: "测试".into(),
            source_url: "https://example.org/x".into(),
            publisher: "台州市统计局（测试）".into(),
            published_date: "2026-03-20".into(),
            confidence: "medium".into(),
        };
        let accepted = go(&refused, DeskAction::Accept { index: 0, row: Box::new(p.row(&source)) });
        let line = d.sheet.next_line();
        assert_eq!(desk(&accepted).reading.as_ref().expect("kept").decisions[0], Decision::Accepted { line });
        assert_eq!(desk(&accepted).changes.added.len(), 1);
        // Accepted stays accepted; discarding the file makes it a draft again.
        assert!(go(&accepted, DeskAction::Reject(0)) == accepted);
        let back = go(&accepted, DeskAction::Discard);
        assert_eq!(desk(&back).reading.as_ref().expect("kept").decisions[0], Decision::Draft);
        let rejected = go(&back, DeskAction::Reject(0));
        assert_eq!(desk(&rejected).reading.as_ref().expect("kept").decisions[0], Decision::Rejected);
        let again = go(&rejected, DeskAction::Reconsider(0));
        assert_eq!(desk(&again).reading.as_ref().expect("kept").decisions[0], Decision::Draft);
    }
}
