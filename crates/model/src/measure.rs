//! How wide a line of text is set, estimated without a font: the build and
//! the host tests lay out labels (the charts', the map's) where no font can
//! be measured, and the page must place them the same way.

/// Width of `text` set at `size` pixels: a Han character is about as wide as
/// the font size, a Latin one a little over half of it.
pub fn text_width(text: &str, size: f64) -> f64 {
    text.chars().map(|c| if c.is_ascii() { 0.6 } else { 1.05 }).sum::<f64>() * size
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn han_is_about_twice_as_wide_as_latin() {
        assert_eq!(text_width("", 10.0), 0.0);
        assert!((text_width("椒江区", 20.0) - 63.0).abs() < 1e-9);
        assert!((text_width("Jiaojiang", 20.0) - 108.0).abs() < 1e-9);
    }
}
