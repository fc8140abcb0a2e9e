//! The seed files as they are written: one serde row struct per file, read
//! with the `csv` crate.
//!
//! Wire types apart from the validated model: every field is the text of its
//! cell (trimmed), so that validation (`load`, `atlas`) can say exactly what
//! is wrong with a value rather than "invalid type". Every row keeps the line
//! it started on, so every message names `file:line`. Blank lines and lines
//! that start with `#` (comments for maintainers) are skipped; a UTF-8 byte
//! order mark (Excel's "CSV UTF-8") is accepted.

use serde::de::DeserializeOwned;
use serde::Deserialize;

use crate::problem::{Problem, SeedError};

/// One data row and the 1-based line of the file it starts on.
#[derive(Debug, Clone, PartialEq)]
pub struct Rec<T> {
    pub line: usize,
    pub row: T,
}

impl<T> std::ops::Deref for Rec<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.row
    }
}

/// Reads `text` (the file `file`) into rows of `T`, after checking that the
/// header has every column of `required` and no column twice. Problems are
/// added to `errors`; `None` when the file cannot be read as a whole.
pub fn read<T: DeserializeOwned>(
    file: &str,
    text: &str,
    required: &[&str],
    errors: &mut Vec<SeedError>,
) -> Option<Vec<Rec<T>>> {
    let mut fail = |line: usize, column: Option<&str>, problem: Problem| {
        errors.push(SeedError { file: file.into(), line, column: column.map(String::from), problem });
    };
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut reader = csv::ReaderBuilder::new()
        .comment(Some(b'#'))
        .trim(csv::Trim::All)
        .flexible(false)
        .delimiter(delimiter(text))
        .from_reader(text.as_bytes());
    let headers = match reader.headers() {
        // An empty file reads as no header, or as one empty column.
        Ok(h) if h.iter().any(|c| !c.is_empty()) => h.clone(),
        Ok(_) => {
            fail(1, None, Problem::EmptyFile);
            return None;
        }
        Err(e) => {
            fail(1, None, reason(&e));
            return None;
        }
    };
    let header_line = headers.position().map_or(1, |p| p.line() as usize);
    for (i, c) in headers.iter().enumerate() {
        if headers.iter().take(i).any(|d| d == c) {
            fail(header_line, Some(c), Problem::ColumnTwice(c.into()));
            return None;
        }
    }
    let missing: Vec<&str> = required.iter().copied().filter(|c| !headers.iter().any(|h| h == *c)).collect();
    if !missing.is_empty() {
        fail(header_line, None, shape(&headers, missing));
        return None;
    }
    let mut out = Vec::new();
    let mut lines = Lines::new(text);
    for record in reader.records() {
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                let line = e.position().map_or(0, |p| lines.of(p.byte() as usize));
                let unequal = matches!(e.kind(), csv::ErrorKind::UnequalLengths { .. });
                fail(line, None, reason(&e));
                // A row of the wrong length is left out and the next one read;
                // after any other error the rest cannot be split reliably.
                if unequal {
                    continue;
                }
                return None;
            }
        };
        let line = record.position().map_or(0, |p| lines.of(p.byte() as usize));
        match record.deserialize::<T>(Some(&headers)) {
            Ok(row) => out.push(Rec { line, row }),
            Err(e) => {
                let column = match e.kind() {
                    csv::ErrorKind::Deserialize { err, .. } => {
                        err.field().and_then(|i| headers.get(i as usize)).map(String::from)
                    }
                    _ => None,
                };
                fail(line, column.as_deref(), reason(&e));
            }
        }
    }
    Some(out)
}

/// The lines records start on, from the bytes where the reader says they
/// do. The reader counts from the end of the previous record, so blank
/// lines and comments in between are skipped here. Records come in order,
/// so the count goes on from the previous one (a file is read in one pass).
struct Lines<'a> {
    text: &'a str,
    at: usize,
    line: usize,
}

impl<'a> Lines<'a> {
    fn new(text: &'a str) -> Lines<'a> {
        Lines { text, at: 0, line: 1 }
    }

    fn of(&mut self, byte: usize) -> usize {
        let text = self.text;
        let mut at = byte.min(text.len());
        loop {
            let rest = &text[at..];
            let skip = if rest.starts_with('\n') || rest.starts_with("\r\n") || rest.starts_with('#') {
                rest.find('\n').map(|i| i + 1)
            } else {
                None
            };
            match skip {
                Some(n) => at += n,
                None => break,
            }
        }
        if at < self.at {
            (self.at, self.line) = (0, 1);
        }
        self.line += text.as_bytes()[self.at..at].iter().filter(|&&b| b == b'\n').count();
        self.at = at;
        self.line
    }
}

/// A reader's error as a problem to fix.
fn reason(e: &csv::Error) -> Problem {
    match e.kind() {
        csv::ErrorKind::UnequalLengths { expected_len, len, .. } => {
            Problem::FieldCount { found: *len as usize, expected: *expected_len as usize }
        }
        csv::ErrorKind::Utf8 { .. } => Problem::NotUtf8,
        csv::ErrorKind::Deserialize { err, .. } => Problem::Unreadable(err.to_string()),
        _ => Problem::Unreadable(e.to_string()),
    }
}

/// Commas, or tabs where the first line has tabs and no commas: Excel's
/// "Unicode text" export separates its columns with tabs.
fn delimiter(text: &str) -> u8 {
    let first = text.lines().find(|l| !l.trim().is_empty() && !l.starts_with('#')).unwrap_or("");
    if first.contains('\t') && !first.contains(',') {
        b'\t'
    } else {
        b','
    }
}

/// What a header that lacks required columns is: another seed file, a table
/// of something else, or a figures file with columns missing.
fn shape(headers: &csv::StringRecord, missing: Vec<&str>) -> Problem {
    let has = |c: &str| headers.iter().any(|h| h == c);
    if has("kind") && has("phrase") && has("target_year") {
        Problem::TargetsFile
    } else if missing.len() >= 6 && !has("indicator_id") {
        Problem::OtherTable { columns: headers.iter().map(String::from).collect() }
    } else {
        Problem::MissingColumns(missing.into_iter().map(String::from).collect())
    }
}

/// `seeds/targets.csv`.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct TargetRow {
    pub id: String,
    pub section: String,
    pub dimension: String,
    pub name_zh: String,
    pub name_en: String,
    pub kind: String,
    pub value: String,
    pub value_max: String,
    pub unit: String,
    pub target_year: String,
    pub scope: String,
    pub phrase: String,
    pub verb_zh: String,
    pub verb_en: String,
    pub note_zh: String,
    pub note_en: String,
}

/// `seeds/indicators.csv`.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct IndicatorRow {
    pub id: String,
    pub name_zh: String,
    pub name_en: String,
    pub unit: String,
    pub related_target: String,
}

/// The source columns that figures, parks and the atlas's evidence share.
/// (Flattened into the rows: serde then guesses types, so each cell is
/// taken back as its text.)
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct SourceCols {
    #[serde(deserialize_with = "text")]
    pub source_title: String,
    #[serde(deserialize_with = "text")]
    pub source_url: String,
    #[serde(deserialize_with = "text")]
    pub publisher: String,
    #[serde(deserialize_with = "text")]
    pub published_date: String,
    #[serde(deserialize_with = "text")]
    pub confidence: String,
}

/// A cell as its text, whatever serde guessed it to be (`2018` is a year
/// written as a date, not a number).
fn text<'de, D: serde::Deserializer<'de>>(d: D) -> Result<String, D::Error> {
    struct Text;
    impl serde::de::Visitor<'_> for Text {
        type Value = String;
        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str("text")
        }
        fn visit_str<E>(self, v: &str) -> Result<String, E> {
            Ok(v.to_string())
        }
        fn visit_u64<E>(self, v: u64) -> Result<String, E> {
            Ok(v.to_string())
        }
        fn visit_i64<E>(self, v: i64) -> Result<String, E> {
            Ok(v.to_string())
        }
        fn visit_f64<E>(self, v: f64) -> Result<String, E> {
            Ok(v.to_string())
        }
        fn visit_bool<E>(self, v: bool) -> Result<String, E> {
            Ok(v.to_string())
        }
        fn visit_unit<E>(self) -> Result<String, E> {
            Ok(String::new())
        }
    }
    d.deserialize_any(Text)
}

impl SourceCols {
    /// The names of the required columns among `wanted` that are empty.
    pub fn missing<'a>(&self, wanted: &[&'a str]) -> Vec<&'a str> {
        wanted
            .iter()
            .copied()
            .filter(|c| match *c {
                "source_title" => self.source_title.is_empty(),
                "source_url" => self.source_url.is_empty(),
                "publisher" => self.publisher.is_empty(),
                "published_date" => self.published_date.is_empty(),
                _ => false,
            })
            .collect()
    }

    pub fn source(&self) -> crate::Source {
        crate::Source {
            title: self.source_title.clone(),
            url: self.source_url.clone(),
            publisher: self.publisher.clone(),
            published: self.published_date.clone(),
        }
    }
}

/// `seeds/figures.csv`, and the `data/figures.csv` download (the same columns).
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct FigureRow {
    pub indicator_id: String,
    pub year: String,
    pub value: String,
    pub qualifier: String,
    pub unit: String,
    pub scope: String,
    pub period: String,
    pub as_of: String,
    #[serde(flatten)]
    pub src: SourceCols,
    pub note: String,
    /// The edition that added the row or last changed it; in the data desk,
    /// empty for a row of the edition being prepared.
    #[serde(deserialize_with = "text")]
    pub edition: String,
    /// The edition that replaced or removed the row; empty while it stands.
    #[serde(deserialize_with = "text")]
    pub withdrawn_in: String,
}

/// `seeds/editions.csv`.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct EditionRow {
    #[serde(deserialize_with = "text")]
    pub edition: String,
    pub date: String,
    pub summary_zh: String,
    pub summary_en: String,
    pub next_update_zh: String,
    pub next_update_en: String,
}

/// `seeds/counties.csv`.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct CountyRow {
    pub id: String,
    pub name_zh: String,
    pub name_en: String,
    pub geo_id: String,
}

/// `seeds/clusters.csv`.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct ClusterRow {
    pub id: String,
    pub group: String,
    pub name_zh: String,
    pub name_en: String,
    pub phrase: String,
    pub output_indicator: String,
}

/// `seeds/cluster_counties.csv`.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct ClusterCountyRow {
    pub cluster: String,
    pub county: String,
    pub note: String,
    #[serde(flatten)]
    pub src: SourceCols,
}

/// `seeds/enterprises.csv`.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct EnterpriseRow {
    pub cluster: String,
    pub name_zh: String,
    pub county: String,
    #[serde(flatten)]
    pub src: SourceCols,
}

/// `seeds/parks.csv`.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct ParkRow {
    pub id: String,
    pub name_zh: String,
    pub name_en: String,
    pub level: String,
    pub counties: String,
    pub approved: String,
    pub status: String,
    pub area_km2: String,
    pub area_note: String,
    pub clusters: String,
    pub lon: String,
    pub lat: String,
    pub plan_phrase: String,
    pub milestone_target: String,
    pub note: String,
    #[serde(flatten)]
    pub src: SourceCols,
}

/// `seeds/place_figures.csv`.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct PlaceFigureRow {
    pub place_kind: String,
    pub place_id: String,
    pub metric_zh: String,
    pub metric_en: String,
    pub year: String,
    pub value: String,
    pub qualifier: String,
    pub unit: String,
    pub period: String,
    pub note: String,
    pub cluster: String,
    #[serde(flatten)]
    pub src: SourceCols,
    /// The edition that added the row or last changed it (`editions.csv`).
    #[serde(deserialize_with = "text")]
    pub edition: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, Default, Deserialize)]
    #[serde(default)]
    struct Ab {
        a: String,
        b: String,
    }

    fn read_ab(text: &str) -> (Option<Vec<Rec<Ab>>>, Vec<SeedError>) {
        let mut errors = Vec::new();
        (read::<Ab>("f.csv", text, &["a", "b"], &mut errors), errors)
    }

    #[test]
    fn reads_quoted_fields_with_commas_and_quotes() {
        let (rows, _) = read_ab("a,b\n\"x, y\",\"say \"\"hi\"\"\"\n");
        let rows = rows.expect("the example parses");
        assert_eq!((rows[0].a.as_str(), rows[0].b.as_str(), rows[0].line), ("x, y", "say \"hi\"", 2));
    }

    #[test]
    fn keeps_line_numbers_across_comments_blank_lines_crlf_and_bom() {
        let (rows, errors) = read_ab("\u{feff}a,b\r\n# a comment\r\n\r\n1,2\r\n3, 4 ");
        assert_eq!(errors, vec![]);
        let rows = rows.expect("the example parses");
        assert_eq!(rows.iter().map(|r| r.line).collect::<Vec<_>>(), vec![4, 5]);
        assert_eq!(rows[1].b, "4", "cells are trimmed");
    }

    #[test]
    fn a_short_row_names_its_line() {
        let (_, errors) = read_ab("a,b\n1,2\n3\n");
        assert_eq!(errors[0].line, 3);
        assert_eq!(errors[0].problem, Problem::FieldCount { found: 1, expected: 2 });
    }

    #[test]
    fn a_missing_or_duplicate_column_is_refused() {
        assert_eq!(read_ab("a\n1\n").1[0].problem, Problem::MissingColumns(vec!["b".into()]));
        assert_eq!(read_ab("a,a,b\n1,2,3").1[0].problem, Problem::ColumnTwice("a".into()));
        assert_eq!(read_ab("").1[0].problem, Problem::EmptyFile);
    }

    #[test]
    fn a_short_row_is_left_out_and_the_next_read() {
        let (rows, errors) = read_ab("a,b\n1\n3,4\n");
        assert_eq!(errors.len(), 1);
        assert_eq!(rows.expect("the rest is read").iter().map(|r| r.line).collect::<Vec<_>>(), vec![3]);
    }

    #[test]
    fn tab_separated_text_is_read() {
        let (rows, errors) = read_ab("a\tb\r\nx, y\t2\r\n");
        assert_eq!(errors, vec![]);
        assert_eq!(rows.expect("parses")[0].a, "x, y");
    }
}
