//! How a chart looks: the reader's settings for it ([`ChartStyle`]), the
//! PNG's [`Frame`], and the colours of ink, rules and series.

use plotters::prelude::*;

use crate::i18n::Lang;

pub const SERIES: RGBColor = RGBColor(31, 95, 168);
pub const GOAL: RGBColor = RGBColor(30, 122, 70);
pub const PARTIAL: RGBColor = RGBColor(179, 84, 30);
pub const OTHER: RGBColor = RGBColor(107, 95, 168);
pub const CONFLICT: RGBColor = RGBColor(163, 38, 42);
pub const FOCUS: RGBColor = RGBColor(242, 182, 0);
pub const THRESHOLD: RGBColor = RGBColor(163, 38, 42);
/// The colours of a chart of several series, by cluster (the shape repeats it).
pub const PALETTE: [RGBColor; 8] = [
    RGBColor(31, 95, 168),
    RGBColor(163, 38, 42),
    RGBColor(30, 122, 70),
    RGBColor(138, 90, 0),
    RGBColor(107, 63, 160),
    RGBColor(15, 125, 134),
    RGBColor(179, 84, 30),
    RGBColor(74, 85, 99),
];

/// A title above and source lines below, for the PNG download.
#[derive(Debug, Clone, PartialEq)]
pub struct Frame {
    pub title: String,
    pub subtitle: String,
    pub footer: Vec<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ChartStyle {
    /// Backend pixels per CSS pixel.
    pub scale: f64,
    /// A sparkline: no axes, no labels.
    pub compact: bool,
    /// The mark to ring (tooltip or keyboard focus).
    pub active: Option<usize>,
    pub lang: Lang,
    /// The target as worded, to label the goal.
    pub goal_label: String,
    pub frame: Option<Frame>,
    /// Text size relative to the normal one (the large-text mode's is
    /// [`LARGE_TEXT`]); lines and marks thicken with it.
    pub text: f64,
    /// Axis labels and grey text in black, a darker grid.
    pub high_contrast: bool,
}

/// The chart text's size in the large-text mode (长辈模式), relative to normal.
pub const LARGE_TEXT: f64 = 1.3;

impl ChartStyle {
    pub fn new(lang: Lang, goal_label: impl Into<String>) -> ChartStyle {
        ChartStyle {
            scale: 1.0,
            compact: false,
            active: None,
            lang,
            goal_label: goal_label.into(),
            frame: None,
            text: 1.0,
            high_contrast: false,
        }
    }

    /// The colours of text and rules in this style's contrast mode.
    pub fn inks(&self) -> &'static Inks {
        if self.high_contrast {
            &HIGH_CONTRAST_INKS
        } else {
            &INKS
        }
    }
}

/// The colours of text and rules, by contrast mode.
pub struct Inks {
    pub ink: RGBColor,
    pub muted: RGBColor,
    pub grid: RGBColor,
    pub path: RGBColor,
    /// The goal's label, and a part-year figure's.
    pub goal: RGBColor,
    pub partial: RGBColor,
}

const INKS: Inks = Inks {
    ink: RGBColor(29, 36, 48),
    muted: RGBColor(91, 100, 114),
    grid: RGBColor(229, 233, 239),
    path: RGBColor(120, 128, 140),
    goal: GOAL,
    partial: PARTIAL,
};
/// Text at 7:1 or more on white.
const HIGH_CONTRAST_INKS: Inks = Inks {
    ink: RGBColor(0, 0, 0),
    muted: RGBColor(0, 0, 0),
    grid: RGBColor(150, 150, 150),
    path: RGBColor(60, 60, 60),
    goal: RGBColor(11, 90, 46),
    partial: RGBColor(128, 48, 0),
};

pub fn font(size: f64, color: &RGBColor) -> TextStyle<'_> {
    TextStyle::from(("sans-serif", size).into_font()).color(color)
}

pub fn stroke(color: impl Color, width: u32) -> ShapeStyle {
    ShapeStyle { color: color.to_rgba(), filled: false, stroke_width: width }
}
