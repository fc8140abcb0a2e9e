//! The cluster comparison's geometry: published output by year against the
//! plan's 1,000 亿元 line, and where every label goes. Pure numbers, so the
//! host tests can check that no two labels overlap; the page draws the
//! layout as SVG (`ui::explore::clusters`).

use super::nice_ceiling;
use crate::model::atlas::{OutputSeries, THOUSAND_BN};

/// The plot area inside a fixed view box.
pub const WIDTH: f64 = 720.0;
pub const HEIGHT: f64 = 340.0;
pub const LEFT: f64 = 58.0;
pub const RIGHT: f64 = 168.0;
pub const TOP: f64 = 14.0;
pub const BOTTOM: f64 = 30.0;
/// Closest two end labels may sit, in view-box units.
const LABEL_GAP: f64 = 13.0;

#[derive(Debug, Clone, PartialEq)]
pub struct CompareAxes {
    pub years: (u16, u16),
    /// The axis starts at zero and always shows the 1,000 亿元 line.
    pub y_max: f64,
    pub y_ticks: Vec<f64>,
}

impl CompareAxes {
    pub fn fit(series: &[OutputSeries]) -> CompareAxes {
        let pts = series.iter().flat_map(|s| s.points.iter());
        let (mut lo, mut hi, mut top) = (u16::MAX, 0u16, THOUSAND_BN);
        for p in pts {
            lo = lo.min(p.year);
            hi = hi.max(p.year);
            top = top.max(p.value.number().unwrap_or(0.0));
        }
        if lo > hi {
            (lo, hi) = (2019, 2025);
        }
        // One year either side, so marks at the ends are not on the frame.
        let years = (lo - 1, hi + 1);
        let y_max = nice_ceiling(top * 1.1);
        let step = nice_ceiling(y_max / 5.0);
        let y_ticks = (0..).map(|i| f64::from(i) * step).take_while(|v| *v <= y_max + 1e-9).collect();
        CompareAxes { years, y_max, y_ticks }
    }

    pub fn x(&self, year: u16) -> f64 {
        let span = f64::from(self.years.1 - self.years.0).max(1.0);
        LEFT + f64::from(year - self.years.0) / span * (WIDTH - LEFT - RIGHT)
    }

    pub fn y(&self, v: f64) -> f64 {
        TOP + (1.0 - v / self.y_max) * (HEIGHT - TOP - BOTTOM)
    }
}

/// Where the end labels go: at each series' last point, pushed apart so
/// that none overlap. Returns one y per input, in input order.
pub fn spread_labels(ys: &[f64]) -> Vec<f64> {
    let mut order: Vec<usize> = (0..ys.len()).collect();
    order.sort_by(|&a, &b| ys[a].total_cmp(&ys[b]));
    let mut out = ys.to_vec();
    let mut last = f64::MIN;
    for &i in &order {
        out[i] = out[i].max(last + LABEL_GAP);
        last = out[i];
    }
    // Pushed past the bottom: shift the whole stack up.
    let over = last - (HEIGHT - BOTTOM);
    if over > 0.0 {
        for y in &mut out {
            *y -= over;
        }
    }
    out
}

/// Width of a label in view-box units at the chart's label size: a Chinese
/// character is about twice as wide as a Latin one.
pub fn text_width(text: &str) -> f64 {
    text.chars().map(|c| if c.is_ascii() { 6.4 } else { 11.5 }).sum::<f64>() + 2.0
}

/// A label's box: centre x, centre y, half width (half height is fixed).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LabelBox {
    pub x: f64,
    pub y: f64,
    pub half: f64,
}

/// Half the height of a label's box, in view-box units.
const HALF_HEIGHT: f64 = 6.0;

impl LabelBox {
    pub fn overlaps(&self, o: &LabelBox) -> bool {
        (self.x - o.x).abs() < self.half + o.half && (self.y - o.y).abs() < 2.0 * HALF_HEIGHT
    }
}

/// Whether a centred label `text` at (`x`, `y`) is clear of the labels in
/// `placed`; if so it is added.
pub fn place_label(placed: &mut Vec<LabelBox>, x: f64, y: f64, text: &str) -> bool {
    let b = LabelBox { x, y, half: text_width(text) / 2.0 };
    let clear = placed.iter().all(|p| !p.overlaps(&b));
    if clear {
        placed.push(b);
    }
    clear
}

/// One drawn point of a series.
#[derive(Debug, Clone, PartialEq)]
pub struct PointLayout {
    pub x: f64,
    pub y: f64,
    /// Its value label, where there is room for it (the table has them all).
    pub label: Option<String>,
}

/// Where a series' line, points and end label go.
#[derive(Debug, Clone, PartialEq)]
pub struct SeriesLayout {
    /// The joined points (one per year; other sources are not joined).
    pub line: Vec<(f64, f64)>,
    pub points: Vec<PointLayout>,
    /// The end label's left baseline point.
    pub end: (f64, f64),
    pub end_text: String,
}

/// Lays out every series: end labels spread so that none overlap, then the
/// value labels that fit clear of every end label and of each other.
/// `end_text` names a series; `value_text` writes a point's short value.
pub fn layout(
    axes: &CompareAxes,
    series: &[OutputSeries],
    end_text: &dyn Fn(&OutputSeries) -> String,
    value_text: &dyn Fn(&crate::model::Value) -> String,
) -> Vec<SeriesLayout> {
    let level = |v: &crate::model::Value| axes.y(v.number().unwrap_or(0.0));
    let ends: Vec<f64> = series.iter().map(|s| s.points.last().map_or(0.0, |p| level(&p.value))).collect();
    let label_ys = spread_labels(&ends);
    let mut placed: Vec<LabelBox> = Vec::new();
    let mut out: Vec<SeriesLayout> = series
        .iter()
        .zip(&label_ys)
        .map(|(s, &ly)| {
            let last_x = s.points.last().map_or(0.0, |p| axes.x(p.year));
            let text = end_text(s);
            let x = last_x + 10.0;
            // Text sits on its baseline, about 4 units below the middle.
            placed.push(LabelBox { x: x + text_width(&text) / 2.0, y: ly, half: text_width(&text) / 2.0 });
            SeriesLayout { line: vec![], points: vec![], end: (x, ly + 4.0), end_text: text }
        })
        .collect();
    for (s, l) in series.iter().zip(out.iter_mut()) {
        for p in &s.points {
            let (x, y) = (axes.x(p.year), level(&p.value));
            if !p.alternate {
                l.line.push((x, y));
            }
            let text = value_text(&p.value);
            // A value label's box is centred 13 units above its point.
            let label = (!text.is_empty() && place_label(&mut placed, x, y - 13.0, &text)).then_some(text);
            l.points.push(PointLayout { x, y, label });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn value_labels_that_would_overlap_are_left_out() {
        let mut placed = Vec::new();
        assert!(place_label(&mut placed, 100.0, 50.0, "1100"));
        assert!(!place_label(&mut placed, 105.0, 52.0, "1200"), "on top of the first");
        assert!(place_label(&mut placed, 100.0, 70.0, "1300"), "a line below");
        assert!(place_label(&mut placed, 140.0, 50.0, "1400"), "beside it");
        assert!(!place_label(&mut placed, 130.0, 50.0, "超1100"), "a wider Chinese label reaches the first");
    }

    #[test]
    fn labels_never_overlap_and_keep_their_order() {
        let ys = [100.0, 101.0, 300.0, 99.0];
        let out = spread_labels(&ys);
        let mut sorted = out.clone();
        sorted.sort_by(f64::total_cmp);
        for w in sorted.windows(2) {
            assert!(w[1] - w[0] >= LABEL_GAP - 1e-9);
        }
        assert!(out[3] < out[0] && out[0] < out[1]);
        assert!(spread_labels(&[HEIGHT, HEIGHT]).iter().all(|y| *y <= HEIGHT - BOTTOM + 1e-9));
    }
}
