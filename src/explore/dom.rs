//! A small HTML builder: `el("td").text(name)` writes escaped markup.
//!
//! The explore views are rendered to a string by their own WebAssembly
//! module (see `src/bin/explore.rs` for why) and put into the page in one
//! piece; every text and attribute value goes through [`escape`].

pub struct El {
    tag: &'static str,
    attrs: String,
    body: String,
}

pub fn el(tag: &'static str) -> El {
    El { tag, attrs: String::new(), body: String::new() }
}

/// Escapes text for element content and double-quoted attribute values.
pub fn escape(s: &str, out: &mut String) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
}

impl El {
    /// An attribute with a fixed value (written as is: no quotes inside).
    pub fn a(mut self, key: &'static str, value: &'static str) -> El {
        self.attrs.push(' ');
        self.attrs.push_str(key);
        self.attrs.push_str("=\"");
        self.attrs.push_str(value);
        self.attrs.push('"');
        self
    }

    /// An attribute with a computed value, escaped.
    pub fn at(mut self, key: &'static str, value: impl AsRef<str>) -> El {
        self.attrs.push(' ');
        self.attrs.push_str(key);
        self.attrs.push_str("=\"");
        escape(value.as_ref(), &mut self.attrs);
        self.attrs.push('"');
        self
    }

    /// A number attribute (SVG geometry), one decimal.
    pub fn n(self, key: &'static str, v: f64) -> El {
        self.at(key, format!("{v:.1}"))
    }

    pub fn class(self, c: &'static str) -> El {
        self.a("class", c)
    }

    pub fn text(mut self, s: impl AsRef<str>) -> El {
        escape(s.as_ref(), &mut self.body);
        self
    }

    pub fn child(mut self, c: El) -> El {
        c.write(&mut self.body);
        self
    }

    pub fn kids(mut self, cs: Vec<El>) -> El {
        for c in cs {
            c.write(&mut self.body);
        }
        self
    }

    /// Adds `c()` when `cond` holds.
    pub fn child_if(self, cond: bool, c: impl FnOnce() -> El) -> El {
        if cond {
            self.child(c())
        } else {
            self
        }
    }

    fn write(self, out: &mut String) {
        out.push('<');
        out.push_str(self.tag);
        out.push_str(&self.attrs);
        out.push('>');
        if self.tag != "input" {
            out.push_str(&self.body);
            out.push_str("</");
            out.push_str(self.tag);
            out.push('>');
        }
    }

    pub fn render(self) -> String {
        let mut out = String::new();
        self.write(&mut out);
        out
    }
}

/// An in-page link: a real address (new tabs, copying), followed without a
/// reload by the page's click listener.
pub fn link(href: String, text: impl AsRef<str>) -> El {
    el("a").at("href", href).text(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_and_attributes_are_escaped() {
        let html = el("a").at("href", "?x=\"1\"&y=<2>").text("<script>alert('x')</script>").render();
        assert_eq!(
            html,
            "<a href=\"?x=&quot;1&quot;&amp;y=&lt;2&gt;\">&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;</a>"
        );
    }
}
