//! Reads a bulletin, a work report or a press release for the data desk:
//! finds the sentences that name an indicator of the plan (the words of
//! `seeds/aliases.csv`, [`Lexicon`]) and proposes each figure they give, in
//! the indicator's unit, with its qualifier, year, period and scope, and
//! the sentence with the words and the number marked. A proposal is a draft
//! for the maintainer to accept, edit or reject; it is never given a
//! confidence, and where the text does not say the year, the period or the
//! scope, the proposal says so and leaves it empty rather than guess.
//!
//! How a number is read: its subject is the nearest name before it in the
//! sentence; the words between them say what it measures ("增长" a growth
//! rate, "占" a share, "新增" the number added, "比上年增加" a difference,
//! which is not a figure), and the alias's row says which indicator takes
//! that measure. "分别" lists pair the n-th name with the n-th number;
//! tables pasted as text (`|` or tab columns) read the measure and unit
//! from their header. Pure Rust on the model's types; a crate of its own,
//! built for the desk's page and the build only, never for the visitors'.

mod fold;
pub mod html;
pub mod lexicon;
mod number;

pub use fold::{fold, fold_char};
pub use lexicon::{Entry, Lexicon, Measure, ALIASES};
use number::Num;
use taizhou_model::ingest::seeds::{FigureRow, SourceCols};
use taizhou_model::IndicatorId;

/// Whose figures a document gives, from its title.
#[derive(Debug, Clone, PartialEq)]
pub enum Place {
    /// Taizhou's own (台州市 …): 全市 means the city.
    City,
    /// A county-level division's (玉环市 …): its 全市 means that county.
    County(String),
    /// The title names no place.
    Unknown,
}

/// What kind of document, from its title: it tells the year and period
/// its figures have when a sentence does not.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DocKind {
    /// 统计公报: the figures of the title's year, 全年.
    Bulletin,
    /// 政府工作报告: looks back on the year before, and forward.
    WorkReport,
    Other,
}

/// What the title says of every figure in the document.
#[derive(Debug, Clone, PartialEq)]
pub struct Context {
    pub title: String,
    pub kind: DocKind,
    /// The year of the figures, where the title gives it (not for a work report).
    pub year: Option<u16>,
    pub period: Option<String>,
    pub place: Place,
}

impl Context {
    pub fn of_title(title: &str, lex: &Lexicon) -> Context {
        let folded: Vec<char> = title.chars().map(fold_char).collect();
        let text: String = folded.iter().collect();
        let kind = if text.contains("工作报告") {
            DocKind::WorkReport
        } else if text.contains("统计公报") || text.contains("国民经济和社会发展") {
            DocKind::Bulletin
        } else {
            DocKind::Other
        };
        let (_, years) = number::scan(&folded, &folded, &[]);
        let year = years.iter().find(|y| !y.baseline).map(|y| y.year).filter(|_| kind != DocKind::WorkReport);
        let period =
            number::period(&folded).map(|(_, p)| p).or_else(|| (kind == DocKind::Bulletin).then(|| "全年".to_string()));
        let place = match lex.counties.iter().find(|c| text.contains(c.as_str())) {
            Some(c) => Place::County(c.clone()),
            None if text.contains("台州湾") && !text.contains("台州市") => Place::Unknown,
            None if text.contains("台州") => Place::City,
            None => Place::Unknown,
        };
        Context { title: title.trim().to_string(), kind, year, period, place }
    }
}

/// Why a proposal needs the maintainer's eye before it can be accepted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Unsure {
    /// Neither the sentence nor the title gives the year (a work report's
    /// title year is the year after its figures).
    Year,
    /// Neither gives the part of the year.
    Period,
    /// The title names no place.
    Scope,
    /// A county's document: its figures are the county's, not the city's.
    County(String),
    /// A city-wide document whose sentence names a county.
    SentenceCounty(String),
}

/// What a highlighted part of a sentence is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mark {
    Name,
    Number,
}

/// A sentence (or a table row) as the document has it, with the parts the
/// reader used marked (character ranges).
#[derive(Debug, Clone, PartialEq)]
pub struct Quote {
    pub line: usize,
    pub text: String,
    pub marks: Vec<(usize, usize, Mark)>,
}

impl Quote {
    /// The text cut at its marks: (part, mark) in order.
    pub fn parts(&self) -> Vec<(String, Option<Mark>)> {
        let chars: Vec<char> = self.text.chars().collect();
        let mut marks = self.marks.clone();
        marks.sort_by_key(|m| m.0);
        let mut out = Vec::new();
        let mut at = 0;
        for (a, b, kind) in marks {
            if a < at || b > chars.len() {
                continue;
            }
            if a > at {
                out.push((chars[at..a].iter().collect(), None));
            }
            out.push((chars[a..b].iter().collect(), Some(kind)));
            at = b;
        }
        if at < chars.len() {
            out.push((chars[at..].iter().collect(), None));
        }
        out
    }
}

/// One figure the reader proposes.
#[derive(Debug, Clone, PartialEq)]
pub struct Proposal {
    pub indicator: IndicatorId,
    pub measure: Measure,
    /// In the indicator's unit.
    pub value: String,
    pub unit: String,
    /// 超, 突破, 以上, 近 or 约; empty when the text gives none.
    pub qualifier: String,
    /// The number as written, where it was converted ("1.2万亿元").
    pub written: Option<String>,
    pub year: Option<u16>,
    pub period: Option<String>,
    pub scope: Option<String>,
    pub unsure: Vec<Unsure>,
    pub quote: Quote,
}

impl Proposal {
    /// The figures row it would be, sourced from the document: the same
    /// row the desk's form writes, for the same checks.
    pub fn row(&self, source: &SourceCols) -> FigureRow {
        FigureRow {
            indicator_id: self.indicator.to_string(),
            year: self.year.map(|y| y.to_string()).unwrap_or_default(),
            value: self.value.clone(),
            qualifier: self.qualifier.clone(),
            unit: self.unit.clone(),
            scope: self.scope.clone().unwrap_or_default(),
            period: self.period.clone().unwrap_or_default(),
            src: source.clone(),
            ..Default::default()
        }
    }
}

/// Why a sentence that names an indicator gave no proposal.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Why {
    /// No number follows the name.
    NoNumber,
    /// A range ("20-30家") is not one figure.
    Range,
    /// A difference from a baseline ("比上年增加12家"), not the figure.
    Baseline,
    /// A change in percentage points.
    PercentagePoints,
    /// A goal ("力争", "预计"), not a result.
    Goal,
    /// A milestone: done or not is for the maintainer to judge.
    Milestone,
    /// A number in a unit the indicator is not measured in.
    UnitMismatch { found: String, expected: String },
    /// A number of a kind (a growth rate, a share…) no indicator of the plan takes.
    NoIndicatorFor(Measure),
    /// A "分别" list with more names than numbers, or fewer.
    ListMismatch { names: usize, numbers: usize },
}

/// A sentence that names an indicator without a figure to propose.
#[derive(Debug, Clone, PartialEq)]
pub struct Mention {
    pub indicator: IndicatorId,
    pub why: Why,
    pub quote: Quote,
}

/// What the reader found in a document.
#[derive(Debug, Clone, PartialEq)]
pub struct Reading {
    pub context: Context,
    pub proposals: Vec<Proposal>,
    pub mentions: Vec<Mention>,
}

/// What the words before a number say it is.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Kw {
    Level,
    Added,
    Growth {
        down: bool,
    },
    /// 增加, 减少: a growth rate in %, otherwise a difference.
    Change,
    /// 比上年, 同比: a growth rate in %, otherwise a difference.
    Compared,
    /// 从, 由: the start of a change, not the figure.
    From,
    Share,
}

const KEYWORDS: &[(&str, Kw)] = &[
    ("达到", Kw::Level),
    ("达", Kw::Level),
    ("为", Kw::Level),
    ("至", Kw::Level),
    ("到", Kw::Level),
    ("累计", Kw::Level),
    ("总数", Kw::Level),
    ("总量", Kw::Level),
    ("共有", Kw::Level),
    ("共", Kw::Level),
    ("实现", Kw::Level),
    ("完成", Kw::Level),
    ("突破", Kw::Level),
    ("超过", Kw::Level),
    ("拥有", Kw::Level),
    ("新增", Kw::Added),
    ("新认定", Kw::Added),
    ("新培育", Kw::Added),
    ("新入选", Kw::Added),
    ("新上市", Kw::Added),
    ("新获批", Kw::Added),
    ("增长", Kw::Growth { down: false }),
    ("增", Kw::Growth { down: false }),
    ("增速", Kw::Growth { down: false }),
    ("增幅", Kw::Growth { down: false }),
    ("提高", Kw::Growth { down: false }),
    ("提升", Kw::Growth { down: false }),
    ("上升", Kw::Growth { down: false }),
    ("下降", Kw::Growth { down: true }),
    ("降低", Kw::Growth { down: true }),
    ("回落", Kw::Growth { down: true }),
    ("减少", Kw::Change),
    ("增加", Kw::Change),
    ("净增", Kw::Change),
    ("比上年", Kw::Compared),
    ("比去年", Kw::Compared),
    ("较上年", Kw::Compared),
    ("较去年", Kw::Compared),
    ("同比", Kw::Compared),
    ("从", Kw::From),
    ("由", Kw::From),
    ("占比", Kw::Share),
    ("比重", Kw::Share),
    ("占", Kw::Share),
];

/// Words of a goal, not a result.
const GOAL: &[&str] = &["力争", "目标", "预计", "计划", "确保", "争取", "有望"];
/// Words before a name that say its number is the year's addition.
const ADDED_BEFORE: &[&str] = &["新增", "新认定", "新培育", "新入选", "当年新增"];

fn find(s: &[char], word: &str) -> Vec<usize> {
    let w: Vec<char> = word.chars().collect();
    if w.is_empty() || s.len() < w.len() {
        return vec![];
    }
    (0..=s.len() - w.len()).filter(|&i| s[i..i + w.len()] == w[..]).collect()
}

fn contains(s: &[char], word: &str) -> bool {
    !find(s, word).is_empty()
}

fn ends_with(s: &[char], word: &str) -> bool {
    let w: Vec<char> = word.chars().collect();
    s.len() >= w.len() && s[s.len() - w.len()..] == w[..]
}

/// The keyword closest before the number (the last one; the longer where two end together).
fn last_keyword(pred: &[char]) -> Option<Kw> {
    let mut best: Option<(usize, usize, Kw)> = None;
    for &(word, kw) in KEYWORDS {
        let n = word.chars().count();
        if let Some(&at) = find(pred, word).last() {
            let end = at + n;
            if best.is_none_or(|(e, len, _)| end > e || (end == e && n > len)) {
                best = Some((end, n, kw));
            }
        }
    }
    best.map(|b| b.2)
}

/// The measure of a number from the words before it (`None` when they say
/// nothing of it), or why it is no figure.
fn classify(pred: &[char], unit: Option<&str>) -> Result<Option<(Measure, bool)>, Why> {
    if unit == Some("个百分点") {
        return Err(Why::PercentagePoints);
    }
    let percent = unit == Some("%");
    let share = ["占", "比重"].iter().any(|w| contains(pred, w));
    Ok(Some(match last_keyword(pred) {
        None => return Ok(None),
        // "占……的比重为": the share, whatever word brings the number.
        Some(Kw::Level) if share && percent => (Measure::Share, false),
        Some(Kw::Level) => (Measure::Level, false),
        Some(Kw::Added) => (Measure::Added, false),
        Some(Kw::Growth { down }) if percent => (Measure::Growth, down),
        Some(Kw::Change) if percent => (Measure::Growth, contains(pred, "减少")),
        Some(Kw::Compared) if percent => (Measure::Growth, false),
        Some(Kw::Growth { .. } | Kw::Change | Kw::Compared | Kw::From) => return Err(Why::Baseline),
        Some(Kw::Share) if percent => (Measure::Share, false),
        Some(Kw::Share) => (Measure::Level, false),
    }))
}

/// The words between a name and its number, with the names in them (and
/// "增加值", which is no increase) blanked out: only the words around the
/// names say what the number is.
fn masked(s: &[char], from: usize, to: usize, names: &[Name]) -> Vec<char> {
    let mut out: Vec<char> =
        (from..to).map(|i| if names.iter().any(|n| (n.start..n.end).contains(&i)) { '□' } else { s[i] }).collect();
    for at in find(&out, "增加值") {
        out[at..at + 3].fill('□');
    }
    out
}

/// The qualifier the words right before a number give.
fn qualifier_before(pred: &[char]) -> Option<&'static str> {
    let t: Vec<char> = pred.iter().copied().filter(|c| !c.is_whitespace()).collect();
    [
        ("超过", "超"),
        ("超", "超"),
        ("突破", "突破"),
        ("接近", "近"),
        ("将近", "近"),
        ("近", "近"),
        ("大约", "约"),
        ("约", "约"),
    ]
    .into_iter()
    .find(|(w, _)| ends_with(&t, w))
    .map(|(_, q)| q)
}

/// A number in `unit` as a value in `expected`, and how it was written
/// where it was converted.
fn convert(num: &Num, expected: &str) -> Result<(String, Option<String>), Why> {
    let unit = num.unit.unwrap_or("");
    let written = || Some(format!("{}{unit}", num.value));
    let counts = ["家", "个", "项", "名", "件"];
    let mismatch = || Why::UnitMismatch { found: unit.to_string(), expected: expected.to_string() };
    match (expected, unit) {
        (e, u) if e == u => Ok((num.value.clone(), None)),
        ("亿元", "亿") => Ok((num.value.clone(), None)),
        ("亿元", "万亿元" | "万亿") => Ok((number::shift(&num.value, 4), written())),
        ("亿元", "万元") => Ok((number::shift(&num.value, -4), written())),
        ("亩", "万亩") => Ok((number::shift(&num.value, 4), written())),
        (e, "万家") if counts.contains(&e) => Ok((number::shift(&num.value, 4), written())),
        (e, u) if counts.contains(&e) && counts.contains(&u) => Ok((num.value.clone(), None)),
        ("指数", "") => Ok((num.value.clone(), None)),
        _ => Err(mismatch()),
    }
}

/// A name found in a sentence: the alias's span and its row.
#[derive(Debug, Clone, Copy)]
struct Name {
    start: usize,
    end: usize,
    entry: usize,
}

/// Reads `text` (a document's text; `title` its title, or its first line
/// when empty).
pub fn read(lex: &Lexicon, text: &str, title: &str) -> Reading {
    let title = match title.trim() {
        "" => text.lines().map(str::trim).find(|l| !l.is_empty()).unwrap_or(""),
        t => t,
    };
    let mut reader = Reader { lex, context: Context::of_title(title, lex), proposals: vec![], mentions: vec![] };
    let mut header: Option<Vec<String>> = None;
    for (i, line) in text.lines().enumerate() {
        let orig: Vec<char> = line.chars().collect();
        let norm: Vec<char> = orig.iter().map(|&c| fold_char(c)).collect();
        match cells(&norm) {
            Some(cells) => reader.table_row(i + 1, &orig, &norm, &cells, &mut header),
            None => {
                header = None;
                for (a, b) in sentences(&norm) {
                    reader.sentence(i + 1, &orig[a..b], &norm[a..b]);
                }
            }
        }
    }
    // The same figure said twice (a summary and a section) is proposed once.
    let mut seen = std::collections::HashSet::new();
    let proposals = reader
        .proposals
        .into_iter()
        .filter(|p| seen.insert((p.indicator.clone(), p.value.clone(), p.year, p.period.clone(), p.scope.clone())))
        .collect();
    // And a sentence said twice is listed once.
    let mut said = std::collections::HashSet::new();
    let mentions = reader
        .mentions
        .into_iter()
        .filter(|m| said.insert((m.indicator.clone(), m.why.clone(), m.quote.text.clone())))
        .collect();
    Reading { context: reader.context, proposals, mentions }
}

/// The sentences of a line: up to 。；！？ (folded), trimmed.
fn sentences(s: &[char]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, &c) in s.iter().enumerate() {
        if matches!(c, '。' | ';' | '!' | '?') {
            out.push((start, i + 1));
            start = i + 1;
        }
    }
    out.push((start, s.len()));
    out.into_iter()
        .filter_map(|(a, b)| {
            let a = (a..b).find(|&i| !s[i].is_whitespace())?;
            let b = (a..b).rev().find(|&i| !s[i].is_whitespace())? + 1;
            Some((a, b))
        })
        .collect()
}

/// A table row pasted as text: its cells' spans, when it has `|` or tab columns.
fn cells(s: &[char]) -> Option<Vec<(usize, usize)>> {
    if !s.iter().any(|&c| c == '|' || c == '\t') {
        return None;
    }
    let mut spans = Vec::new();
    let mut start = 0;
    for (i, &c) in s.iter().enumerate().chain(std::iter::once((s.len(), &'|'))) {
        if c == '|' || c == '\t' {
            let a = (start..i).find(|&k| !s[k].is_whitespace()).unwrap_or(i);
            let b = (a..i).rev().find(|&k| !s[k].is_whitespace()).map_or(a, |k| k + 1);
            spans.push((a, b));
            start = i + 1;
        }
    }
    // The outer bars of a Markdown table make empty first and last cells.
    if spans.first().is_some_and(|(a, b)| a == b) {
        spans.remove(0);
    }
    if spans.last().is_some_and(|(a, b)| a == b) {
        spans.pop();
    }
    (spans.len() >= 2).then_some(spans)
}

struct Reader<'a> {
    lex: &'a Lexicon,
    context: Context,
    proposals: Vec<Proposal>,
    mentions: Vec<Mention>,
}

/// What one number came to: a proposal, or why not (and for which indicator).
type Outcome = Result<Proposal, (IndicatorId, Why)>;
/// An outcome and the parts of its sentence to mark.
type Marked = (Outcome, Vec<(usize, usize, Mark)>);

/// What a sentence says of when and where its figures are.
struct Frame {
    years: Vec<number::Year>,
    period: Option<String>,
    county: Option<String>,
    goal: bool,
}

impl<'a> Reader<'a> {
    fn names(&self, s: &[char]) -> Vec<Name> {
        let text: String = s.iter().collect();
        let offsets: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
        let at = |byte: usize| offsets.binary_search(&byte).unwrap_or_else(|i| i);
        self.lex
            .matcher
            .find_iter(&text)
            .map(|m| Name { start: at(m.start()), end: at(m.end()), entry: m.pattern().as_usize() })
            .collect()
    }

    fn frame(&self, s: &[char], names: &[Name], years: Vec<number::Year>) -> Frame {
        let outside = |i: usize| !names.iter().any(|n| (n.start..n.end).contains(&i));
        let county = self.lex.counties.iter().find(|c| find(s, c).into_iter().any(outside)).cloned();
        Frame { years, period: number::period(s).map(|p| p.1), county, goal: GOAL.iter().any(|g| contains(s, g)) }
    }

    fn sentence(&mut self, line: usize, orig: &[char], s: &[char]) {
        let names = self.names(s);
        if names.is_empty() {
            return;
        }
        let spans: Vec<(usize, usize)> = names.iter().map(|n| (n.start, n.end)).collect();
        let (nums, years) = number::scan(s, orig, &spans);
        let frame = self.frame(s, &names, years);
        let quote = |marks: Vec<(usize, usize, Mark)>| Quote { line, text: orig.iter().collect(), marks };
        let mut outcomes: Vec<Marked> = Vec::new();

        // 分别: the n-th name before it takes the n-th number after it.
        let list_at = find(s, "分别").into_iter().find(|&k| !names.iter().any(|n| (n.start..n.end).contains(&k)));
        let (plain, listed): (Vec<&Num>, Vec<&Num>) = match list_at {
            Some(k) => nums.iter().partition(|n| n.start < k),
            None => (nums.iter().collect(), vec![]),
        };
        let list_start = list_at.map(|k| clause_start(s, k));
        // The measure of the last figure: a "其中" part has its whole's.
        let mut whole: Option<Measure> = None;
        for (i, num) in plain.iter().enumerate() {
            if list_start.is_some_and(|ls| num.start >= ls) {
                continue;
            }
            let previous = plain[..i].iter().map(|p| p.end).max().unwrap_or(0);
            // "21个百亿级产业集群": a count followed by a word counts that
            // word; when it is no name here, the number is not ours.
            if counts_what_follows(s, num) {
                let Some(subject) = names.iter().find(|n| (num.end..=num.end + 2).contains(&n.start)) else { continue };
                let pred = masked(s, clause_start(s, num.start).max(previous), num.start, &names);
                let outcome = self.propose(subject.entry, num, &pred, Some(Measure::Level), &frame);
                outcomes.push((
                    outcome,
                    vec![(num.start, num.end, Mark::Number), (subject.start, subject.end, Mark::Name)],
                ));
                continue;
            }
            // The whole of a share ("占规上工业增加值的") is not its subject.
            let subject =
                names.iter().rfind(|n| n.end <= num.start && !s[n.start.saturating_sub(3)..n.start].contains(&'占'));
            let Some(subject) = subject else { continue };
            // "X增长8%，其中工业投资增长9%", "X104家（另Y11家）": a part of X,
            // or something else, without a name here.
            if contains(&s[subject.end..num.start], "其中") || contains(&s[subject.end..num.start], "另") {
                continue;
            }
            let from = previous.max(subject.end);
            let pred = masked(s, from, num.start, &names);
            let before = &s[clause_start(s, subject.start).max(subject.start.saturating_sub(4))..subject.start];
            // What the number is when the words before it do not say: the
            // first after its name, what the words before the name say; a
            // later one ("新增52个，在建51个"), nothing we can tell.
            let default = if previous > subject.end {
                None
            } else if ADDED_BEFORE.iter().any(|w| ends_with(before, w)) {
                Some(Measure::Added)
            } else if contains(before, "其中") {
                Some(whole.unwrap_or(Measure::Level))
            } else {
                Some(Measure::Level)
            };
            let outcome = self.propose(subject.entry, num, &pred, default, &frame);
            if let Ok(p) = &outcome {
                whole = Some(p.measure);
            }
            outcomes
                .push((outcome, vec![(subject.start, subject.end, Mark::Name), (num.start, num.end, Mark::Number)]));
        }
        if let (Some(k), Some(ls)) = (list_at, list_start) {
            outcomes.extend(self.list(s, &names, ls, k, &listed, &frame));
        }
        let mut proposed = false;
        let mut first_fail = None;
        for (outcome, marks) in outcomes {
            match outcome {
                Ok(mut p) => {
                    p.quote = quote(marks);
                    self.proposals.push(p);
                    proposed = true;
                }
                Err(fail) => {
                    first_fail.get_or_insert((fail, marks));
                }
            }
        }
        if !proposed {
            let (indicator, why, marks) = match first_fail {
                Some(((id, why), marks)) => (id, why, marks),
                None => {
                    let e = &self.lex.entries[names[0].entry];
                    let milestone = self.lex.known.get(e.first()).is_some_and(|k| k.milestone);
                    let why = if milestone { Why::Milestone } else { Why::NoNumber };
                    (e.first().clone(), why, vec![(names[0].start, names[0].end, Mark::Name)])
                }
            };
            self.mentions.push(Mention { indicator, why, quote: quote(marks) });
        }
    }

    /// The pairs of a "分别" list: names from the clause before `k`, numbers after it.
    fn list(&self, s: &[char], names: &[Name], from: usize, k: usize, nums: &[&Num], frame: &Frame) -> Vec<Marked> {
        let items = list_items(s, names, from, k);
        let nums: Vec<&&Num> = nums.iter().filter(|n| n.unit.is_some()).collect();
        let subjects: Vec<Option<(usize, usize, usize)>> =
            items.iter().map(|&(a, b)| self.item_subject(s, names, a, b, &items)).collect();
        let Some(first) = subjects.iter().flatten().next().copied() else { return vec![] };
        if subjects.len() != nums.len() || subjects.iter().any(Option::is_none) {
            let id = self.lex.entries[first.2].first().clone();
            let why = Why::ListMismatch { names: subjects.len(), numbers: nums.len() };
            return vec![(Err((id, why)), vec![(first.0, first.1, Mark::Name)])];
        }
        let pred = masked(s, k, nums.first().map_or(k, |n| n.start), names);
        subjects
            .into_iter()
            .zip(nums)
            .map(|(subject, num)| {
                let (a, b, entry) = subject.expect("checked above");
                let outcome = self.propose(entry, num, &pred, Some(Measure::Level), frame);
                (outcome, vec![(a, b, Mark::Name), (num.start, num.end, Mark::Number)])
            })
            .collect()
    }

    /// The row an item of a list names: its own alias, or the item with the
    /// words the last item ends in ("汽车、医药产业产值": 汽车产业产值).
    fn item_subject(
        &self,
        s: &[char],
        names: &[Name],
        a: usize,
        b: usize,
        items: &[(usize, usize)],
    ) -> Option<(usize, usize, usize)> {
        if let Some(n) = names.iter().rfind(|n| n.start >= a && n.end <= b) {
            return Some((n.start, n.end, n.entry));
        }
        let &(la, lb) = items.last()?;
        // The last item's words up to the end of its name.
        let lend = names.iter().rfind(|n| n.start >= la && n.end <= lb).map(|n| n.end)?;
        let item: String = s[a..b].iter().collect();
        let tail: Vec<char> = s[la..lend].to_vec();
        for j in 1..tail.len() {
            let candidate: String = format!("{item}{}", tail[j..].iter().collect::<String>());
            let chars: Vec<char> = candidate.chars().collect();
            for from in 0..(b - a) {
                let key: String = chars[from..].iter().collect();
                if let Some(entry) = self.lex.exact(&key) {
                    return Some((a + from, b, entry));
                }
            }
        }
        None
    }

    /// The proposal for the number `num` of the row `entry`, `pred` the
    /// words between them; `default` the measure when they say none (none:
    /// no proposal, the number's kind is not known).
    fn propose(&self, entry: usize, num: &Num, pred: &[char], default: Option<Measure>, frame: &Frame) -> Outcome {
        let e = &self.lex.entries[entry];
        let fail = |why: Why| Err((e.first().clone(), why));
        let (measure, down) = match (classify(pred, num.unit), default) {
            (Ok(Some(m)), _) => m,
            (Ok(None), Some(d)) => (d, false),
            (Ok(None), None) => return fail(Why::NoNumber),
            (Err(why), _) => return fail(why),
        };
        let Some(id) = e.for_measure(measure) else { return fail(Why::NoIndicatorFor(measure)) };
        let fail = |why: Why| Err((id.clone(), why));
        let Some(known) = self.lex.known.get(id) else { return fail(Why::NoNumber) };
        if known.milestone {
            return fail(Why::Milestone);
        }
        if frame.goal {
            return fail(Why::Goal);
        }
        if num.range {
            return fail(Why::Range);
        }
        let (mut value, written) = match convert(num, &known.unit) {
            Ok(v) => v,
            Err(why) => return fail(why),
        };
        if down && !value.starts_with('-') {
            value = format!("-{value}");
        }
        let qualifier = qualifier_before(pred).or(num.after).unwrap_or("").to_string();
        let year = frame.years.iter().rfind(|y| !y.baseline && y.at < num.start).map(|y| y.year).or(self.context.year);
        let period = frame.period.clone().or_else(|| self.context.period.clone());
        let mut unsure = Vec::new();
        let scope = match (&self.context.place, &frame.county) {
            (Place::County(c), Some(other)) if c != other => {
                unsure.push(Unsure::SentenceCounty(other.clone()));
                None
            }
            (Place::County(c), _) => {
                unsure.push(Unsure::County(c.clone()));
                Some(match known.scope.strip_prefix("全市") {
                    Some(rest) => format!("{c}{rest}"),
                    None => c.clone(),
                })
            }
            (Place::City, Some(other)) => {
                unsure.push(Unsure::SentenceCounty(other.clone()));
                None
            }
            (Place::City, None) => Some(known.scope.clone()),
            (Place::Unknown, _) => {
                unsure.push(Unsure::Scope);
                None
            }
        };
        if year.is_none() {
            unsure.push(Unsure::Year);
        }
        if period.is_none() {
            unsure.push(Unsure::Period);
        }
        Ok(Proposal {
            indicator: id.clone(),
            measure,
            value,
            unit: known.unit.clone(),
            qualifier,
            written,
            year,
            period,
            scope,
            unsure,
            quote: Quote { line: 0, text: String::new(), marks: vec![] },
        })
    }

    /// One row of a table pasted as text: a header row is kept for the rows
    /// under it; a row whose cell names an indicator gives the numbers of its
    /// other cells, measured and in the unit the header says.
    fn table_row(
        &mut self,
        line: usize,
        orig: &[char],
        s: &[char],
        cells: &[(usize, usize)],
        header: &mut Option<Vec<String>>,
    ) {
        if cells.iter().all(|&(a, b)| s[a..b].iter().all(|c| matches!(c, '-' | ':' | '=' | ' '))) {
            return;
        }
        let names = self.names(s);
        let Some(subject) = names.first().copied() else {
            *header = Some(cells.iter().map(|&(a, b)| s[a..b].iter().collect()).collect());
            return;
        };
        let Some(col) = cells.iter().position(|&(a, b)| subject.start >= a && subject.end <= b) else { return };
        let head = header.clone().unwrap_or_default();
        let unit_col = head.iter().position(|h| h == "单位" || h == "计量单位");
        let quote = |marks| Quote { line, text: orig.iter().collect(), marks };
        let mut outcomes = Vec::new();
        for (j, &(a, b)) in cells.iter().enumerate().skip(col + 1) {
            if Some(j) == unit_col {
                continue;
            }
            let cell = &s[a..b];
            let (nums, _) = number::scan(cell, &orig[a..b], &[]);
            let Some(mut num) = nums.into_iter().find(|n| n.start == 0) else { continue };
            let h: Vec<char> = head.get(j).map(|h| h.chars().collect()).unwrap_or_default();
            if num.unit.is_none() {
                let from_unit_col =
                    unit_col.and_then(|u| cells.get(u)).map(|&(ua, ub)| s[ua..ub].iter().collect::<String>());
                num.unit = bracketed_unit(&h).or_else(|| from_unit_col.and_then(|u| number::unit_named(&u)));
            }
            let pred: Vec<char> = match (
                contains(&h, "增长") || contains(&h, "增速") || contains(&h, "±"),
                contains(&h, "占") || contains(&h, "比重"),
                contains(&h, "新增"),
            ) {
                (true, _, _) => "增长".chars().collect(),
                (_, true, _) => "占".chars().collect(),
                (_, _, true) => "新增".chars().collect(),
                _ => vec![],
            };
            // The header's year and period are the column's: before any cell of the row.
            let (_, years) = number::scan(&h, &h, &[]);
            let frame = Frame {
                years: years.into_iter().map(|y| number::Year { at: 0, ..y }).collect(),
                period: number::period(&h).map(|p| p.1),
                county: None,
                goal: false,
            };
            // Positions in the row, not the cell.
            let num = Num { start: a + num.start, end: a + num.end, ..num };
            let outcome = self.propose(subject.entry, &num, &pred, Some(Measure::Level), &frame);
            outcomes
                .push((outcome, vec![(subject.start, subject.end, Mark::Name), (num.start, num.end, Mark::Number)]));
        }
        for (outcome, marks) in outcomes {
            if let Ok(mut p) = outcome {
                p.quote = quote(marks);
                self.proposals.push(p);
            }
        }
    }
}

/// Whether a count ("21个", "52家") runs straight into a word, which is
/// then what it counts ("21个百亿级产业集群"), rather than ending its
/// clause ("上市公司68家，").
fn counts_what_follows(s: &[char], num: &Num) -> bool {
    matches!(num.unit, Some("家" | "个" | "项" | "名" | "件"))
        && s.get(num.end).is_some_and(|&c| ('\u{4e00}'..='\u{9fff}').contains(&c) && !"和及与或等".contains(c))
}

/// The start of the clause `at` is in: after the last comma, colon or
/// semicolon before it.
fn clause_start(s: &[char], at: usize) -> usize {
    (0..at).rev().find(|&i| matches!(s[i], ',' | ':' | ';')).map_or(0, |i| i + 1)
}

/// The items of a list before 分别: split at 、, and the last also at 和/及/与
/// outside a name.
fn list_items(s: &[char], names: &[Name], from: usize, to: usize) -> Vec<(usize, usize)> {
    let inside = |i: usize| names.iter().any(|n| (n.start..n.end).contains(&i));
    let mut out = Vec::new();
    let mut start = from;
    for (i, &c) in s.iter().enumerate().take(to).skip(from) {
        if matches!(c, '、' | '和' | '及' | '与') && !inside(i) {
            out.push((start, i));
            start = i + 1;
        }
    }
    out.push((start, to));
    out.into_iter().filter(|(a, b)| b > a).collect()
}

/// The unit a header cell gives in brackets: "绝对数(亿元)", "增长(%)".
fn bracketed_unit(h: &[char]) -> Option<&'static str> {
    let open = h.iter().position(|&c| c == '(')?;
    let close = h[open..].iter().position(|&c| c == ')')? + open;
    number::unit_named(&h[open + 1..close].iter().collect::<String>())
}
