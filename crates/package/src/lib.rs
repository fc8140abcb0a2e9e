//! The data as a package that open-data portals harvest: a Frictionless
//! Tabular Data Package (`datapackage.json`) describing every published CSV
//! with its fields' types, constraints and units, the licence, the sources
//! and the edition as its version; a short `README.txt` with the status
//! method; one zip of everything, named with its edition; and the
//! schema.org `Dataset` block (JSON-LD) that the page carries in its head.
//!
//! A crate of its own, used by the build script only: the page never
//! links it. Written from the validated dataset, so that the package
//! describes exactly the files beside it.

use serde_json::{json, Value};
use taizhou_model as model;

/// The package's name (lowercase, `-`), the zip's stem.
pub const NAME: &str = "taizhou-manufacturing-plan";

/// The licence of the compiled data: each figure stays its publisher's,
/// credited in its row.
const LICENCE: (&str, &str, &str) =
    ("CC-BY-4.0", "Creative Commons Attribution 4.0", "https://creativecommons.org/licenses/by/4.0/");

const TITLE_ZH: &str = "台州市制造业高质量发展行动计划（2020—2025年）目标与公开数据";
const TITLE_EN: &str =
    "Targets and published figures of the Taizhou Action Plan for High-Quality Development of Manufacturing (2020–2025)";

/// The zip's file name for this edition.
pub fn zip_name(edition: u16) -> String {
    format!("{NAME}-data-edition-{edition}.zip")
}

fn field(name: &str, kind: &str, description: &str) -> Value {
    json!({ "name": name, "type": kind, "description": description })
}

fn with(mut f: Value, constraints: Value) -> Value {
    f["constraints"] = constraints;
    f
}

fn required(f: Value) -> Value {
    with(f, json!({ "required": true }))
}

fn codes(f: Value, values: &[&str]) -> Value {
    with(f, json!({ "enum": values }))
}

const DATE_PATTERN: &str = "[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?";
const CONFIDENCE: [&str; 3] = ["high", "medium", "low"];

/// A row's edition: a key into editions.csv.
fn edition_field() -> Value {
    with(
        field("edition", "integer", "The edition that added the row or last changed it (editions.csv)"),
        json!({ "required": true, "minimum": 1 }),
    )
}

fn source_fields() -> Vec<Value> {
    vec![
        required(field("source_title", "string", "Title of the page or document that published the figure")),
        required(with(
            field("source_url", "string", "Address of that page or document"),
            json!({ "required": true, "pattern": "https?://.+" }),
        )),
        required(field("publisher", "string", "Who published it (a statistics bureau, a newspaper …)")),
        with(
            field("published_date", "string", "When it was published: YYYY, YYYY-MM or YYYY-MM-DD; empty when unknown"),
            json!({ "pattern": DATE_PATTERN }),
        ),
        codes(field("confidence", "string", "How far the number can be relied on: high, medium or low"), &CONFIDENCE),
    ]
}

fn figures_schema() -> Value {
    let mut fields = vec![
        required(field("indicator_id", "string", "The target (targets.csv id) or context indicator measured")),
        with(
            field("year", "integer", "The year the figure is for"),
            json!({ "required": true, "minimum": 2010, "maximum": model::PLAN_END }),
        ),
        with(
            field("value", "string", "A number (its unit in unit), 全覆盖 (full coverage), or for milestones 已完成 (done) / 未完成 (not done)"),
            json!({ "required": true, "pattern": "-?[0-9]+(\\.[0-9]+)?|全覆盖|已完成|未完成" }),
        ),
        codes(
            field("qualifier", "string", "How the source qualifies its number: 超 (over), > (more than), 近 (nearly), 约 (about)"),
            &["超", ">", "近", "约"],
        ),
        field("unit", "string", "The unit of value, as the plan writes it (亿元, %, 家 …)"),
        with(
            field("scope", "string", "Statistical scope: 全市 (the whole city), or 全市 and what is counted (全市 规上)"),
            json!({ "required": true, "pattern": "全市( .+)?" }),
        ),
        required(field("period", "string", "全年 (whole year), 年末 (year end), 报道时点 (as reported) or a part of a year (1-3季度)")),
    ];
    fields.extend(source_fields());
    fields.extend([
        field("as_of", "string", "The date the figure refers to, where the source gives one"),
        field("note", "string", "The maintainers' note"),
        edition_field(),
        with(
            field("withdrawn_in", "integer", "The edition that replaced or removed the row; empty while it stands"),
            json!({ "minimum": 2 }),
        ),
    ]);
    json!({
        "fields": fields,
        "missingValues": [""],
        "foreignKeys": [
            { "fields": "edition", "reference": { "resource": "editions", "fields": "edition" } },
            { "fields": "withdrawn_in", "reference": { "resource": "editions", "fields": "edition" } }
        ]
    })
}

fn targets_schema() -> Value {
    let status: Vec<&str> = ["achieved", "on_track", "behind", "missed", "unclear", "no_data"].to_vec();
    json!({
        "fields": [
            required(with(field("id", "string", "The target's id"), json!({ "required": true, "unique": true }))),
            required(field("dimension", "string", "The dimension of 主要目标 (规模质量 …), else the section of the plan")),
            required(field("name_zh", "string", "The target's name in Chinese")),
            required(field("name_en", "string", "The target's name in English")),
            codes(field("kind", "string", "What the plan's wording commits to"), &model::TargetKind::CODES),
            field("unit", "string", "The plan's unit; empty for milestones"),
            field("target_value", "number", "The number to reach, in unit"),
            field("target_value_max", "number", "The upper end, for a range or a band (左右)"),
            with(field("target_year", "integer", "The year the target is for"), json!({ "required": true })),
            field("baseline_value", "string", "The latest published figure before the plan period"),
            field("baseline_year", "integer", "Its year"),
            field("latest_value", "string", "The latest published figure within the plan period"),
            field("latest_year", "integer", "Its year"),
            codes(field("status", "string", "The status by the method of README.txt"), &status),
            required(field("plan_quote", "string", "The plan's sentence that sets the target")),
        ],
        "primaryKey": "id",
        "missingValues": [""]
    })
}

fn editions_schema() -> Value {
    json!({
        "fields": [
            with(field("edition", "integer", "The edition's number: 1, 2, 3 … in order"), json!({ "required": true, "unique": true, "minimum": 1 })),
            required(field("date", "date", "The day the edition was published")),
            required(field("summary_zh", "string", "What it changed, in Chinese")),
            required(field("summary_en", "string", "What it changed, in English")),
            field("next_update_zh", "string", "When the next update is expected, in Chinese"),
            field("next_update_en", "string", "When the next update is expected, in English"),
        ],
        "primaryKey": "edition",
        "missingValues": [""]
    })
}

fn place_figures_schema() -> Value {
    let mut fields = vec![
        codes(
            field("place_kind", "string", "county (a county, county-level city or district) or park"),
            &["county", "park"],
        ),
        required(field("place_id", "string", "The county's or park's id")),
        required(field("metric_zh", "string", "What is measured, in Chinese")),
        required(field("metric_en", "string", "What is measured, in English")),
        with(field("year", "integer", "The year the figure is for"), json!({ "required": true })),
        with(field("value", "number", "The number, in unit"), json!({ "required": true })),
        codes(
            field("qualifier", "string", "超 / 突破 (over), > / 以上 (more than), 近 (nearly), 约 (about)"),
            &["超", "突破", ">", "＞", "以上", "近", "约"],
        ),
        required(field("unit", "string", "The unit of value")),
        required(field("period", "string", "全年, 年末, 报道时点 or a part of a year")),
    ];
    fields.extend(source_fields());
    fields.extend([
        field("note", "string", "The maintainers' note"),
        field("cluster", "string", "The cluster an output figure is of, where it is one"),
        edition_field(),
    ]);
    json!({
        "fields": fields,
        "missingValues": [""],
        "foreignKeys": [{ "fields": "edition", "reference": { "resource": "editions", "fields": "edition" } }]
    })
}

fn resource(name: &str, title: &str, description: &str, schema: Value) -> Value {
    json!({
        "name": name,
        "path": format!("{name}.csv"),
        "title": title,
        "description": description,
        "profile": "tabular-data-resource",
        "format": "csv",
        "mediatype": "text/csv",
        // Excel opens the Chinese text correctly with a byte-order mark.
        "encoding": "utf-8-sig",
        "schema": schema
    })
}

/// The fields in the order of the file's header, which must name exactly
/// these: a column without a description, or a description without its
/// column, stops the build.
fn in_order(file: &str, mut schema: Value, header: &str) -> Result<Value, String> {
    let columns: Vec<&str> = header.trim_start_matches('\u{feff}').split(',').collect();
    let fields = schema["fields"].as_array_mut().expect("a schema has fields");
    let mut names: Vec<String> = fields.iter().map(|f| f["name"].as_str().unwrap_or_default().to_string()).collect();
    let mut wanted: Vec<String> = columns.iter().map(|c| c.to_string()).collect();
    names.sort();
    wanted.sort();
    if names != wanted {
        return Err(format!("{file}: the columns {columns:?} and the fields described {names:?} differ"));
    }
    fields.sort_by_key(|f| columns.iter().position(|c| f["name"] == *c));
    Ok(schema)
}

/// `datapackage.json`; `place_header` is the header of `place_figures.csv`.
pub fn datapackage(data: &model::Dataset, place_header: &str) -> Result<String, String> {
    use model::export::{EDITIONS_HEADER, SEED_FIGURES_HEADER, TARGETS_HEADER};
    let targets = in_order("targets.csv", targets_schema(), TARGETS_HEADER)?;
    let figures = in_order("figures.csv", figures_schema(), SEED_FIGURES_HEADER)?;
    let places = in_order("place_figures.csv", place_figures_schema(), place_header)?;
    let editions = in_order("editions.csv", editions_schema(), EDITIONS_HEADER)?;
    let edition = data.edition().expect("the seeds have an edition");
    let mut sources: Vec<(String, String)> = Vec::new();
    for f in data.figures.iter().chain(&data.withdrawn) {
        let s = (format!("{} — {}", f.source.publisher, f.source.title), f.source.url.clone());
        if !sources.contains(&s) {
            sources.push(s);
        }
    }
    let package = json!({
        "profile": "tabular-data-package",
        "name": NAME,
        "title": format!("{TITLE_ZH} / {TITLE_EN}"),
        "description": "The 44 targets of 《台州市制造业高质量发展行动计划（2020—2025年）》 (台政办发〔2019〕58号) and the figures published since, each with its source and confidence; targets without a published figure say so. See README.txt for the status method.",
        "version": edition.number.to_string(),
        "created": format!("{}T00:00:00Z", edition.date),
        "keywords": ["台州", "Taizhou", "制造业", "manufacturing", "规划目标", "plan targets", "统计数据", "statistics"],
        "licenses": [{ "name": LICENCE.0, "title": LICENCE.1, "path": LICENCE.2 }],
        "sources": sources.iter().map(|(title, path)| json!({ "title": title, "path": path })).collect::<Vec<_>>(),
        "resources": [
            resource("targets", "规划目标 / Targets", "Every target of the plan, with its baseline, latest figure and status in this edition", targets),
            resource("figures", "公开数据 / Published figures", "Every city-wide figure, with its source; rows withdrawn by a later edition are kept (withdrawn_in) so that any edition can be rebuilt", figures),
            resource("place_figures", "县（市、区）与园区数据 / County and park figures", "Figures published for one county or one park: context, never progress towards a city-wide target", places),
            resource("editions", "版次 / Editions", "Every update of the data, numbered and dated", editions),
        ]
    });
    Ok(serde_json::to_string_pretty(&package).expect("a package always serialises"))
}

/// `README.txt`: what the files are and how a status is judged.
pub fn readme(data: &model::Dataset, zip: &str) -> String {
    let e = data.edition().expect("the seeds have an edition");
    format!(
        "{TITLE_ZH}\r\n{TITLE_EN}\r\n\r\n\
         数据第 {n} 版，更新于 {date}。Edition {n}, updated {date}.\r\n\r\n\
         文件 Files\r\n\
         - targets.csv        规划的每项目标及本版的基数、最新数据和完成情况 / every target, its baseline, latest figure and status\r\n\
         - figures.csv        全市公开数据，逐条注明出处与可信度 / city-wide published figures, each with its source and confidence\r\n\
         - place_figures.csv  县（市、区）与园区的数据（仅作背景） / county and park figures (context only)\r\n\
         - editions.csv       各版次 / the editions\r\n\
         - datapackage.json   字段、类型、约束与许可（Frictionless Data Package） / fields, types, constraints and licence\r\n\
         - {zip}  以上全部 / all of the above\r\n\r\n\
         完成情况的判断方法 How a status is judged\r\n\
         只有口径与目标一致（全市、相同统计口径）、覆盖全年或年末的数据才算进度；部分年份的数据只作背景。\r\n\
         Only figures of the target's own scope for a whole year (or year end) count as progress; parts of years are context.\r\n\
         - 已达成 / achieved: 规划期内最新数据达到目标（以上、左右取下沿、力争同以上）；早于目标年份为提前实现。\r\n\
         \x20 the latest figure of the plan period reaches the goal (a 左右 band at its lower edge); before the target year it is achieved early.\r\n\
         - 基本符合预期 / on track: 不低于从基数到目标的应达路径在该年的要求（金额按复合增长，其他按线性）。\r\n\
         \x20 at or above the required path from the baseline to the goal in that year (compound for amounts of money, linear otherwise).\r\n\
         - 滞后 / behind: 低于应达路径，或里程碑尚未完成。 below the required path, or a milestone not yet done.\r\n\
         - 未达成 / missed: 目标年份的数据未达到目标（最终结论）。 the target year's figure misses the goal (final).\r\n\
         - 无法判断 / unclear: 只有一个数据，没有基数可比。 one figure and no baseline to judge a path.\r\n\
         - 无数据 / no_data: 规划期内未找到公开数据；从不估算或插值。 no figure for the plan period was found; nothing is estimated or interpolated.\r\n\
         来源相互矛盾的数据都保留，并标为冲突。Figures of sources that disagree are all kept and marked as a conflict.\r\n\r\n\
         版次 Editions\r\n\
         每次更新为一版；figures.csv 的 edition 列为加入或最后修改该行的版次，withdrawn_in 为撤下或替换它的版次，据此可还原任一版的数据。\r\n\
         Each update is an edition; edition says which one added or last changed a row, withdrawn_in which one replaced or removed it, so any edition can be rebuilt.\r\n\r\n\
         许可 Licence: {} ({}). 每个数字的版权归其发布者，引用时请注明出处（source_title、publisher、source_url）。\r\n\
         Each number remains its publisher's; credit the source given in its row.\r\n",
        LICENCE.0,
        LICENCE.2,
        n = e.number,
        date = e.date,
    )
}

/// The schema.org `Dataset` block, with addresses relative to the page.
pub fn json_ld(data: &model::Dataset, zip: &str) -> String {
    let e = data.edition().expect("the seeds have an edition");
    let years = data.figures.iter().map(|f| f.year);
    let (first, last) = (years.clone().min().unwrap_or(model::BASE_YEAR), years.max().unwrap_or(model::PLAN_END));
    let csv = |name: &str, title: &str| json!({ "@type": "DataDownload", "name": title, "encodingFormat": "text/csv", "contentUrl": format!("data/{name}.csv") });
    let block = json!({
        "@context": "https://schema.org",
        "@type": "Dataset",
        "name": [{ "@language": "zh-CN", "@value": TITLE_ZH }, { "@language": "en", "@value": TITLE_EN }],
        "description": [
            { "@language": "zh-CN", "@value": "《台州市制造业高质量发展行动计划（2020—2025年）》的 44 项目标与此后公开发布的数据，逐条注明出处与可信度；未找到公开数据的目标如实标出。" },
            { "@language": "en", "@value": "The 44 targets of Taizhou's manufacturing plan 2020–2025 and the figures published since, each with its source and confidence; targets without a published figure are shown as such." }
        ],
        "url": "./",
        "version": e.number.to_string(),
        "dateModified": e.date,
        "inLanguage": ["zh-CN", "en"],
        "isAccessibleForFree": true,
        "license": LICENCE.2,
        "keywords": ["台州", "Taizhou", "制造业", "manufacturing", "规划目标", "plan targets"],
        "temporalCoverage": format!("{first}/{last}"),
        "spatialCoverage": {
            "@type": "Place",
            "name": [{ "@language": "zh-CN", "@value": "浙江省台州市" }, { "@language": "en", "@value": "Taizhou, Zhejiang, China" }],
            "geo": { "@type": "GeoShape", "box": "27.9 120.2 29.3 122.1" }
        },
        "distribution": [
            csv("targets", "targets.csv"),
            csv("figures", "figures.csv"),
            csv("place_figures", "place_figures.csv"),
            csv("editions", "editions.csv"),
            { "@type": "DataDownload", "name": zip, "encodingFormat": "application/zip", "contentUrl": format!("data/{zip}") },
            { "@type": "DataDownload", "name": "datapackage.json", "encodingFormat": "application/json", "contentUrl": "data/datapackage.json" }
        ]
    });
    // Inside <script>: no "</" can end the block early.
    serde_json::to_string(&block).expect("a block always serialises").replace("</", "<\\/")
}

/// One zip of the files, each dated with the edition (so that the same
/// edition always gives the same bytes).
pub fn zip(files: &[(&str, &[u8])], date: &str) -> Result<Vec<u8>, String> {
    use std::io::Write;
    let part = |i: usize| date.split('-').nth(i).and_then(|p| p.parse::<u16>().ok()).unwrap_or(1);
    let when = zip::DateTime::from_date_and_time(part(0), part(1) as u8, part(2) as u8, 0, 0, 0)
        .map_err(|e| format!("edition date {date}: {e}"))?;
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .last_modified_time(when);
    let mut out = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for (name, bytes) in files {
        out.start_file(*name, options).map_err(|e| e.to_string())?;
        out.write_all(bytes).map_err(|e| e.to_string())?;
    }
    out.finish().map(|c| c.into_inner()).map_err(|e| e.to_string())
}
