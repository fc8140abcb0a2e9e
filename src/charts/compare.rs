//! Where the labels of a chart of several series go (the cluster
//! comparison): the names at the ends of the lines pushed apart, and value
//! labels only where they are clear of every other label. Pure numbers in
//! backend pixels, so the host tests can check that no two labels overlap.

/// Width of a label of `size` pixels, with a pixel of room either side
/// (the model's one estimate: `model::measure`).
pub fn text_width(text: &str, size: f64) -> f64 {
    crate::model::measure::text_width(text, size) + 2.0
}

/// A label's box: centre and half extents, in backend pixels.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LabelBox {
    pub x: f64,
    pub y: f64,
    pub half: f64,
    pub half_height: f64,
}

impl LabelBox {
    pub fn overlaps(&self, o: &LabelBox) -> bool {
        (self.x - o.x).abs() < self.half + o.half && (self.y - o.y).abs() < self.half_height + o.half_height
    }
}

/// Whether a centred label `text` of `size` pixels at (`x`, `y`) is clear
/// of the labels in `placed`; if so it is added.
pub fn place_label(placed: &mut Vec<LabelBox>, x: f64, y: f64, text: &str, size: f64) -> bool {
    let b = LabelBox { x, y, half: text_width(text, size) / 2.0, half_height: size * 0.6 };
    let clear = placed.iter().all(|p| !p.overlaps(&b));
    if clear {
        placed.push(b);
    }
    clear
}

/// Where the end labels go: at each series' last point, pushed apart by at
/// least `gap` so that none overlap, and the stack kept above `bottom`.
/// Returns one y per input, in input order.
pub fn spread_labels(ys: &[f64], gap: f64, bottom: f64) -> Vec<f64> {
    let mut order: Vec<usize> = (0..ys.len()).collect();
    order.sort_by(|&a, &b| ys[a].total_cmp(&ys[b]));
    let mut out = ys.to_vec();
    // Down the stack: each at least `gap` below the one above.
    let mut last = f64::MIN;
    for &i in &order {
        out[i] = out[i].max(last + gap);
        last = out[i];
    }
    // Up from the bottom: only the labels that ran past it move back up.
    let mut next = bottom + gap;
    for &i in order.iter().rev() {
        out[i] = out[i].min(next - gap);
        next = out[i];
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn value_labels_that_would_overlap_are_left_out() {
        let mut placed = Vec::new();
        assert!(place_label(&mut placed, 100.0, 50.0, "1100", 11.0));
        assert!(!place_label(&mut placed, 105.0, 52.0, "1200", 11.0), "on top of the first");
        assert!(place_label(&mut placed, 100.0, 70.0, "1300", 11.0), "a line below");
        assert!(place_label(&mut placed, 140.0, 50.0, "1400", 11.0), "beside it");
        assert!(!place_label(&mut placed, 128.0, 50.0, "超1100", 11.0), "a wider Chinese label reaches the first");
    }

    #[test]
    fn labels_never_overlap_and_keep_their_order() {
        let ys = [100.0, 101.0, 300.0, 99.0];
        let out = spread_labels(&ys, 13.0, 400.0);
        let mut sorted = out.clone();
        sorted.sort_by(f64::total_cmp);
        for w in sorted.windows(2) {
            assert!(w[1] - w[0] >= 13.0 - 1e-9);
        }
        assert!(out[3] < out[0] && out[0] < out[1]);
        assert!(spread_labels(&[400.0, 400.0], 13.0, 400.0).iter().all(|y| *y <= 400.0 + 1e-9));
    }
}
