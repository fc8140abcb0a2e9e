//! Numbers as documents write them: Arabic (full-width folded, thousands
//! separated), Chinese numerals before a count ("二十家"), ranges, the unit
//! after them and the qualifier around them; and the years and periods of a
//! sentence. Positions are character indices into the folded sentence.

/// The units a figure can be written in (folded), longest first so that
/// "个百分点" is not read as "个" nor "万亿元" as "亿元".
const UNITS: &[&str] = &[
    "吨标准煤/万元",
    "万元/人",
    "万元/亩",
    "个百分点",
    "万亿元",
    "亿美元",
    "万亿",
    "亿元",
    "万元",
    "万家",
    "万亩",
    "亿",
    "%",
    "家",
    "个",
    "项",
    "名",
    "件",
    "亩",
    "元",
];

/// What a number is in the text.
#[derive(Debug, Clone, PartialEq)]
pub struct Num {
    pub start: usize,
    pub end: usize,
    /// As a decimal string without separators ("1066.05", "-3.2", "20").
    pub value: String,
    /// The unit written after it (folded), if any.
    pub unit: Option<&'static str>,
    /// 以上 or 约 from the words right after the number.
    pub after: Option<&'static str>,
    /// Written as a range ("20-30家"): not one figure.
    pub range: bool,
}

/// A year written in the sentence ("2021年"), and whether it is a baseline
/// ("比2020年").
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Year {
    pub at: usize,
    pub year: u16,
    pub baseline: bool,
}

const CN_DIGITS: &str = "零〇一二两三四五六七八九";

fn cn_digit(c: char) -> Option<u32> {
    Some(match c {
        '零' | '〇' => 0,
        '一' => 1,
        '二' | '两' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        _ => return None,
    })
}

fn cn_unit(c: char) -> Option<u32> {
    Some(match c {
        '十' => 10,
        '百' => 100,
        '千' => 1000,
        _ => return None,
    })
}

/// "二十" 20, "十二" 12, "一百零五" 105, "两千" 2000.
fn chinese(s: &[char]) -> Option<u32> {
    let (mut total, mut digit, mut any) = (0u32, None::<u32>, false);
    for &c in s {
        if let Some(d) = cn_digit(c) {
            digit = Some(d);
        } else if let Some(u) = cn_unit(c) {
            total = total.checked_add(digit.unwrap_or(1).checked_mul(u)?)?;
            digit = None;
        } else {
            return None;
        }
        any = true;
    }
    any.then(|| total + digit.unwrap_or(0))
}

fn starts(s: &[char], at: usize, word: &str) -> bool {
    (at..).zip(word.chars()).all(|(i, w)| s.get(i) == Some(&w))
}

/// The unit `name` is (a whole header or unit cell, folded: "亿元", "%").
pub fn unit_named(name: &str) -> Option<&'static str> {
    UNITS.iter().copied().find(|u| *u == name.trim())
}

fn unit_at(s: &[char], at: usize) -> Option<&'static str> {
    UNITS.iter().copied().find(|u| starts(s, at, u))
}

/// An Arabic number at `at`: its end and digits. `orig` tells a real
/// thousands comma from a Chinese comma folded to ','.
fn arabic(s: &[char], orig: &[char], at: usize) -> Option<(usize, String)> {
    let mut i = at;
    let mut out = String::new();
    if s.get(i) == Some(&'-') && s.get(i + 1).is_some_and(|c| c.is_ascii_digit()) {
        out.push('-');
        i += 1;
    }
    let digits_from = |i: &mut usize, out: &mut String| {
        while let Some(c) = s.get(*i).filter(|c| c.is_ascii_digit()) {
            out.push(*c);
            *i += 1;
        }
    };
    let first = i;
    digits_from(&mut i, &mut out);
    if i == first {
        return None;
    }
    // 1,066.05: a comma typed as ',' followed by exactly three digits.
    while orig.get(i) == Some(&',')
        && (1..=3).all(|k| s.get(i + k).is_some_and(|c| c.is_ascii_digit()))
        && !s.get(i + 4).is_some_and(|c| c.is_ascii_digit())
    {
        out.extend(&s[i + 1..i + 4]);
        i += 4;
    }
    if s.get(i) == Some(&'.') && s.get(i + 1).is_some_and(|c| c.is_ascii_digit()) {
        out.push('.');
        i += 1;
        digits_from(&mut i, &mut out);
    }
    Some((i, out))
}

/// A number at `at` (Arabic, or Chinese numerals before a count unit).
fn number(s: &[char], orig: &[char], at: usize) -> Option<(usize, String, bool)> {
    if let Some((end, v)) = arabic(s, orig, at) {
        return Some((end, v, false));
    }
    let mut end = at;
    while s.get(end).is_some_and(|&c| CN_DIGITS.contains(c) || cn_unit(c).is_some()) {
        end += 1;
    }
    let n = chinese(&s[at..end])?;
    Some((end, n.to_string(), true))
}

/// Every number, year and skipped date of a sentence, outside `skip` (the
/// spans of the names found).
pub fn scan(s: &[char], orig: &[char], skip: &[(usize, usize)]) -> (Vec<Num>, Vec<Year>) {
    let (mut nums, mut years) = (Vec::new(), Vec::new());
    let mut i = 0;
    while i < s.len() {
        if let Some(&(_, end)) = skip.iter().find(|(a, b)| (*a..*b).contains(&i)) {
            i = end;
            continue;
        }
        let c = s[i];
        let starts_number = c.is_ascii_digit()
            || (c == '-'
                && s.get(i + 1).is_some_and(|d| d.is_ascii_digit())
                && !s.get(i.wrapping_sub(1)).is_some_and(|p| p.is_alphanumeric()))
            || CN_DIGITS.contains(c)
            || c == '十';
        // Inside a word: "1a", "a1" and the tail of a longer number.
        let glued = i > 0 && (s[i - 1].is_ascii_alphanumeric() || s[i - 1] == '.');
        if !starts_number || glued {
            i += 1;
            continue;
        }
        let Some((end, value, cn)) = number(s, orig, i) else {
            i += 1;
            continue;
        };
        let next = s.get(end).copied();
        // A year: 2021年 (not 2021年度的 target years alone: those are years too).
        if !cn && value.len() == 4 && next == Some('年') {
            if let Ok(year) = value.parse::<u16>() {
                let before: String = s[i.saturating_sub(2)..i].iter().collect();
                let baseline = before.ends_with('比')
                    || before.ends_with('较')
                    || before.ends_with("与")
                    || before.ends_with("同");
                years.push(Year { at: i, year, baseline });
            }
            i = end + 1;
            continue;
        }
        // Dates and periods (3月, 1-10月, 1-3季度, 5日), ordinals and counts
        // of years are not figures.
        let date_after = |k: usize| {
            matches!(s.get(k), Some('月' | '日' | '季' | '号' | '年' | '时' | '届' | '次' | '批' | '位' | '强' | '期'))
        };
        if date_after(end) || (i > 0 && s[i - 1] == '第') {
            i = end + 1;
            continue;
        }
        let mut range = false;
        let mut stop = end;
        let mut value = value;
        // A range: 20-30家, 20至30家, 20家至30家.
        let sep = |k: usize| match s.get(k) {
            Some('-') => Some(k + 1),
            Some('至' | '到') => Some(k + 1),
            _ => None,
        };
        let unit_first = unit_at(s, stop);
        let after_unit = stop + unit_first.map_or(0, |u| u.chars().count());
        let mut dates = None;
        for from in [stop, after_unit] {
            if let Some(k) = sep(from) {
                if let Some((e2, v2, _)) = number(s, orig, k) {
                    if date_after(e2) {
                        dates = Some(e2);
                        break;
                    }
                    if unit_at(s, e2).is_some() || unit_first.is_some() {
                        range = true;
                        stop = e2;
                        value = format!("{value}-{v2}");
                        break;
                    }
                }
            }
        }
        // 1-3季度, 2020-2025年: a span of time.
        if let Some(e2) = dates {
            i = e2 + 1;
            continue;
        }
        let mut after = None;
        if matches!(s.get(stop), Some('余' | '多')) {
            after = Some("以上");
            stop += 1;
        }
        let unit = unit_at(s, stop);
        // Chinese numerals count or sum ("二十家", "五千亿元"); "一个", "一家"
        // are words, not figures.
        let counted = matches!(unit, Some("家" | "个" | "项" | "名" | "件"));
        let summed = matches!(unit, Some("亿元" | "万亿元" | "万元" | "亿" | "万亿"));
        if cn && (!(counted || summed) || (counted && value == "1")) {
            i = end;
            continue;
        }
        if let Some(u) = unit {
            stop += u.chars().count();
        }
        if starts(s, stop, "以上") {
            after = Some("以上");
            stop += 2;
        } else if starts(s, stop, "左右") {
            after = Some("约");
            stop += 2;
        }
        nums.push(Num { start: i, end: stop, value, unit, after, range });
        i = stop.max(i + 1);
    }
    (nums, years)
}

/// The part of a year a text names: 全年, 年末, 上半年, 1-3季度, 1-10月 …
/// and where; the first one in `s`.
pub fn period(s: &[char]) -> Option<(usize, String)> {
    for i in 0..s.len() {
        for (word, p) in [
            ("前三季度", "1-3季度"),
            ("第一季度", "1季度"),
            ("一季度", "1季度"),
            ("上半年", "上半年"),
            ("全年", "全年"),
            ("年末", "年末"),
            ("年底", "年末"),
        ] {
            if starts(s, i, word) {
                return Some((i, p.to_string()));
            }
        }
        if s[i].is_ascii_digit() && (i == 0 || !s[i - 1].is_ascii_digit()) {
            // a-b月, a-b季度, 前N个月
            let (a_end, a) = take_digits(s, i);
            if s.get(a_end) == Some(&'-') {
                let (b_end, b) = take_digits(s, a_end + 1);
                if !b.is_empty() {
                    if s.get(b_end) == Some(&'月') {
                        return Some((i, format!("{a}-{b}月")));
                    }
                    if starts(s, b_end, "季度") {
                        return Some((i, format!("{a}-{b}季度")));
                    }
                }
            }
            if i >= 1 && s[i - 1] == '前' && starts(s, a_end, "个月") {
                return Some((i, format!("1-{a}月")));
            }
        }
    }
    None
}

fn take_digits(s: &[char], at: usize) -> (usize, String) {
    let mut i = at;
    let mut out = String::new();
    while let Some(c) = s.get(i).filter(|c| c.is_ascii_digit()) {
        out.push(*c);
        i += 1;
    }
    (i, out)
}

/// `value` times ten to the `shift` (exactly: the decimal point moves).
pub fn shift(value: &str, shift: i32) -> String {
    let (neg, digits) = match value.strip_prefix('-') {
        Some(d) => (true, d),
        None => (false, value),
    };
    let (int, frac) = digits.split_once('.').unwrap_or((digits, ""));
    let all: String = format!("{int}{frac}");
    let point = int.len() as i32 + shift;
    let mut s = if point <= 0 {
        format!("0.{}{all}", "0".repeat((-point) as usize))
    } else if point as usize >= all.len() {
        format!("{all}{}", "0".repeat(point as usize - all.len()))
    } else {
        format!("{}.{}", &all[..point as usize], &all[point as usize..])
    };
    if s.contains('.') {
        while s.ends_with('0') {
            s.pop();
        }
        if s.ends_with('.') {
            s.pop();
        }
    }
    let trimmed = s.trim_start_matches('0');
    let s = if trimmed.is_empty() || trimmed.starts_with('.') { format!("0{trimmed}") } else { trimmed.to_string() };
    if neg && s != "0" {
        format!("-{s}")
    } else {
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chars(s: &str) -> Vec<char> {
        s.chars().collect()
    }

    #[test]
    fn chinese_numerals() {
        for (s, n) in
            [("二十", 20), ("十二", 12), ("一百二十", 120), ("一百零五", 105), ("两千", 2000), ("七", 7), ("十", 10)]
        {
            assert_eq!(chinese(&chars(s)), Some(n), "{s}");
        }
    }

    #[test]
    fn shifting_is_exact() {
        assert_eq!(shift("1.2", 4), "12000");
        assert_eq!(shift("5786", -4), "0.5786");
        assert_eq!(shift("1066.05", 0), "1066.05");
        assert_eq!(shift("-3.2", 1), "-32");
        assert_eq!(shift("0.05", 4), "500");
    }

    #[test]
    fn numbers_units_and_ranges() {
        let s = chars("达1,066.05亿元,增长16.7%,20-30家,二十家以上,2021年3月");
        let (nums, years) = scan(&s, &s, &[]);
        let got: Vec<_> = nums.iter().map(|n| (n.value.as_str(), n.unit, n.range, n.after)).collect();
        assert_eq!(
            got,
            vec![
                ("1066.05", Some("亿元"), false, None),
                ("16.7", Some("%"), false, None),
                ("20-30", Some("家"), true, None),
                ("20", Some("家"), false, Some("以上")),
            ]
        );
        assert_eq!(years.len(), 1);
        assert_eq!(period(&chars("2021年1-10月全市")), Some((5, "1-10月".into())));
    }
}
