//! Text folded for matching, one character for one: what the reader and
//! its aliases are compared in.

/// Folds one character for matching: full-width forms to ASCII, curly and
/// corner quotes to `"`, dashes and tildes to `-`, ASCII capitals to small.
/// One character for one, so positions in the folded text are positions in
/// the original.
pub fn fold_char(c: char) -> char {
    let c = match c {
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        '\u{3000}' => ' ',
        _ => c,
    };
    match c {
        '“' | '”' | '„' | '「' | '」' | '『' | '』' => '"',
        '‘' | '’' => '\'',
        '—' | '–' | '~' | '−' | '―' | '〜' => '-',
        'A'..='Z' => c.to_ascii_lowercase(),
        _ => c,
    }
}

/// A text folded by [`fold_char`].
pub fn fold(s: &str) -> String {
    s.trim().chars().map(fold_char).collect()
}
