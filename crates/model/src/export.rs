//! The CSV downloads, `targets.csv` and `figures.csv`: the interface other
//! tools rely on. Column lists are fixed; UTF-8 with a byte-order mark so
//! that Excel opens the Chinese text correctly.

use crate::ingest::seeds::FigureRow;
use crate::{Dataset, Figure, Period, Status, Value};

pub const TARGETS_HEADER: &str = "id,dimension,name_zh,name_en,kind,unit,target_value,target_value_max,target_year,baseline_value,baseline_year,latest_value,latest_year,status,plan_quote";
/// The figure columns of a chart's data download.
pub const FIGURES_HEADER: &str =
    "indicator_id,year,value,qualifier,unit,scope,period,source_title,source_url,publisher,published_date,confidence";
/// `figures.csv`, download and seed file alike: the figure columns, then the
/// date a figure refers to, the maintainers' note, the edition that added or
/// last changed the row and the one that withdrew it.
pub const SEED_FIGURES_HEADER: &str = "indicator_id,year,value,qualifier,unit,scope,period,source_title,source_url,publisher,published_date,confidence,as_of,note,edition,withdrawn_in";
/// `editions.csv`, download and seed file alike.
pub const EDITIONS_HEADER: &str = "edition,date,summary_zh,summary_en,next_update_zh,next_update_en";

const BOM: &str = "\u{feff}";

/// Quotes a field when it holds a comma, quote or line break.
pub fn field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

/// A number as written in the downloads: no exponent, no trailing zeros.
pub fn number(v: f64) -> String {
    let s = format!("{v:.4}");
    let s = s.trim_end_matches('0').trim_end_matches('.');
    if s == "-0" {
        "0".into()
    } else {
        s.into()
    }
}

/// A figure's value as text: its number, 全覆盖, or 已完成 / 未完成.
pub fn value_text(v: &Value) -> String {
    match v {
        Value::Number { value, decimals, .. } => format!("{value:.prec$}", prec = *decimals as usize),
        Value::FullCoverage => "全覆盖".into(),
        Value::Milestone { done: true } => "已完成".into(),
        Value::Milestone { done: false } => "未完成".into(),
    }
}

fn qualifier_text(v: &Value) -> &'static str {
    match v {
        Value::Number { qualifier: Some(q), .. } => q.symbol(),
        _ => "",
    }
}

fn line(fields: &[String]) -> String {
    let mut s = fields.iter().map(|f| field(f)).collect::<Vec<_>>().join(",");
    s.push_str("\r\n");
    s
}

pub fn targets_csv(data: &Dataset) -> String {
    let mut out = format!("{BOM}{TARGETS_HEADER}\r\n");
    for t in &data.targets {
        let baseline = data.baseline(t);
        let latest = data.latest(t);
        let status: Status = data.status(t);
        out.push_str(&line(&[
            t.id.to_string(),
            t.dimension.map(|d| d.zh()).unwrap_or(t.section.zh()).to_string(),
            t.name_zh.clone(),
            t.name_en.clone(),
            t.kind.code().to_string(),
            t.unit.clone(),
            t.kind.value().map(number).unwrap_or_default(),
            t.kind.value_max().map(number).unwrap_or_default(),
            t.target_year.to_string(),
            baseline.map(|f| value_text(&f.value)).unwrap_or_default(),
            baseline.map(|f| f.year.to_string()).unwrap_or_default(),
            latest.map(|f| value_text(&f.value)).unwrap_or_default(),
            latest.map(|f| f.year.to_string()).unwrap_or_default(),
            status.code().to_string(),
            t.quote.clone(),
        ]));
    }
    out
}

pub fn figure_row(f: &Figure) -> Vec<String> {
    vec![
        f.indicator.to_string(),
        f.year.to_string(),
        value_text(&f.value),
        qualifier_text(&f.value).to_string(),
        f.unit.clone(),
        f.scope.clone(),
        match &f.period {
            Period::Partial(s) => s.clone(),
            p => p.zh().to_string(),
        },
        f.source.title.clone(),
        f.source.url.clone(),
        f.source.publisher.clone(),
        f.source.published.clone(),
        f.confidence.code().to_string(),
    ]
}

/// `figures.csv`: the dataset's figures in the seed file's own form, so the
/// download is a ready template and reads back as the seed file it came from.
/// Every figure, those a later edition withdrew included: the seed file.
pub fn figures_csv(data: &Dataset) -> String {
    let rows: Vec<FigureRow> = data.figures.iter().chain(&data.withdrawn).map(FigureRow::from).collect();
    figure_rows_csv(rows.iter())
}

pub fn editions_csv(editions: &[crate::Edition]) -> String {
    let mut out = format!("{BOM}{EDITIONS_HEADER}\r\n");
    for e in editions {
        out.push_str(&line(&[
            e.number.to_string(),
            e.date.clone(),
            e.summary_zh.clone(),
            e.summary_en.clone(),
            e.next_zh.clone(),
            e.next_en.clone(),
        ]));
    }
    out
}

/// Figure rows as a seed file: a byte-order mark (Excel), the header, and
/// the rows in a stable order (indicator, year, scope, period, date,
/// source), so that a file written again after a change differs from the
/// old one by exactly the rows that changed. Rows are written as they were
/// typed, valid or not: nothing a maintainer entered is lost.
pub fn figure_rows_csv<'a>(rows: impl Iterator<Item = &'a FigureRow>) -> String {
    let mut rows: Vec<&FigureRow> = rows.collect();
    rows.sort_by(|a, b| order_key(a).cmp(&order_key(b)));
    let mut out = format!("{BOM}{SEED_FIGURES_HEADER}\r\n");
    for r in rows {
        out.push_str(&line(&r.cells().map(String::from)));
    }
    out
}

/// An earlier version of a row comes just before the row that replaced it.
fn order_key(r: &FigureRow) -> (&str, &str, &str, &str, &str, &str, bool, &str) {
    let standing = r.withdrawn_in.is_empty();
    (&r.indicator_id, &r.year, &r.scope, &r.period, &r.src.published_date, &r.src.source_url, standing, &r.edition)
}

impl FigureRow {
    /// The cells in the order of [`SEED_FIGURES_HEADER`].
    pub fn cells(&self) -> [&str; 16] {
        [
            &self.indicator_id,
            &self.year,
            &self.value,
            &self.qualifier,
            &self.unit,
            &self.scope,
            &self.period,
            &self.src.source_title,
            &self.src.source_url,
            &self.src.publisher,
            &self.src.published_date,
            &self.src.confidence,
            &self.as_of,
            &self.note,
            &self.edition,
            &self.withdrawn_in,
        ]
    }
}

impl From<&Figure> for FigureRow {
    fn from(f: &Figure) -> FigureRow {
        let [indicator_id, year, value, qualifier, unit, scope, period, source_title, source_url, publisher, published_date, confidence] =
            <[String; 12]>::try_from(figure_row(f)).expect("figure_row has the twelve figure columns");
        FigureRow {
            indicator_id,
            year,
            value,
            qualifier,
            unit,
            scope,
            period,
            as_of: f.as_of.clone(),
            src: crate::ingest::seeds::SourceCols { source_title, source_url, publisher, published_date, confidence },
            note: f.note.clone(),
            edition: f.edition.to_string(),
            withdrawn_in: f.withdrawn.map(|n| n.to_string()).unwrap_or_default(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_with_commas_and_quotes_are_quoted() {
        assert_eq!(field("a,b"), "\"a,b\"");
        assert_eq!(field("say \"x\""), "\"say \"\"x\"\"\"");
        assert_eq!(field("plain"), "plain");
    }

    #[test]
    fn numbers_print_without_noise() {
        assert_eq!(number(10000.0), "10000");
        assert_eq!(number(3.2), "3.2");
        assert_eq!(number(22.5), "22.5");
        assert_eq!(number(0.1 + 0.2), "0.3");
    }
}
