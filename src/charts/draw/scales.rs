//! The numbers a chart is laid out with, before anything is drawn: CSS
//! pixels to the backend's, the text's factor, the x domain, the room the
//! series' names need, and which ticks are labelled and how.

use super::style::ChartStyle;
use crate::charts::compare::text_width;
use crate::charts::spec::ChartSpec;
use crate::i18n::{self, Lang};

/// Size of the value and end labels of a chart of several series, CSS px.
pub const LABEL_PX: f64 = 11.0;

/// CSS pixels to backend pixels, and the text's factor.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Scale {
    /// Backend pixels per CSS pixel.
    pub s: f64,
    /// Text size relative to normal.
    pub t: f64,
    /// Line widths and marks, which grow half as fast again as the text.
    pub lw: f64,
}

impl Scale {
    pub fn of(style: &ChartStyle) -> Scale {
        let t = style.text.clamp(0.5, 3.0);
        Scale { s: style.scale.max(0.25), t, lw: 1.0 + (t - 1.0) * 1.5 }
    }

    /// A length in backend pixels.
    pub fn px(self, v: f64) -> i32 {
        (v * self.s).round() as i32
    }

    /// A width in backend pixels, at least one.
    pub fn upx(self, v: f64) -> u32 {
        (v * self.s).round().max(1.0) as u32
    }

    /// A font size in backend pixels.
    pub fn fs(self, v: f64) -> f64 {
        v * self.s * self.t
    }
}

/// The years shown: a chart of several series runs edge to edge, one
/// series' marks get half a year of room either side.
pub fn x_domain(spec: &ChartSpec) -> (f64, f64) {
    if spec.series.is_empty() {
        (f64::from(spec.years.0) - 0.6, f64::from(spec.years.1) + 0.6)
    } else {
        (f64::from(spec.years.0), f64::from(spec.years.1))
    }
}

/// Room on the right for the series' names at the ends of their lines, CSS
/// px: the longest name, at most 40 % of the width.
pub fn end_room(spec: &ChartSpec, sc: Scale, width_px: u32) -> f64 {
    let longest = spec.series.iter().map(|x| text_width(&x.name, LABEL_PX * sc.t)).fold(0.0, f64::max);
    (longest + 14.0).min(f64::from(width_px) / sc.s * 0.4)
}

/// Every year is labelled while they fit (about 44 CSS px each), else every
/// second, third … year, counted from the last (the target year).
pub fn year_step(spec: &ChartSpec, sc: Scale, width_px: u32) -> u32 {
    let years = u32::from(spec.years.1 - spec.years.0) + 1;
    let room = (f64::from(width_px) / (44.0 * sc.s * sc.t)).max(1.0) as u32;
    years.div_ceil(room).max(1)
}

/// The x axis' label at `v`: the year on labelled years, else nothing.
pub fn year_label(v: f64, last: u16, step: u32) -> String {
    let on_year = (v - v.round()).abs() < 1e-6;
    if on_year && ((f64::from(last) - v.round()) as u32) % step == 0 {
        format!("{:.0}", v)
    } else {
        String::new()
    }
}

/// The y axis' label at `v`: a number, or for a milestone "done" at 1 and
/// "not yet" at 0.
pub fn value_label(spec: &ChartSpec, lang: Lang, v: f64) -> String {
    if spec.milestone {
        if (v - 1.0).abs() < 1e-9 {
            i18n::milestone_tick(lang, true).to_string()
        } else if v.abs() < 1e-9 {
            i18n::milestone_tick(lang, false).to_string()
        } else {
            String::new()
        }
    } else {
        i18n::number(lang, v, if spec.y_max <= 10.0 { 1 } else { 0 })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_scale_rounds_to_backend_pixels_and_lines_grow_with_text() {
        let sc = Scale { s: 2.0, t: 1.3, lw: 1.0 + 0.3 * 1.5 };
        assert_eq!((sc.px(4.3), sc.upx(0.1), sc.fs(10.0)), (9, 1, 26.0));
        let style = ChartStyle { scale: 0.0, text: 9.0, ..ChartStyle::new(Lang::Zh, "") };
        let sc = Scale::of(&style);
        assert_eq!((sc.s, sc.t, sc.lw), (0.25, 3.0, 4.0), "clamped");
    }

    #[test]
    fn years_are_labelled_every_nth_counted_from_the_target_year() {
        assert_eq!(year_label(2025.0, 2025, 2), "2025");
        assert_eq!(year_label(2024.0, 2025, 2), "");
        assert_eq!(year_label(2023.0, 2025, 2), "2023");
        assert_eq!(year_label(2024.5, 2025, 1), "", "between years");
    }
}
