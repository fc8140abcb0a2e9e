//! The plan document: the original conversion as shipped, and a readable text
//! derived from it.
//!
//! The seed is a conversion of a printed document, so some paragraphs are cut
//! by page breaks in the middle of a word (优化升 / 级全覆盖). [`PlanText`]
//! joins those cuts and nothing else: removing all white space from the
//! readable text and from the original gives the same characters. Target
//! phrases are matched against the readable text.

use crate::IndicatorId;

/// A block of the readable plan, in document order.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub enum Block {
    /// A markdown heading of the conversion (`#` count as level).
    Heading {
        level: u8,
        text: String,
    },
    Paragraph(String),
    /// A horizontal rule of the conversion (`---`).
    Rule,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PlanText {
    pub blocks: Vec<Block>,
}

/// Characters that end a paragraph on purpose; a line ending otherwise was
/// cut by a page break.
const PARAGRAPH_ENDS: &[char] = &['。', '！', '？', '：', ':', '；', ')', '）'];

/// Lines shorter than this are letterhead, signatures and dates, which stand
/// alone on purpose even without closing punctuation.
const MIN_BODY_CHARS: usize = 20;

impl PlanText {
    pub fn from_original(original: &str) -> PlanText {
        let mut blocks: Vec<Block> = Vec::new();
        // Whether the last paragraph was cut by a page break and continues.
        let mut open = false;
        for raw in original.lines() {
            let line = raw.trim_end();
            if line.trim().is_empty() {
                continue;
            }
            let hashes = line.chars().take_while(|&c| c == '#').count();
            if hashes > 0 && line[hashes..].starts_with(' ') {
                blocks.push(Block::Heading { level: hashes as u8, text: line[hashes..].trim().to_string() });
                open = false;
                continue;
            }
            if line.trim() == "---" {
                blocks.push(Block::Rule);
                open = false;
                continue;
            }
            match blocks.last_mut() {
                Some(Block::Paragraph(p)) if open => p.push_str(line.trim_start()),
                _ => blocks.push(Block::Paragraph(line.to_string())),
            }
            let Some(Block::Paragraph(p)) = blocks.last() else { unreachable!("a paragraph was just pushed") };
            let last = p.trim_end().chars().last().unwrap_or('。');
            open = p.chars().count() >= MIN_BODY_CHARS && !PARAGRAPH_ENDS.contains(&last);
        }
        PlanText { blocks }
    }

    /// Reads back what [`PlanText::to_text`] wrote (the `data/plan.txt`
    /// the page fetches for the plan view).
    pub fn from_readable(text: &str) -> PlanText {
        let blocks = text
            .split("\n\n")
            .map(str::trim)
            .filter(|b| !b.is_empty())
            .map(|b| {
                let hashes = b.chars().take_while(|&c| c == '#').count();
                if b == "---" {
                    Block::Rule
                } else if hashes > 0 && b[hashes..].starts_with(' ') {
                    Block::Heading { level: hashes as u8, text: b[hashes..].trim().to_string() }
                } else {
                    Block::Paragraph(b.to_string())
                }
            })
            .collect();
        PlanText { blocks }
    }

    /// The readable text: blocks separated by blank lines, headings with
    /// their `#` marks kept, as in the original conversion.
    pub fn to_text(&self) -> String {
        let mut out = String::new();
        for b in &self.blocks {
            if !out.is_empty() {
                out.push_str("\n\n");
            }
            match b {
                Block::Heading { level, text } => {
                    out.push_str(&"#".repeat(*level as usize));
                    out.push(' ');
                    out.push_str(text);
                }
                Block::Paragraph(p) => out.push_str(p),
                Block::Rule => out.push_str("---"),
            }
        }
        out.push('\n');
        out
    }

    /// The sentence of a paragraph that contains `phrase` (cut at 。 or ；),
    /// or the heading that contains it.
    pub fn sentence_with(&self, phrase: &str) -> Option<String> {
        for b in &self.blocks {
            let text = match b {
                Block::Paragraph(p) => p.as_str(),
                Block::Heading { text, .. } => text.as_str(),
                Block::Rule => continue,
            };
            if let Some(at) = text.find(phrase) {
                let is_end = |c: char| c == '。' || c == '；';
                let start = text[..at].rfind(is_end).map(|i| i + '。'.len_utf8()).unwrap_or(0);
                let after = at + phrase.len();
                let end = text[after..].find(is_end).map(|i| after + i + '。'.len_utf8()).unwrap_or(text.len());
                return Some(text[start..end].trim().to_string());
            }
        }
        None
    }

    /// Whether the phrase occurs verbatim within one block.
    pub fn contains(&self, phrase: &str) -> bool {
        !phrase.is_empty()
            && self.blocks.iter().any(|b| match b {
                Block::Paragraph(p) => p.contains(phrase),
                Block::Heading { text, .. } => text.contains(phrase),
                Block::Rule => false,
            })
    }
}

/// A run of a block's text, with the targets whose phrase covers it and
/// the targets whose phrase starts at it (where their anchor goes).
#[derive(Debug, Clone, PartialEq)]
pub struct Piece {
    pub text: String,
    pub covered_by: Vec<IndicatorId>,
    pub anchors: Vec<String>,
}

/// A block cut into pieces at every start and end of a target phrase.
#[derive(Debug, Clone, PartialEq)]
pub struct MarkedBlock {
    pub block: Block,
    pub pieces: Vec<Piece>,
}

impl PlanText {
    /// The plan cut at every target phrase (`(id, phrase)`), each phrase
    /// marked at its first occurrence. Overlapping phrases (two targets in
    /// one sentence) are both kept: a piece lists every target covering it.
    pub fn marked(&self, phrases: &[(&str, &str)]) -> Vec<MarkedBlock> {
        let mut placed: Vec<&str> = Vec::new();
        self.blocks
            .iter()
            .map(|b| {
                let text = match b {
                    Block::Paragraph(p) => p.as_str(),
                    Block::Heading { text, .. } => text.as_str(),
                    Block::Rule => "",
                };
                let mut spans: Vec<(usize, usize, &str)> = Vec::new();
                for &(id, phrase) in phrases {
                    if placed.contains(&id) || phrase.is_empty() {
                        continue;
                    }
                    if let Some(at) = text.find(phrase) {
                        spans.push((at, at + phrase.len(), id));
                        placed.push(id);
                    }
                }
                let mut cuts: Vec<usize> = vec![0, text.len()];
                for &(a, z, _) in &spans {
                    for at in [a, z] {
                        let pos = cuts.partition_point(|&c| c < at);
                        if cuts.get(pos) != Some(&at) {
                            cuts.insert(pos, at);
                        }
                    }
                }
                let pieces = cuts
                    .windows(2)
                    .map(|w| Piece {
                        text: text[w[0]..w[1]].to_string(),
                        covered_by: spans
                            .iter()
                            .filter(|s| s.0 <= w[0] && w[1] <= s.1)
                            .map(|s| IndicatorId::new(s.2.to_string()))
                            .collect(),
                        anchors: spans.iter().filter(|s| s.0 == w[0]).map(|s| s.2.to_string()).collect(),
                    })
                    .collect();
                MarkedBlock { block: b.clone(), pieces }
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ORIGINAL: &str = include_str!("../../../seeds/plan/000_3696c77f61d1c5e1.txt");

    fn squeeze(s: &str) -> String {
        s.chars().filter(|c| !c.is_whitespace() && *c != '#' && *c != '-').collect()
    }

    #[test]
    fn readable_text_keeps_every_character_of_the_original() {
        let plan = PlanText::from_original(ORIGINAL);
        assert_eq!(squeeze(&plan.to_text()), squeeze(ORIGINAL));
    }

    #[test]
    fn page_breaks_inside_words_are_joined() {
        let plan = PlanText::from_original(ORIGINAL);
        for joined in [
            "实现传统产业优化升级全覆盖",
            "国内外细分市场占有率第一的产品达到 300 个以上",
            "推行打造 100 家管理创新标杆示范企业",
            "一是推动主导产业集群发展",
            "可穿戴设备",
            "加快“园区大脑”系统开发",
            "健全涉企收费清单制度，进一步降低制度性交易成本",
        ] {
            assert!(plan.contains(joined), "not joined: {joined}");
        }
    }

    #[test]
    fn the_readable_text_reads_back_to_the_same_blocks() {
        let plan = PlanText::from_original(ORIGINAL);
        assert_eq!(PlanText::from_readable(&plan.to_text()), plan);
    }

    #[test]
    fn letterhead_lines_stay_apart() {
        let plan = PlanText::from_original(ORIGINAL);
        assert!(plan.blocks.contains(&Block::Paragraph("台州市人民政府办公室".into())));
        assert!(plan.blocks.contains(&Block::Paragraph("2019年12月4日".into())));
    }

    #[test]
    fn overlapping_phrases_are_both_marked_and_anchored() {
        let plan = PlanText::from_original(ORIGINAL);
        let phrases = [
            ("integration_index", "“两化”融合发展指数、信息化发展指数分别达到 95 以上"),
            ("informatization_index", "信息化发展指数分别达到 95 以上、120 以上"),
        ];
        let marked = plan.marked(&phrases);
        let pieces: Vec<&Piece> = marked.iter().flat_map(|b| &b.pieces).filter(|p| !p.covered_by.is_empty()).collect();
        let joined: String = pieces.iter().map(|p| p.text.as_str()).collect();
        assert_eq!(joined, "“两化”融合发展指数、信息化发展指数分别达到 95 以上、120 以上");
        assert!(pieces.iter().any(|p| p.covered_by.len() == 2));
        let anchors: Vec<&String> = pieces.iter().flat_map(|p| &p.anchors).collect();
        assert_eq!(anchors, vec!["integration_index", "informatization_index"]);
        // Nothing is lost: the marked text is the plan text.
        let all: String = marked.iter().flat_map(|b| &b.pieces).map(|p| p.text.as_str()).collect();
        let plain: String = plan
            .blocks
            .iter()
            .map(|b| match b {
                Block::Paragraph(p) => p.as_str(),
                Block::Heading { text, .. } => text.as_str(),
                Block::Rule => "",
            })
            .collect();
        assert_eq!(all, plain);
    }

    #[test]
    fn a_sentence_is_cut_at_full_stops_and_semicolons() {
        let plan = PlanText::from_original(ORIGINAL);
        assert_eq!(
            plan.sentence_with("省级“隐形冠军”企业达到 30 家以上").as_deref(),
            Some("省级“隐形冠军”企业达到 30 家以上；")
        );
    }
}
