//! What can be wrong with a seed file, as data: the build prints it and the
//! data desk shows it, each in both languages ([`words`]), from the one
//! validation that finds it.
//!
//! The figures file, which maintainers edit, has a variant for every kind of
//! problem; the other seed files are edited with the code and say theirs in
//! English ([`Problem::Other`]).

use std::fmt;

pub mod words;

/// One problem, without the file and line it was found at (see `SeedError`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    // The file as a whole.
    /// No bytes, or only blank lines and comments.
    EmptyFile,
    /// A spreadsheet workbook (.xlsx, .xls), not a CSV export of one.
    Spreadsheet,
    /// Bytes that are not text in any encoding the desk reads.
    NotText,
    /// Text that is not UTF-8 where only UTF-8 is read (the build).
    NotUtf8,
    /// The header of `targets.csv`: the wrong seed file.
    TargetsFile,
    /// A header with none of the figure columns: some other table.
    OtherTable {
        columns: Vec<String>,
    },
    MissingColumns(Vec<String>),
    ColumnTwice(String),
    /// A row with another number of fields than the header has columns.
    FieldCount {
        found: usize,
        expected: usize,
    },
    /// Anything else the CSV reader refused, in its words.
    Unreadable(String),

    // One figure row.
    UnknownIndicator(String),
    YearOutOfRange {
        year: u16,
        first: u16,
        last: u16,
    },
    NotAYear(String),
    UnitMismatch {
        unit: String,
        indicator: String,
        expected: String,
    },
    UnknownQualifier(String),
    /// A milestone's value must be 已完成 or 未完成.
    MilestoneValue(String),
    NotANumber {
        column: String,
        text: String,
    },
    UnknownPeriod(String),
    EmptyScope,
    /// The figures file holds city-wide figures: 全市, or 全市 and a qualifier.
    UnknownScope(String),
    /// source_title, source_url and publisher are all required.
    MissingSource,
    NotHttp(String),
    BadDate {
        column: String,
        text: String,
    },
    UnknownConfidence(String),
    /// The same indicator, year, scope, period and source as an earlier row.
    Duplicate {
        first_line: usize,
    },

    /// A figure row names no edition (the build needs it; the desk fills it).
    MissingEdition,
    /// `edition` or `withdrawn_in` names no edition of `editions.csv`.
    UnknownEdition {
        column: String,
        text: String,
    },
    /// A row withdrawn in the edition that added it, or before.
    WithdrawnBeforeAdded {
        added: u16,
        withdrawn: u16,
    },

    // The editions file.
    /// Editions are numbered 1, 2, 3 … in the order of the file.
    EditionOutOfOrder {
        found: String,
        expected: u16,
    },
    /// An edition dated before the one above it.
    EditionDateBefore {
        date: String,
        previous: String,
    },
    /// A required cell left empty.
    EmptyCell(String),

    /// A problem of the other seed files, in English.
    Other(String),
}

impl From<String> for Problem {
    fn from(s: String) -> Problem {
        Problem::Other(s)
    }
}

impl From<&str> for Problem {
    fn from(s: &str) -> Problem {
        Problem::Other(s.to_string())
    }
}

/// One problem in one seed file. Its words, in both languages, are in
/// [`words`] (which also gives its English `Display`).
#[derive(Debug, Clone, PartialEq)]
pub struct SeedError {
    pub file: String,
    pub line: usize,
    /// The column at fault, where one is.
    pub column: Option<String>,
    pub problem: Problem,
}

/// Every problem found while loading the seeds.
#[derive(Debug, Clone, PartialEq)]
pub struct LoadError(pub Vec<SeedError>);

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "{} problem(s) in the seed files:", self.0.len())?;
        for e in &self.0 {
            writeln!(f, "  {e}")?;
        }
        Ok(())
    }
}

impl std::error::Error for LoadError {}
