//! The cluster comparison's geometry: published output by year against the
//! plan's 1,000 亿元 line. Pure numbers, so the host tests can check it;
//! the page draws it as SVG (`ui::explore`).

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

/// Whether a centred label of `chars` characters at (`x`, `y`) is clear of
/// the labels in `placed` (centre x, y, half width); if so it is added.
pub fn place_label(placed: &mut Vec<(f64, f64, f64)>, x: f64, y: f64, chars: usize) -> bool {
    // About 6 view-box units per character at the chart's label size.
    let half = chars as f64 * 3.2 + 1.0;
    let clear = placed.iter().all(|&(px, py, ph)| (px - x).abs() > ph + half || (py - y).abs() > 11.0);
    if clear {
        placed.push((x, y, half));
    }
    clear
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn value_labels_that_would_overlap_are_left_out() {
        let mut placed = Vec::new();
        assert!(place_label(&mut placed, 100.0, 50.0, 4));
        assert!(!place_label(&mut placed, 105.0, 52.0, 4), "on top of the first");
        assert!(place_label(&mut placed, 100.0, 70.0, 4), "a line below");
        assert!(place_label(&mut placed, 140.0, 50.0, 4), "beside it");
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
