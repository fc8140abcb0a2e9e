//! A small RFC 4180 reader for the seed files.
//!
//! The seeds are edited by hand in spreadsheets, so every row keeps the line
//! it started on: validation errors name `file:line`. Written here rather than
//! taken from a crate because the same code runs in the build script and in
//! the WebAssembly bundle, where every kilobyte is paid for by visitors.

/// One data row: its 1-based line in the file and its fields by column.
#[derive(Debug, Clone)]
pub struct Row<'a> {
    pub line: usize,
    fields: Vec<String>,
    columns: &'a [String],
}

impl Row<'_> {
    /// The trimmed field under `column`; empty when the column is absent.
    pub fn get(&self, column: &str) -> &str {
        // A linear scan: files have about fifteen columns, and a map would
        // cost the bundle more than it saves.
        self.columns.iter().position(|c| c == column).and_then(|i| self.fields.get(i)).map(|s| s.trim()).unwrap_or("")
    }
}

/// A parsed file: the header's column positions and the data records.
#[derive(Debug)]
pub struct Table {
    pub columns: Vec<String>,
    records: Vec<(usize, Vec<String>)>,
}

/// Why a file could not be split into rows.
#[derive(Debug, Clone, PartialEq)]
pub struct SyntaxError {
    pub line: usize,
    pub reason: String,
}

impl Table {
    pub fn parse(text: &str) -> Result<Table, SyntaxError> {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let mut records = split_records(text)?;
        if records.is_empty() {
            return Err(SyntaxError { line: 1, reason: "the file is empty: a header row is required".into() });
        }
        let (_, columns) = records.remove(0);
        let columns: Vec<String> = columns.into_iter().map(|c| c.trim().to_string()).collect();
        for (i, c) in columns.iter().enumerate() {
            if columns[..i].contains(c) {
                return Err(SyntaxError { line: 1, reason: format!("column \"{c}\" appears twice in the header") });
            }
        }
        for (line, fields) in &records {
            if fields.len() != columns.len() {
                return Err(SyntaxError {
                    line: *line,
                    reason: format!(
                        "{} fields where the header has {} columns (a comma inside a value needs \"quotes\")",
                        fields.len(),
                        columns.len()
                    ),
                });
            }
        }
        Ok(Table { columns, records })
    }

    /// Columns of `required` that the header lacks.
    pub fn missing_columns<'c>(&self, required: &[&'c str]) -> Vec<&'c str> {
        required.iter().copied().filter(|c| !self.columns.iter().any(|h| h == c)).collect()
    }

    pub fn rows(&self) -> impl Iterator<Item = Row<'_>> {
        self.records.iter().map(|(line, fields)| Row { line: *line, fields: fields.clone(), columns: &self.columns })
    }
}

/// Splits text into records of fields, skipping blank lines and lines whose
/// first character is `#` (comments for maintainers).
fn split_records(text: &str) -> Result<Vec<(usize, Vec<String>)>, SyntaxError> {
    let mut out = Vec::new();
    let mut chars = text.chars().peekable();
    let mut line = 1;
    loop {
        // Skip blank and comment lines between records.
        match chars.peek() {
            None => break,
            Some('\n') => {
                chars.next();
                line += 1;
                continue;
            }
            Some('\r') => {
                chars.next();
                continue;
            }
            Some('#') => {
                for c in chars.by_ref() {
                    if c == '\n' {
                        break;
                    }
                }
                line += 1;
                continue;
            }
            _ => {}
        }
        let start = line;
        let mut fields = Vec::new();
        let mut field = String::new();
        let mut quoted = false;
        let mut at_field_start = true;
        loop {
            let Some(c) = chars.next() else {
                if quoted {
                    return Err(SyntaxError {
                        line: start,
                        reason: "a quoted value is never closed (missing \")".into(),
                    });
                }
                fields.push(std::mem::take(&mut field));
                break;
            };
            if quoted {
                match c {
                    '"' if chars.peek() == Some(&'"') => {
                        chars.next();
                        field.push('"');
                    }
                    '"' => quoted = false,
                    '\n' => {
                        line += 1;
                        field.push('\n');
                    }
                    _ => field.push(c),
                }
                continue;
            }
            match c {
                '"' if at_field_start => {
                    quoted = true;
                    at_field_start = false;
                }
                ',' => {
                    fields.push(std::mem::take(&mut field));
                    at_field_start = true;
                }
                '\r' => {}
                '\n' => {
                    fields.push(std::mem::take(&mut field));
                    line += 1;
                    break;
                }
                _ => {
                    field.push(c);
                    at_field_start = false;
                }
            }
        }
        out.push((start, fields));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_quoted_fields_with_commas_and_quotes() {
        let t = Table::parse("a,b\n\"x, y\",\"say \"\"hi\"\"\"\n").expect("the example parses");
        let row = t.rows().next().expect("the example parses");
        assert_eq!(row.get("a"), "x, y");
        assert_eq!(row.get("b"), "say \"hi\"");
        assert_eq!(row.line, 2);
    }

    #[test]
    fn keeps_line_numbers_across_comments_blank_lines_and_bom() {
        let t = Table::parse("\u{feff}a,b\n# a comment\n\n1,2\r\n3,4").expect("the example parses");
        let lines: Vec<usize> = t.rows().map(|r| r.line).collect();
        assert_eq!(lines, vec![4, 5]);
    }

    #[test]
    fn a_short_row_names_its_line() {
        let e = Table::parse("a,b\n1,2\n3\n").unwrap_err();
        assert_eq!(e.line, 3);
        assert!(e.reason.contains("1 fields where the header has 2"), "{}", e.reason);
    }

    #[test]
    fn an_unclosed_quote_names_the_line_it_opened_on() {
        let e = Table::parse("a\n\"open\n\nmore").unwrap_err();
        assert_eq!(e.line, 2);
    }

    #[test]
    fn a_duplicate_column_is_refused() {
        assert!(Table::parse("a,a\n1,2").unwrap_err().reason.contains("twice"));
    }
}
