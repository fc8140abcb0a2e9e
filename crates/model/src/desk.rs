//! The data desk's model: a maintainer's figures file, recognised, read and
//! checked by the build's own rules ([`check_figures`]), and compared with
//! the published data.
//!
//! Pure Rust like the rest of the model: the page decodes the bytes with the
//! browser's `TextDecoder` (which knows GBK and UTF-16, so no encoding tables
//! ship) and hands the text here; host tests decode with the same standard.

use std::collections::HashMap;

use crate::ingest::seeds::{self, FigureRow, Rec};
use crate::ingest::{check_figures, Editions, FIGURE_COLUMNS};
use crate::problem::{Problem, SeedError};
use crate::{Dataset, Figure, IndicatorId, Status};

/// The encodings a spreadsheet saves CSV in, named as `TextDecoder` knows them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    /// "CSV UTF-8", with or without a byte-order mark.
    Utf8,
    /// Excel's "Unicode text".
    Utf16Le,
    Utf16Be,
    /// What Excel and WPS on Chinese Windows save "CSV" in (GBK is a subset).
    Gb18030,
}

impl Encoding {
    /// The label `TextDecoder` takes.
    pub fn label(self) -> &'static str {
        match self {
            Encoding::Utf8 => "utf-8",
            Encoding::Utf16Le => "utf-16le",
            Encoding::Utf16Be => "utf-16be",
            Encoding::Gb18030 => "gb18030",
        }
    }

    /// As a maintainer knows it.
    pub fn name(self) -> &'static str {
        match self {
            Encoding::Utf8 => "UTF-8",
            Encoding::Utf16Le | Encoding::Utf16Be => "UTF-16",
            Encoding::Gb18030 => "GBK / GB18030",
        }
    }
}

/// What the bytes of a file are: a text encoding, or a sentence on why the
/// file is not a CSV file at all.
pub fn sniff(bytes: &[u8]) -> Result<Encoding, Problem> {
    const ZIP: &[u8] = b"PK\x03\x04";
    const OLE: &[u8] = &[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Err(Problem::EmptyFile);
    }
    if bytes.starts_with(ZIP) || bytes.starts_with(OLE) {
        return Err(Problem::Spreadsheet);
    }
    if bytes.starts_with(&[0xEF, 0xBB, 0xBF]) {
        return Ok(Encoding::Utf8);
    }
    if bytes.starts_with(&[0xFF, 0xFE]) {
        return Ok(Encoding::Utf16Le);
    }
    if bytes.starts_with(&[0xFE, 0xFF]) {
        return Ok(Encoding::Utf16Be);
    }
    // Text has no NUL bytes (UTF-16 without its mark is not what Excel writes).
    if bytes.contains(&0) {
        return Err(Problem::NotText);
    }
    if std::str::from_utf8(bytes).is_ok() {
        Ok(Encoding::Utf8)
    } else {
        Ok(Encoding::Gb18030)
    }
}

/// Whether decoded text reads as text: a decoder turns any bytes into
/// characters, so binary files are told by their control and replacement
/// characters.
pub fn is_text(text: &str) -> bool {
    let (mut odd, mut all) = (0usize, 0usize);
    for c in text.chars().take(20_000) {
        all += 1;
        if c == '\u{fffd}' || (c.is_control() && !matches!(c, '\n' | '\r' | '\t')) {
            odd += 1;
        }
    }
    odd * 50 <= all
}

/// Recognises and decodes a file with `decode` (the browser's `TextDecoder`
/// in the page), ready for [`Sheet::read`].
pub fn open(bytes: &[u8], decode: impl Fn(Encoding, &[u8]) -> Option<String>) -> Result<(Encoding, String), Problem> {
    let encoding = sniff(bytes)?;
    let text = decode(encoding, bytes).ok_or(Problem::NotText)?;
    let text = text.strip_prefix('\u{feff}').map(String::from).unwrap_or(text);
    if !is_text(&text) {
        return Err(Problem::NotText);
    }
    Ok((encoding, text))
}

/// A figures file being worked on: every row as typed, valid or not (so
/// nothing is lost), the problems found, and the data it would publish.
#[derive(Debug, Clone, PartialEq)]
pub struct Sheet {
    /// The name problems are reported under.
    pub file: String,
    pub rows: Vec<Rec<FigureRow>>,
    /// Problems of the file as a whole and of rows the reader could not
    /// split; kept apart from the checks, which are redone on every change.
    pub read_errors: Vec<SeedError>,
    /// The checks of the build on `rows`.
    pub errors: Vec<SeedError>,
    /// The published data with this file's valid figures in place of the
    /// published figures.
    pub preview: Dataset,
}

impl Sheet {
    /// Reads `text` as a figures file and checks it against the targets and
    /// indicators of `published`.
    pub fn read(file: &str, text: &str, published: &Dataset) -> Sheet {
        let mut read_errors = Vec::new();
        let rows = seeds::read::<FigureRow>(file, text, FIGURE_COLUMNS, &mut read_errors).unwrap_or_default();
        Sheet::checked(file.into(), rows, read_errors, published)
    }

    fn checked(file: String, rows: Vec<Rec<FigureRow>>, read_errors: Vec<SeedError>, published: &Dataset) -> Sheet {
        let mut errors = Vec::new();
        let editions = Editions::next(&published.editions);
        let figures = check_figures(&file, &rows, &published.targets, &published.indicators, editions, &mut errors);
        let preview = Dataset { figures: Vec::new(), ..published.clone() }.with_figures(figures);
        Sheet { file, rows, read_errors, errors, preview }
    }

    /// Whether the file could not be read as a figures file at all.
    pub fn refused(&self) -> bool {
        self.rows.is_empty() && !self.read_errors.is_empty()
    }

    /// Every problem, in line order.
    pub fn problems(&self) -> Vec<&SeedError> {
        let mut all: Vec<&SeedError> = self.read_errors.iter().chain(&self.errors).collect();
        all.sort_by_key(|e| e.line);
        all
    }

    /// The line a new row gets: after the last one.
    pub fn next_line(&self) -> usize {
        self.rows.iter().map(|r| r.line).max().map_or(2, |l| l + 1)
    }

    /// The problems `row` would have if added: the checks of the build,
    /// duplicates of the rows already here included.
    pub fn check_row(&self, row: &FigureRow, published: &Dataset) -> Vec<SeedError> {
        let line = self.next_line();
        let mut rows: Vec<Rec<FigureRow>> = self.rows.clone();
        rows.push(Rec { line, row: row.clone() });
        let mut errors = Vec::new();
        let editions = Editions::next(&published.editions);
        check_figures(&self.file, &rows, &published.targets, &published.indicators, editions, &mut errors);
        errors.retain(|e| e.line == line);
        errors
    }

    /// The sheet with `row` added at its end.
    pub fn with_row(&self, row: FigureRow, published: &Dataset) -> Sheet {
        let mut rows = self.rows.clone();
        rows.push(Rec { line: self.next_line(), row });
        Sheet::checked(self.file.clone(), rows, self.read_errors.clone(), published)
    }

    /// The file to download: every row, in the seed file's stable order.
    pub fn to_csv(&self) -> String {
        crate::export::figure_rows_csv(self.rows.iter().map(|r| &r.row))
    }
}

/// One figure in the change list, with what it was before where it changed.
#[derive(Debug, Clone, PartialEq)]
pub struct Change {
    pub figure: Figure,
    pub before: Option<Figure>,
}

/// A target whose status is not the published one.
#[derive(Debug, Clone, PartialEq)]
pub struct StatusChange {
    pub target: IndicatorId,
    pub before: Status,
    pub after: Status,
}

/// The indicator, year, scope and period of a group of figures in conflict.
pub type ConflictKey = (IndicatorId, u16, String, String);

/// What publishing a sheet would change, against the published data.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Changes {
    pub added: Vec<Change>,
    pub changed: Vec<Change>,
    pub removed: Vec<Figure>,
    pub status: Vec<StatusChange>,
    pub conflicts_new: Vec<ConflictKey>,
    pub conflicts_gone: Vec<ConflictKey>,
    /// Targets with no published figure in the plan period, even so.
    pub still_missing: Vec<IndicatorId>,
}

impl Changes {
    /// Whether the sheet publishes the same figures as today.
    pub fn is_empty(&self) -> bool {
        self.added.is_empty() && self.changed.is_empty() && self.removed.is_empty()
    }
}

/// The same figure in both files: the same indicator, year, scope, period and source.
fn identity(f: &Figure) -> (&str, u16, &str, &str, &str) {
    (&f.indicator, f.year, &f.scope, f.period.zh(), &f.source.url)
}

/// What a reader sees of a figure (its maintainers' note is not bundled).
fn same_content(a: &Figure, b: &Figure) -> bool {
    a.value == b.value
        && a.unit == b.unit
        && a.as_of == b.as_of
        && a.confidence == b.confidence
        && a.source.title == b.source.title
        && a.source.publisher == b.source.publisher
        && a.source.published == b.source.published
}

fn conflict_keys(d: &Dataset) -> Vec<ConflictKey> {
    d.conflicts()
        .iter()
        .map(|g| (g[0].indicator.clone(), g[0].year, g[0].scope.clone(), g[0].period.zh().to_string()))
        .collect()
}

/// Compares the preview with the published data.
pub fn changes(published: &Dataset, preview: &Dataset) -> Changes {
    let mut before: HashMap<_, Vec<&Figure>> = HashMap::new();
    for f in &published.figures {
        before.entry(identity(f)).or_default().push(f);
    }
    let mut out = Changes::default();
    for f in &preview.figures {
        match before.get_mut(&identity(f)).and_then(|v| (!v.is_empty()).then(|| v.remove(0))) {
            None => out.added.push(Change { figure: f.clone(), before: None }),
            Some(old) if !same_content(old, f) => {
                out.changed.push(Change { figure: f.clone(), before: Some(old.clone()) })
            }
            Some(_) => {}
        }
    }
    // Removed: what no preview figure claimed, in the published order.
    let left: std::collections::HashSet<*const Figure> =
        before.into_values().flatten().map(|f| f as *const Figure).collect();
    out.removed = published.figures.iter().filter(|f| left.contains(&(*f as *const Figure))).cloned().collect();
    for t in &published.targets {
        let (a, b) = (published.status(t), preview.status(t));
        if a != b {
            out.status.push(StatusChange { target: t.id.clone(), before: a, after: b });
        }
        if preview.latest(t).is_none() {
            out.still_missing.push(t.id.clone());
        }
    }
    let (old, new) = (conflict_keys(published), conflict_keys(preview));
    out.conflicts_new = new.iter().filter(|k| !old.contains(k)).cloned().collect();
    out.conflicts_gone = old.iter().filter(|k| !new.contains(k)).cloned().collect();
    out
}

/// The next edition as the desk proposes it when the maintainer downloads
/// the merged file: numbered after the published data's, dated `date`, its
/// summary written from the change list, for the maintainer to edit.
pub fn next_edition(published: &Dataset, changes: &Changes, date: &str) -> crate::Edition {
    let (summary_zh, summary_en) = summary(changes);
    crate::Edition {
        number: published.edition().map_or(1, |e| e.number + 1),
        date: date.to_string(),
        summary_zh,
        summary_en,
        next_zh: String::new(),
        next_en: String::new(),
    }
}

/// "新增 4 项数据；2 项目标的完成情况变化", in (zh, en), from the change list.
pub fn summary(changes: &Changes) -> (String, String) {
    let counts = [
        (changes.added.len(), "新增", "added"),
        (changes.changed.len(), "修改", "changed"),
        (changes.removed.len(), "撤下", "removed"),
    ];
    let (mut zh, mut en): (Vec<String>, Vec<String>) = (vec![], vec![]);
    for (n, z, e) in counts.into_iter().filter(|(n, ..)| *n > 0) {
        zh.push(format!("{z} {n} 项数据"));
        en.push(format!("{n} figure{} {e}", if n == 1 { "" } else { "s" }));
    }
    let moved = changes.status.len();
    if moved > 0 {
        zh.push(format!("{moved} 项目标的完成情况变化"));
        en.push(format!("the status of {moved} target{} changed", if moved == 1 { "" } else { "s" }));
    }
    (zh.join("；"), en.join("; "))
}

/// The figures file of edition `n`: the sheet's rows, those it adds or
/// changes (and any typed without an edition) marked with `n`, and the
/// published versions of what it changes or removes kept, withdrawn in `n`
/// (taken from the published file as read, `published_sheet`, whose rows
/// keep the maintainers' notes).
pub fn figures_of_edition(n: u16, published_sheet: &Sheet, sheet: &Sheet, changes: &Changes) -> String {
    let touched: std::collections::HashSet<usize> =
        changes.added.iter().chain(&changes.changed).map(|c| c.figure.line).collect();
    let mut rows: Vec<FigureRow> = sheet
        .rows
        .iter()
        .map(|r| {
            let mut row = r.row.clone();
            if touched.contains(&r.line) || row.edition.is_empty() {
                row.edition = n.to_string();
            }
            row
        })
        .collect();
    let withdrawn = changes.changed.iter().filter_map(|c| c.before.as_ref()).chain(&changes.removed);
    for old in withdrawn {
        let mut row = published_sheet
            .rows
            .iter()
            .find(|r| r.line == old.line)
            .map(|r| r.row.clone())
            .unwrap_or_else(|| FigureRow::from(old));
        row.withdrawn_in = n.to_string();
        rows.push(row);
    }
    crate::export::figure_rows_csv(rows.iter())
}
