//! "引用 / Cite": the references of a view in GB/T 7714-2025, APA 7 and
//! BibTeX, in Chinese and English, against golden text; a figure's
//! reference credits its original publisher.

use taizhou_plan::i18n::{citation, CiteInput, Lang};
use taizhou_plan::model::{Confidence, Edition, Figure, Period, Source, Value};

fn edition() -> Edition {
    Edition {
        number: 2,
        date: "2026-11-27".into(),
        summary_zh: "新增 4 项".into(),
        summary_en: "Four added".into(),
        next_zh: String::new(),
        next_en: String::new(),
    }
}

fn figure() -> Figure {
    Figure {
        indicator: "gdp".into(),
        year: 2021,
        value: Value::Number { value: 5786.19, qualifier: None, decimals: 2 },
        unit: "亿元".into(),
        scope: "全市".into(),
        period: Period::FullYear,
        as_of: String::new(),
        source: Source {
            title: "2021年台州市国民经济和社会发展统计公报".into(),
            url: "http://tjj.zjtz.gov.cn/art/2022/3/1/art_1.html".into(),
            publisher: "台州市统计局".into(),
            published: "2022-03-01".into(),
        },
        confidence: Confidence::High,
        note: String::new(),
        line: 2,
        edition: 2,
        withdrawn: None,
    }
}

const ADDRESS: &str = "https://www.zjtz.gov.cn/plan/?indicator=gdp&edition=2";

fn cite(lang: Lang, view: &str, with_figure: bool) -> taizhou_plan::i18n::Citation {
    let (e, f) = (edition(), figure());
    citation(
        lang,
        &CiteInput {
            view_title: view,
            edition: &e,
            address: ADDRESS,
            accessed: "2026-12-06",
            figure: with_figure.then_some(&f),
        },
    )
}

#[test]
fn gb_t_7714_2025() {
    assert_eq!(
        cite(Lang::Zh, "完成情况总览", false).gbt,
        "台州市制造业高质量发展行动计划（2020—2025年）目标与公开数据：完成情况总览[DS/OL]. 第2版. (2026-11-27)[2026-12-06]. https://www.zjtz.gov.cn/plan/?indicator=gdp&edition=2."
    );
    assert_eq!(
        cite(Lang::En, "GDP", true).gbt,
        "Targets and published figures of the Taizhou Action Plan for High-Quality Development of Manufacturing (2020–2025): GDP[DS/OL]. Edition 2. (2026-11-27)[2026-12-06]. https://www.zjtz.gov.cn/plan/?indicator=gdp&edition=2. Original source of the figure: 台州市统计局. 2021年台州市国民经济和社会发展统计公报[EB/OL]. (2022-03-01)[2026-12-06]. http://tjj.zjtz.gov.cn/art/2022/3/1/art_1.html."
    );
    assert_eq!(
        cite(Lang::Zh, "全市生产总值", true).gbt,
        "台州市制造业高质量发展行动计划（2020—2025年）目标与公开数据：全市生产总值[DS/OL]. 第2版. (2026-11-27)[2026-12-06]. https://www.zjtz.gov.cn/plan/?indicator=gdp&edition=2. 数据原始出处：台州市统计局. 2021年台州市国民经济和社会发展统计公报[EB/OL]. (2022-03-01)[2026-12-06]. http://tjj.zjtz.gov.cn/art/2022/3/1/art_1.html."
    );
}

#[test]
fn apa_7() {
    assert_eq!(
        cite(Lang::En, "Overview", false).apa,
        "Targets and published figures of the Taizhou Action Plan for High-Quality Development of Manufacturing (2020–2025): Overview (Edition 2) [Data set]. (2026, November 27). Retrieved December 6, 2026, from https://www.zjtz.gov.cn/plan/?indicator=gdp&edition=2"
    );
    assert_eq!(
        cite(Lang::Zh, "全市生产总值", true).apa,
        "台州市制造业高质量发展行动计划（2020—2025年）目标与公开数据：全市生产总值（第2版）[数据集]. (2026年11月27日). 2026年12月6日检索，取自 https://www.zjtz.gov.cn/plan/?indicator=gdp&edition=2（数据原始出处：台州市统计局. (2022年3月1日). 2021年台州市国民经济和社会发展统计公报. http://tjj.zjtz.gov.cn/art/2022/3/1/art_1.html）"
    );
}

#[test]
fn bibtex() {
    assert_eq!(
        cite(Lang::En, "GDP", true).bibtex,
        "@misc{taizhou_plan_ed2,\n  title = {{Targets and published figures of the Taizhou Action Plan for High-Quality Development of Manufacturing (2020–2025): GDP}},\n  year = {2026},\n  month = nov,\n  version = {2},\n  url = {https://www.zjtz.gov.cn/plan/?indicator=gdp&edition=2},\n  urldate = {2026-12-06},\n  note = {Edition 2 of 2026-11-27; original source of the figure: 台州市统计局, http://tjj.zjtz.gov.cn/art/2022/3/1/art\\_1.html},\n  language = {english}\n}"
    );
    assert_eq!(
        cite(Lang::Zh, "完成情况总览", false).bibtex,
        "@misc{taizhou_plan_ed2,\n  title = {{台州市制造业高质量发展行动计划（2020—2025年）目标与公开数据：完成情况总览}},\n  year = {2026},\n  month = nov,\n  version = {2},\n  url = {https://www.zjtz.gov.cn/plan/?indicator=gdp&edition=2},\n  urldate = {2026-12-06},\n  note = {第2版，2026-11-27},\n  language = {chinese}\n}"
    );
}
