//! An HTML page saved from a government site, as text: its title, and its
//! body with the tags stripped, block elements on lines of their own and
//! table cells separated by tabs (so tables read as tables).

/// (title, text) of an HTML document.
pub fn to_text(html: &str) -> (String, String) {
    let mut out = String::with_capacity(html.len() / 2);
    let mut title = String::new();
    let lower = html.to_ascii_lowercase();
    let mut i = 0;
    let bytes = html.as_bytes();
    while i < html.len() {
        if bytes[i] == b'<' {
            let Some(close) = html[i..].find('>') else { break };
            let tag = &lower[i + 1..i + close];
            let name: String = tag.trim_start_matches('/').chars().take_while(|c| c.is_ascii_alphanumeric()).collect();
            let end = i + close + 1;
            // Whatever is inside these is not text.
            if !tag.starts_with('/') && matches!(name.as_str(), "script" | "style" | "title" | "noscript") {
                let closing = format!("</{name}");
                let stop = lower[end..].find(&closing).map_or(html.len(), |k| end + k);
                if name == "title" && title.is_empty() {
                    title = entities(html[end..stop].trim());
                }
                i = lower[stop..].find('>').map_or(html.len(), |k| stop + k + 1);
                continue;
            }
            match name.as_str() {
                "td" | "th" if tag.starts_with('/') => out.push('\t'),
                "br" | "p" | "div" | "tr" | "li" | "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "table" | "section" => {
                    out.push('\n')
                }
                _ => {}
            }
            i = end;
        } else {
            let next = html[i..].find('<').map_or(html.len(), |k| i + k);
            out.push_str(&entities(&html[i..next].replace(['\r', '\n'], " ")));
            i = next;
        }
    }
    let text: Vec<String> = out
        .lines()
        .map(|l| l.trim_matches(|c: char| c == ' ' || c == '\u{a0}' || c == '\t').to_string())
        .filter(|l| !l.is_empty())
        .collect();
    (title, text.join("\n"))
}

/// Whether text looks like HTML rather than plain text.
pub fn is_html(text: &str) -> bool {
    let head: String = text.chars().take(2000).collect::<String>().to_ascii_lowercase();
    head.contains("<html")
        || head.contains("<!doctype html")
        || head.contains("<body")
        || head.contains("<p>")
        || head.contains("<div")
}

fn entities(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(k) = rest.find('&') {
        out.push_str(&rest[..k]);
        rest = &rest[k..];
        let Some(semi) = rest.char_indices().take(12).find(|&(_, c)| c == ';').map(|(k, _)| k) else {
            out.push('&');
            rest = &rest[1..];
            continue;
        };
        let name = &rest[1..semi];
        let c = match name {
            "nbsp" | "ensp" | "emsp" => Some(' '),
            "amp" => Some('&'),
            "lt" => Some('<'),
            "gt" => Some('>'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            "ldquo" => Some('“'),
            "rdquo" => Some('”'),
            "mdash" => Some('—'),
            _ => name
                .strip_prefix("#x")
                .or_else(|| name.strip_prefix("#X"))
                .and_then(|h| u32::from_str_radix(h, 16).ok())
                .or_else(|| name.strip_prefix('#').and_then(|d| d.parse().ok()))
                .and_then(char::from_u32),
        };
        match c {
            Some(c) => {
                out.push(c);
                rest = &rest[semi + 1..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_saved_page_reads_as_lines_and_tab_tables() {
        let (title, text) = super::to_text(
            "<html><head><title>台州市2021年统计公报</title><style>p{}</style></head><body><p>规上工业增加值&nbsp;1066亿元。</p><table><tr><td>指标</td><td>绝对数</td></tr></table><script>x()</script></body></html>",
        );
        assert_eq!(title, "台州市2021年统计公报");
        assert_eq!(text, "规上工业增加值 1066亿元。\n指标\t绝对数");
    }
}
