//! The data desk's state (its own page, `desk.html`, built with the `desk`
//! feature): the maintainer's working file, the preview it makes and the
//! change list. Transitions are pure, like the rest of the reducer; reading
//! and checking are the model's (`model::desk`), the build's own rules.

use std::rc::Rc;

use super::remote::Remote;
use super::{AppState, Loaded};
use crate::model::desk::{self, Changes, Encoding, Sheet};
use crate::model::ingest::seeds::FigureRow;
use crate::model::problem::Problem;
use crate::model::Dataset;

/// What the desk's page does.
pub enum DeskAction {
    /// The fetch of the published figures file started.
    Loading,
    /// The published figures file (its text), or why it could not be had.
    Published(Result<String, String>),
    /// Fetch the published file again, after it failed to arrive.
    Retry,
    /// A maintainer's file, decoded, or why it cannot be read as text.
    Opened { name: String, result: Result<(Encoding, String), Problem> },
    /// A row from the form.
    Add(Box<FigureRow>),
    /// Back to the published figures.
    Discard,
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
        }
    }
}

/// The desk's state: its published file is fetched on first use, then
/// opened as the maintainer's working copy.
pub type DeskState = Remote<Desk>;

impl AppState {
    /// The desk's transitions: reading and checking are the model's
    /// (`model::desk`), so they run here, pure, like the build's.
    pub(super) fn apply_desk(&self, action: DeskAction) -> DeskState {
        let Ok(loaded) = &self.data else { return self.desk.clone() };
        let data = &loaded.data;
        let open = match &self.desk {
            Remote::Ready(d) => Some(d),
            _ => None,
        };
        match (action, open) {
            (DeskAction::Loading, _) => Remote::Loading,
            (DeskAction::Published(Err(e)), _) => Remote::Failed(e),
            (DeskAction::Retry, _) if matches!(self.desk, Remote::Failed(_)) => Remote::Idle,
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
                            false => {
                                Remote::Ready(Rc::new(Desk::open(d.published.clone(), sheet, Some(encoding), data)))
                            }
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
                Remote::Ready(Rc::new(next))
            }
            (DeskAction::Discard, Some(d)) => {
                Remote::Ready(Rc::new(Desk::open(d.published.clone(), (*d.published).clone(), None, data)))
            }
            _ => self.desk.clone(),
        }
    }
}

impl AppState {
    pub(super) fn preview(&self) -> Option<&Rc<Loaded>> {
        match &self.desk {
            Remote::Ready(d) => d.preview.as_ref(),
            _ => None,
        }
    }

    pub(super) fn same_desk(&self, o: &AppState) -> bool {
        self.desk == o.desk
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::state::{Action, History};

    fn state(query: &str) -> AppState {
        AppState::new(Loaded::bundled().map(Rc::new), query)
    }

    fn published_text() -> String {
        crate::model::export::figures_csv(&Loaded::bundled().expect("bundled").data)
    }

    fn desk(s: &AppState) -> Rc<Desk> {
        match &s.desk {
            Remote::Ready(d) => d.clone(),
            _ => panic!("the desk is not open"),
        }
    }

    const ROW: &str = "digital_core_va,2025,125.3,,亿元,全市 规上,全年,测试数据（非真实）,https://example.org/b,台州市统计局（测试）,2026-03-20,high,,";

    #[test]
    fn the_desk_previews_a_file_and_discarding_returns_to_the_published_data() {
        let s = state("?view=data")
            .apply(Action::Desk(DeskAction::Loading))
            .apply(Action::Desk(DeskAction::Published(Ok(published_text()))));
        assert!(!s.previewing(), "the published file is no preview");
        let text = format!("{}{ROW}\r\n", published_text());
        let opened =
            s.apply(Action::Desk(DeskAction::Opened { name: "new.csv".into(), result: Ok((Encoding::Gb18030, text)) }));
        assert!(opened.previewing());
        let shown = opened.shown().expect("data");
        let t = shown.data.target("digital_core_va").expect("target");
        assert_ne!(shown.data.status(t), crate::model::Status::NoData, "the views show the preview");
        assert_eq!(desk(&opened).changes.added.len(), 1);
        assert_eq!(opened.history, History::Keep, "the address does not change");
        let back = opened.apply(Action::Desk(DeskAction::Discard));
        assert!(!back.previewing());
        assert!(Rc::ptr_eq(back.shown().expect("data"), s.data.as_ref().expect("data")));
    }

    #[test]
    fn a_file_that_cannot_be_used_replaces_nothing() {
        let s = state("?view=data").apply(Action::Desk(DeskAction::Published(Ok(published_text()))));
        let before = desk(&s).sheet.clone();
        let refused =
            s.apply(Action::Desk(DeskAction::Opened { name: "book.xlsx".into(), result: Err(Problem::Spreadsheet) }));
        assert_eq!(desk(&refused).refused, Some(("book.xlsx".into(), Problem::Spreadsheet)));
        assert!(Rc::ptr_eq(&desk(&refused).sheet, &before));
        let targets = crate::model::ingest::SEEDS.targets.1.to_string();
        let wrong = s.apply(Action::Desk(DeskAction::Opened {
            name: "targets.csv".into(),
            result: Ok((Encoding::Utf8, targets)),
        }));
        assert_eq!(desk(&wrong).refused.as_ref().map(|r| &r.1), Some(&Problem::TargetsFile));
        assert!(!wrong.previewing());
    }

    #[test]
    fn a_form_row_is_added_to_the_published_file_and_previewed() {
        let s = state("?view=data").apply(Action::Desk(DeskAction::Published(Ok(published_text()))));
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
            let next = s.apply(Action::Desk(DeskAction::Add(Box::new(r.row))));
            let nd = desk(&next);
            assert_eq!(nd.added, Some(d.sheet.next_line()));
            assert_eq!(nd.sheet.rows.len(), d.sheet.rows.len() + 1);
            assert!(next.previewing());
        });
        assert!(rows.is_empty());
    }
}
