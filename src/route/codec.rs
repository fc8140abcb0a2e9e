//! The query string's codec: `name=value` pairs, percent-encoding both ways,
//! and the id form that the filters and the embed's name accept.

/// The `name=value` pairs of a query, with or without its leading `?`,
/// decoded; empty pairs are skipped and a pair without `=` has an empty value.
pub fn pairs(query: &str) -> impl Iterator<Item = (String, String)> + '_ {
    query.trim_start_matches('?').split('&').filter(|p| !p.is_empty()).map(|pair| {
        let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
        (decode(name), decode(value))
    })
}

/// Whether `query` sets the parameter `name` (to any value).
pub fn mentions(query: &str, name: &str) -> bool {
    pairs(query).any(|(n, _)| n == name)
}

/// Decodes `%XX` and `+` of a query component; invalid escapes stay as they are.
pub fn decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => {
                match u8::from_str_radix(std::str::from_utf8(&bytes[i + 1..i + 3]).unwrap_or("zz"), 16) {
                    Ok(b) => {
                        out.push(b);
                        i += 2;
                    }
                    Err(_) => out.push(b'%'),
                }
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Percent-encodes a query component (ids are plain, but nothing is assumed).
pub fn encode(s: &str) -> String {
    let mut out = String::new();
    for b in s.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => out.push(b as char),
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

/// An id as the seeds write them: lower-case ASCII, digits and `_`.
pub fn is_id(s: &str) -> bool {
    !s.is_empty() && s.len() <= 40 && s.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
}

/// `name=a,b,c` with each item encoded.
pub fn list<T: AsRef<str>>(name: &str, items: &[T]) -> String {
    format!("{name}={}", items.iter().map(|c| encode(c.as_ref())).collect::<Vec<_>>().join(","))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn escapes_decode_and_bad_ones_stay() {
        assert_eq!(decode("%E4%B8%AD"), "中");
        assert_eq!(decode("a+b%2"), "a b%2");
        assert_eq!(decode("%ZZ%"), "%ZZ%");
        assert!(mentions("?lang=en&text=normal", "text") && !mentions("?lang=en", "text"));
        assert!(!mentions("?context=1", "text"));
        assert!(mentions("?%74ext=1", "text"), "a name is compared decoded");
    }

    proptest! {
        #[test]
        fn any_text_encodes_and_decodes_back(s in any::<String>()) {
            let e = encode(&s);
            prop_assert!(e.bytes().all(|b| b.is_ascii_alphanumeric() || b"-_.~%".contains(&b)));
            prop_assert_eq!(decode(&e), s);
        }

        #[test]
        fn any_query_splits_into_pairs_without_panic(q in "[?&=%+#a-z_0-9中文 \\\\/;]{0,60}") {
            // A raw `&` always separates; an escaped one (`%26`) is data.
            for (name, value) in pairs(&q) {
                prop_assert!(q.contains("%26") || (!name.contains('&') && !value.contains('&')));
            }
        }
    }
}
