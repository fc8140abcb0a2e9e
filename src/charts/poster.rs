//! The share poster: an image for WeChat groups and Moments, 1080 px wide
//! (a phone screen at 3×): the page's name, the view's title, its status or
//! key figure with year and source, the chart where there is one (drawn by
//! [`draw`]), and a QR code of the view's permalink. Drawn on any plotters
//! backend, so the host tests draw it as SVG and read the QR code's modules.

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use qrcode::{Color as Module, EcLevel, QrCode};

use super::compare::text_width;
use super::{draw, ChartSpec, ChartStyle};

pub const POSTER_WIDTH: u32 = 1080;
pub const POSTER_HEIGHT: u32 = 1440;

const INK: RGBColor = RGBColor(29, 36, 48);
const MUTED: RGBColor = RGBColor(70, 78, 90);
const BAND: RGBColor = RGBColor(31, 95, 168);

/// What the poster says; every string already in the reader's language.
#[derive(Debug, Clone, PartialEq)]
pub struct Poster {
    /// The page's name, in the band at the top.
    pub site: String,
    pub title: String,
    /// The status, or the key figure.
    pub headline: String,
    /// Under the headline: the figure's year and source, the plan's words.
    pub lines: Vec<String>,
    /// Beside the QR code: what scanning it opens.
    pub scan: String,
    /// The permalink the QR code holds (shown in small type too).
    pub url: String,
    /// The data's edition and date, in the band under the page's name.
    pub stamp: String,
}

/// A QR code's modules, row by row (`true` is dark).
#[derive(Debug, Clone, PartialEq)]
pub struct Qr {
    pub width: usize,
    pub dark: Vec<bool>,
}

impl Qr {
    /// The QR code of `text` (error correction M: a printed or photographed
    /// poster still scans with a little damage); `None` past its capacity.
    pub fn of(text: &str) -> Option<Qr> {
        let code = QrCode::with_error_correction_level(text.as_bytes(), EcLevel::M).ok()?;
        Some(Qr { width: code.width(), dark: code.to_colors().into_iter().map(|c| c == Module::Dark).collect() })
    }

    pub fn is_dark(&self, x: usize, y: usize) -> bool {
        self.dark[y * self.width + x]
    }
}

/// Breaks `text` into lines no wider than `max` pixels at `size`.
pub fn wrap(text: &str, size: f64, max: f64) -> Vec<String> {
    let mut lines = vec![String::new()];
    for c in text.chars() {
        let line = lines.last_mut().expect("one line at least");
        let mut next = line.clone();
        next.push(c);
        if text_width(&next, size) > max && !line.is_empty() {
            lines.push(c.to_string());
        } else {
            *line = next;
        }
    }
    lines
}

fn font(size: f64, color: &RGBColor) -> TextStyle<'_> {
    TextStyle::from(("sans-serif", size).into_font()).color(color).pos(Pos::new(HPos::Left, VPos::Top))
}

/// Draws the QR code with its quiet zone (four modules, white) at `at`,
/// `side` pixels square; returns the module size in pixels.
pub fn draw_qr<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    qr: &Qr,
    at: (i32, i32),
    side: i32,
) -> Result<i32, DrawingAreaErrorKind<DB::ErrorType>> {
    let cells = qr.width as i32 + 8;
    let m = (side / cells).max(1);
    let (x0, y0) = (at.0 + (side - m * cells) / 2 + 4 * m, at.1 + (side - m * cells) / 2 + 4 * m);
    root.draw(&Rectangle::new([at, (at.0 + side, at.1 + side)], WHITE.filled()))?;
    for y in 0..qr.width {
        for x in 0..qr.width {
            if qr.is_dark(x, y) {
                let (px, py) = (x0 + x as i32 * m, y0 + y as i32 * m);
                root.draw(&Rectangle::new([(px, py), (px + m, py + m)], BLACK.filled()))?;
            }
        }
    }
    Ok(m)
}

/// Draws the poster on `root` (which is [`POSTER_WIDTH`] × [`POSTER_HEIGHT`]).
pub fn draw_poster<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    poster: &Poster,
    qr: &Qr,
    chart: Option<(&ChartSpec, &ChartStyle)>,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    let (w, h) = (POSTER_WIDTH as i32, POSTER_HEIGHT as i32);
    let margin = 64;
    let text_w = f64::from(w - 2 * margin);
    root.fill(&WHITE)?;
    root.draw(&Rectangle::new([(0, 0), (w, 150)], BAND.filled()))?;
    let site = wrap(&poster.site, 34.0, text_w);
    let site = &site[..site.len().min(if poster.stamp.is_empty() { 2 } else { 1 })];
    for (i, line) in site.iter().enumerate() {
        root.draw_text(line, &font(34.0, &WHITE), (margin, 22 + i as i32 * 42))?;
    }
    if let Some(line) = wrap(&poster.stamp, 24.0, text_w).first() {
        root.draw_text(line, &font(24.0, &WHITE), (margin, 22 + 42 + 8))?;
    }
    let mut y = 190;
    for line in wrap(&poster.title, 60.0, text_w).iter().take(3) {
        root.draw_text(line, &font(60.0, &INK), (margin, y))?;
        y += 76;
    }
    y += 16;
    for line in wrap(&poster.headline, 52.0, text_w).iter().take(2) {
        root.draw_text(line, &font(52.0, &BAND), (margin, y))?;
        y += 66;
    }
    y += 8;
    for line in poster.lines.iter().flat_map(|l| wrap(l, 30.0, text_w)).take(if chart.is_some() { 5 } else { 14 }) {
        root.draw_text(&line, &font(30.0, &MUTED), (margin, y))?;
        y += 42;
    }
    // The chart fills what is left above the QR code's row.
    let qr_side = 300;
    let qr_top = h - margin - qr_side;
    if let Some((spec, style)) = chart {
        let top = y + 24;
        if qr_top - 32 - top > 240 {
            let area =
                root.clone().shrink((margin - 16, top), ((w - 2 * margin + 32) as u32, (qr_top - 32 - top) as u32));
            let style = ChartStyle { scale: 2.2, compact: false, active: None, frame: None, ..style.clone() };
            draw(&area, spec, &style)?;
        }
    }
    root.draw(&Rectangle::new([(margin, qr_top - 16), (w - margin, qr_top - 14)], MUTED.mix(0.4).filled()))?;
    draw_qr(root, qr, (w - margin - qr_side, qr_top), qr_side)?;
    let left_w = f64::from(w - 3 * margin - qr_side);
    let mut ty = qr_top + 20;
    for line in wrap(&poster.scan, 40.0, left_w).iter().take(3) {
        root.draw_text(line, &font(40.0, &INK), (margin, ty))?;
        ty += 54;
    }
    for line in wrap(&poster.url, 22.0, left_w).iter().take(5) {
        root.draw_text(line, &font(22.0, &MUTED), (margin, ty + 10))?;
        ty += 30;
    }
    Ok(())
}
