//! Search over everything the page names: targets, context indicators,
//! clusters, parks, counties and firms, by Chinese (any substring), pinyin
//! without tones (full, or initials: 医药 ← "yiyao", "yy") and English.
//!
//! The pinyin of every Chinese name is worked out at build time (`build.rs`,
//! with the `pinyin` crate) and shipped in the explore bundle as
//! [`PinyinKeys`], so the page carries no pinyin tables. Matching and
//! ranking are pure and tested on the host.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::atlas::Atlas;
use crate::Dataset;

/// A Chinese name's pinyin: every syllable without tone, run together
/// (`yiyaojiankang`), and their first letters (`yyjk`).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Pinyin {
    pub full: String,
    pub initials: String,
}

/// Pinyin by Chinese name, for every name the index holds.
pub type PinyinKeys = BTreeMap<String, Pinyin>;

/// Every Chinese name that the index searches (the build works out their pinyin).
pub fn names(data: &Dataset, atlas: &Atlas) -> Vec<String> {
    let mut out: Vec<String> = data.targets.iter().map(|t| t.name_zh.clone()).collect();
    out.extend(data.indicators.iter().map(|i| i.name_zh.clone()));
    out.extend(atlas.clusters.iter().map(|c| c.name_zh.clone()));
    out.extend(atlas.parks.iter().map(|p| p.name_zh.clone()));
    out.extend(atlas.counties.iter().map(|c| c.name_zh.clone()));
    out.extend(atlas.enterprises.iter().map(|e| e.name_zh.clone()));
    out.sort();
    out.dedup();
    out
}

/// The pinyin of `name`, given each character's (`None` for characters that
/// are not Chinese: letters and digits are kept, lower-cased; the rest dropped).
pub fn pinyin_of(name: &str, syllable: impl Fn(char) -> Option<&'static str>) -> Pinyin {
    let mut key = Pinyin::default();
    for c in name.chars() {
        match syllable(c) {
            Some(s) => {
                key.full.push_str(s);
                key.initials.extend(s.chars().next());
            }
            None if c.is_ascii_alphanumeric() => {
                let c = c.to_ascii_lowercase();
                key.full.push(c);
                key.initials.push(c);
            }
            None => {}
        }
    }
    key
}

/// What a result is, in the order results are grouped.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Kind {
    Cluster,
    County,
    Park,
    Target,
    Firm,
    Indicator,
}

impl Kind {
    pub const ALL: [Kind; 6] = [Kind::Cluster, Kind::County, Kind::Park, Kind::Target, Kind::Firm, Kind::Indicator];
}

/// One searchable thing. `id` is the target's, cluster's, park's or county's
/// id; a firm's cluster; a context indicator's id.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    pub kind: Kind,
    pub id: String,
    pub name_zh: String,
    pub name_en: String,
    /// Lower-cased English name, for matching.
    en: String,
    pinyin: Pinyin,
    /// A cluster's parks, counties, firms and the targets that concern it
    /// (entry indices): found with it.
    related: Vec<usize>,
}

/// A match: the entry and how good it is (lower is better; [`RELATED`] for
/// what is found through a matching cluster).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    pub entry: usize,
    pub rank: u8,
}

/// The rank of a cluster's parks, counties, firms and targets found with it.
pub const RELATED: u8 = 4;

/// The longest query looked at; a pasted page is cut, not searched.
pub const MAX_QUERY: usize = 64;

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Index {
    pub entries: Vec<Entry>,
}

impl Index {
    pub fn build(data: &Dataset, atlas: &Atlas, keys: &PinyinKeys) -> Index {
        let mut entries = Vec::new();
        let mut add = |kind: Kind, id: &str, zh: &str, en: &str| {
            entries.push(Entry {
                kind,
                id: id.to_string(),
                name_zh: zh.to_string(),
                name_en: en.to_string(),
                en: en.to_ascii_lowercase(),
                pinyin: keys.get(zh).cloned().unwrap_or_default(),
                related: vec![],
            })
        };
        for t in &data.targets {
            add(Kind::Target, &t.id, &t.name_zh, &t.name_en);
        }
        for c in &atlas.clusters {
            add(Kind::Cluster, &c.id, &c.name_zh, &c.name_en);
        }
        for p in &atlas.parks {
            add(Kind::Park, &p.id, &p.name_zh, &p.name_en);
        }
        for c in &atlas.counties {
            add(Kind::County, &c.id, &c.name_zh, &c.name_en);
        }
        // A firm named by several sources is one result.
        let mut firms: Vec<(&str, &str)> =
            atlas.enterprises.iter().map(|e| (e.cluster.as_str(), e.name_zh.as_str())).collect();
        firms.sort();
        firms.dedup();
        for (cluster, name) in firms {
            add(Kind::Firm, cluster, name, "");
        }
        // Context indicators: those that are not a target's own.
        for i in data.indicators.iter().filter(|i| !data.targets.iter().any(|t| t.id == i.id)) {
            add(Kind::Indicator, &i.id, &i.name_zh, &i.name_en);
        }
        let find = |entries: &[Entry], kind: Kind, id: &str| entries.iter().position(|e| e.kind == kind && e.id == id);
        for c in &atlas.clusters {
            let Some(at) = find(&entries, Kind::Cluster, &c.id) else { continue };
            // The target its output counts towards, and those whose sentence names it.
            let output_target = c
                .output_indicator
                .as_deref()
                .and_then(|i| data.indicators.iter().find(|x| x.id == i))
                .and_then(|i| i.related_target.as_deref());
            let mut related: Vec<usize> =
                atlas.parks_of_cluster(&c.id).iter().filter_map(|p| find(&entries, Kind::Park, &p.id)).collect();
            related.extend(atlas.counties_of_cluster(&c.id).iter().filter_map(|k| find(&entries, Kind::County, &k.id)));
            related.extend(
                entries.iter().enumerate().filter(|(_, e)| e.kind == Kind::Firm && e.id == c.id).map(|(i, _)| i),
            );
            related.extend(
                data.targets
                    .iter()
                    .filter(|t| Some(t.id.as_str()) == output_target || t.quote.contains(&c.name_zh))
                    .filter_map(|t| find(&entries, Kind::Target, &t.id)),
            );
            entries[at].related = related;
        }
        Index { entries }
    }

    /// The entries matching `query`, best first: an exact name, then a name
    /// that starts with the query, then one with a word that does, then any
    /// other substring; within a rank, by kind, then shorter names first.
    pub fn search(&self, query: &str) -> Vec<Hit> {
        let q = normalise(query);
        if q.is_empty() {
            return vec![];
        }
        let hanzi = !q.is_ascii();
        let mut hits: Vec<Hit> = self
            .entries
            .iter()
            .enumerate()
            .filter_map(|(i, e)| {
                let rank = if hanzi { rank_in(&e.name_zh, &q) } else { rank_ascii(e, &q) }?;
                Some(Hit { entry: i, rank })
            })
            .collect();
        let found: Vec<usize> = hits.iter().map(|h| h.entry).collect();
        let with: Vec<usize> = hits
            .iter()
            .flat_map(|h| self.entries[h.entry].related.iter().copied())
            .filter(|i| !found.contains(i))
            .collect();
        for i in with {
            if !hits.iter().any(|h| h.entry == i) {
                hits.push(Hit { entry: i, rank: RELATED });
            }
        }
        hits.sort_by_key(|h| {
            let e = &self.entries[h.entry];
            (h.rank, e.kind, e.name_zh.chars().count(), h.entry)
        });
        hits
    }
}

/// Lower case, no spaces or apostrophes (`Yi Yao`, `xi'an`), `ü` as `v`,
/// cut at [`MAX_QUERY`] characters. ASCII case only: the names are Chinese
/// or English, and Unicode's case tables would cost the page ~10 KB.
pub fn normalise(query: &str) -> String {
    query
        .chars()
        .take(MAX_QUERY)
        .filter(|c| !c.is_whitespace() && !matches!(c, '\'' | '’' | '·' | '-'))
        .map(|c| match c {
            'ü' | 'Ü' => 'v',
            c => c.to_ascii_lowercase(),
        })
        .collect()
}

/// 0 exact, 1 prefix, 3 substring (2 is a word's prefix, in English).
fn rank_in(text: &str, q: &str) -> Option<u8> {
    if text == q {
        Some(0)
    } else if text.starts_with(q) {
        Some(1)
    } else if text.contains(q) {
        Some(3)
    } else {
        None
    }
}

fn rank_ascii(e: &Entry, q: &str) -> Option<u8> {
    let pinyin =
        [&e.pinyin.full, &e.pinyin.initials].into_iter().filter(|s| !s.is_empty()).filter_map(|s| rank_in(s, q));
    let english = (!e.en.is_empty()).then(|| {
        let squashed: String = e.en.chars().filter(|c| !c.is_whitespace() && !matches!(c, '\'' | '’' | '-')).collect();
        let word = e.en.split(|c: char| !c.is_ascii_alphanumeric()).any(|w| w.starts_with(q));
        [rank_in(&squashed, q), word.then_some(2)].into_iter().flatten().min()
    });
    pinyin.chain(english.flatten()).min()
}
