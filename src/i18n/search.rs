//! The search's words: its field, its result groups and counts.

use super::Lang;
use crate::model::search::Kind;

/// The search's fixed strings.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SearchText {
    /// The results view's name and heading.
    Heading,
    /// The field's label (visually hidden) and its placeholder.
    Label,
    Placeholder,
    Button,
    Hint,
    Loading,
    FoundWith,
    ContextFigure,
}

pub fn st(lang: Lang, key: SearchText) -> &'static str {
    use SearchText::*;
    match key {
        Heading => lang.pick("搜索", "Search"),
        Label => {
            lang.pick("搜索目标、产业、园区、县（市、区）与企业", "Search targets, clusters, parks, counties and firms")
        }
        Placeholder => lang.pick("汉字、拼音或英文，如 医药、yiyao、yy", "Chinese, pinyin or English, e.g. pharma"),
        Button => lang.pick("搜索", "Search"),
        Hint => lang.pick(
            "↑ ↓ 选择，回车打开，Esc 关闭；在页面任意处按 / 可回到搜索框。",
            "↑ ↓ to choose, Enter to open, Esc to close; press / anywhere to come back to the search field.",
        ),
        Loading => lang.pick("正在载入搜索数据…", "Loading the search data…"),
        FoundWith => lang.pick("相关", "related"),
        ContextFigure => lang.pick("背景数据", "context figure"),
    }
}

/// A group of results.
pub fn kind_name(lang: Lang, kind: Kind) -> &'static str {
    match kind {
        Kind::Target => lang.pick("目标", "Targets"),
        Kind::Cluster => lang.pick("产业集群", "Clusters"),
        Kind::Park => lang.pick("园区平台", "Parks"),
        Kind::County => lang.pick("县（市、区）", "Counties"),
        Kind::Firm => lang.pick("企业", "Firms"),
        Kind::Indicator => lang.pick("背景指标", "Context indicators"),
    }
}

/// How many results the words found (announced to screen readers).
pub fn search_count(lang: Lang, query: &str, n: usize) -> String {
    match (lang, n) {
        (Lang::Zh, 0) => format!("没有找到与“{query}”相符的内容。可试试汉字、全拼或拼音首字母。"),
        (Lang::Zh, n) => format!("“{query}”：找到 {n} 项"),
        (Lang::En, 0) => format!("Nothing matches “{query}”. Try Chinese, pinyin or its initials."),
        (Lang::En, 1) => format!("“{query}”: 1 result"),
        (Lang::En, n) => format!("“{query}”: {n} results"),
    }
}
