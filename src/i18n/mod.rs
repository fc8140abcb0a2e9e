//! Every string the visitor reads, in Chinese (default) and English:
//! [`texts`] (the fixed strings and category names), [`format`] (numbers,
//! units, values, dates), [`sentences`] (status and notices), [`editions`]
//! (the stamp, the changelog, status histories and citations), and the
//! explore views' strings.

mod editions;
mod explore;
mod format;
/// The words of seed problems live with the model, which the build script
/// prints them from; the desk shows the same.
pub use crate::model::problem::words as problems;
mod search;
mod sentences;
mod texts;

pub use crate::lang::Lang;
pub use editions::*;
pub use explore::*;
pub use format::*;
pub use problems::{problem, seed_error_place};
pub use search::*;
pub use sentences::*;
pub use texts::*;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Qualifier, Status, Value};

    #[test]
    fn english_reads_yi_yuan_as_billions_and_keeps_the_original() {
        assert_eq!(amount(Lang::En, 5188.3, "亿元"), "518.83 billion yuan (5188.3 亿元)");
        assert_eq!(amount(Lang::En, 10000.0, "亿元"), "1 trillion yuan (1 万亿元)");
        assert_eq!(amount(Lang::En, 1.0, "亿元"), "100 million yuan (1 亿元)");
        assert_eq!(amount(Lang::Zh, 10000.0, "亿元"), "1 万亿元");
    }

    #[test]
    fn per_worker_and_per_mu_are_spelt_out_in_english() {
        assert_eq!(amount(Lang::En, 30.0, "万元/人"), "300,000 yuan per worker");
        assert_eq!(amount(Lang::En, 40.0, "万元/亩"), "400,000 yuan per mu (≈667 m²)");
        assert_eq!(amount(Lang::Zh, 30.0, "万元/人"), "30 万元/人");
    }

    #[test]
    fn qualifiers_are_never_dropped() {
        let over = Value::Number { value: 1100.0, qualifier: Some(Qualifier::Over), decimals: 0 };
        assert_eq!(value(Lang::Zh, &over, "亿元"), "超 1100 亿元");
        assert_eq!(value(Lang::En, &over, "亿元"), "over 110 billion yuan (超 1100 亿元)");
        let nearly = Value::Number { value: 1538.7, qualifier: Some(Qualifier::Nearly), decimals: 1 };
        assert_eq!(value(Lang::En, &nearly, "亿元"), "nearly 153.87 billion yuan (近 1538.7 亿元)");
        let more = Value::Number { value: 5.0, qualifier: Some(Qualifier::MoreThan), decimals: 0 };
        assert_eq!(value(Lang::En, &more, "家"), "more than 5");
    }

    #[test]
    fn parts_of_years_read_in_english() {
        assert_eq!(period_en("1-3季度"), "Q1–Q3");
        assert_eq!(period_en("1-10月"), "Jan–Oct");
        assert_eq!(period_en("上半年"), "first half");
        assert_eq!(period_en("1-13月"), "1-13月");
    }

    #[test]
    fn thousands_are_grouped_in_english_only() {
        assert_eq!(number(Lang::En, 1234567.5, 2), "1,234,567.5");
        assert_eq!(number(Lang::Zh, 1234567.5, 2), "1234567.5");
        assert_eq!(number(Lang::En, -1200.0, 0), "-1,200");
        assert_eq!(number(Lang::En, 999.0, 0), "999");
    }

    #[test]
    fn status_labels_use_the_review_vocabulary() {
        assert_eq!(status_label(Lang::Zh, Status::Achieved { year: 2023, early: true }), "提前实现（2023年）");
        assert_eq!(status_label(Lang::Zh, Status::OnTrack { year: 2022 }), "基本符合预期（截至2022年）");
        assert_eq!(status_label(Lang::Zh, Status::Behind { year: 2024 }), "滞后（截至2024年）");
        assert_eq!(status_label(Lang::En, Status::Missed { year: 2025 }), "Missed (2025)");
        assert_eq!(status_label(Lang::En, Status::NoData), "No published figure found");
    }
}
