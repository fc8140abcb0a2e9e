//! What a chart shows, drawn on its plot: the goal and its label, the
//! required path, the series' lines, the figures' marks, the names and
//! values of a chart of several series, and the ring of the active mark.

use plotters::coord::types::RangedCoordf64;
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::layout::Plot;
use super::scales::{Scale, LABEL_PX};
use super::style::{font, stroke, ChartStyle, CONFLICT, FOCUS, GOAL, OTHER, PALETTE, PARTIAL, SERIES, THRESHOLD};
use crate::charts::compare::{place_label, spread_labels, text_width, LabelBox};
use crate::charts::spec::{ChartSpec, Goal, MarkKind};
use crate::i18n::{self, Lang};

type Drawn<T, DB> = Result<T, DrawingAreaErrorKind<<DB as DrawingBackend>::ErrorType>>;

/// A stroke `w` CSS px wide at normal text size, thicker with the text.
fn thin(c: RGBAColor, w: f64, sc: Scale) -> ShapeStyle {
    stroke(c, sc.upx(w * sc.lw))
}

/// The goal's marks, then its label (not on a sparkline).
pub fn goal<DB: DrawingBackend>(
    plot: &mut Plot<'_, DB>,
    spec: &ChartSpec,
    style: &ChartStyle,
    sc: Scale,
) -> Drawn<(), DB> {
    let (x0, x1) = super::scales::x_domain(spec);
    let area = plot.plotting_area();
    let goal_r = sc.px(if style.compact { 5.0 } else { 8.0 });
    // Each goal draws its marks and says where its label goes.
    let label_at: ((f64, f64), HPos, VPos) = match spec.goal {
        Goal::Level { year, value } => {
            let y = f64::from(year);
            area.draw(&PathElement::new(vec![(x0, value), (x1, value)], thin(GOAL.mix(0.35), 1.0, sc)))?;
            area.draw(&(EmptyElement::at((y, value)) + Polygon::new(diamond(goal_r), GOAL.filled())))?;
            ((y - 0.2, value), HPos::Right, VPos::Bottom)
        }
        Goal::Band { year, low, high, centre } => {
            let y = f64::from(year);
            area.draw(&Rectangle::new([(y - 0.4, low), (y + 0.4, high)], GOAL.mix(0.18).filled()))?;
            area.draw(&PathElement::new(vec![(y - 0.4, centre), (y + 0.4, centre)], thin(GOAL.to_rgba(), 2.0, sc)))?;
            ((y - 0.45, high), HPos::Right, VPos::Bottom)
        }
        Goal::PerYear { from, to, value } => {
            let pts = vec![(f64::from(from) - 0.4, value), (f64::from(to) + 0.4, value)];
            plot.draw_series(DashedLineSeries::new(pts, sc.upx(7.0), sc.upx(4.0), thin(GOAL.to_rgba(), 2.0, sc)))?;
            ((f64::from(from) - 0.4, value), HPos::Left, VPos::Bottom)
        }
        Goal::Milestone { year } => {
            let y = f64::from(year);
            area.draw(&(EmptyElement::at((y, 1.0)) + Polygon::new(diamond(goal_r), GOAL.filled())))?;
            ((y - 0.25, 1.0), HPos::Right, VPos::Bottom)
        }
        Goal::Direction { .. } => ((x0 + 0.1, spec.y_max), HPos::Left, VPos::Top),
        Goal::Threshold { value } => {
            let pts = vec![(x0, value), (x1, value)];
            plot.draw_series(DashedLineSeries::new(pts, sc.upx(6.0), sc.upx(4.0), thin(THRESHOLD.to_rgba(), 1.5, sc)))?;
            // Just above the line, clear of its dashes.
            ((x1, value + spec.y_max * 0.012), HPos::Right, VPos::Bottom)
        }
    };
    if !style.compact {
        let (at, h, v) = label_at;
        let colour = if spec.series.is_empty() { &style.inks().goal } else { &THRESHOLD };
        let label = font(sc.fs(12.0), colour).pos(Pos::new(h, v));
        plot.plotting_area().draw(&Text::new(style.goal_label.clone(), at, label))?;
    }
    Ok(())
}

/// The path from the baseline to the goal, dashed, and each series' line
/// (none for a milestone).
pub fn lines<DB: DrawingBackend>(
    plot: &mut Plot<'_, DB>,
    spec: &ChartSpec,
    style: &ChartStyle,
    sc: Scale,
) -> Drawn<(), DB> {
    if spec.path.len() >= 2 {
        let pts: Vec<(f64, f64)> = spec.path.iter().map(|&(y, v)| (f64::from(y), v)).collect();
        let path = thin(style.inks().path.to_rgba(), 1.5, sc);
        plot.draw_series(DashedLineSeries::new(pts, sc.upx(5.0), sc.upx(4.0), path))?;
    }
    for k in 0..spec.series_count() {
        let line: Vec<(f64, f64)> = spec.line(k).map(|(_, m)| (f64::from(m.year), m.value)).collect();
        if line.len() < 2 || spec.milestone {
            continue;
        }
        match spec.series.get(k) {
            None => plot.draw_series(LineSeries::new(line, thin(SERIES.to_rgba(), 2.0, sc)))?,
            // A county's or a park's scope: dashed, never mistaken for the city's.
            Some(x) if x.local => {
                let colour = PALETTE[x.shape % PALETTE.len()].to_rgba();
                plot.draw_series(DashedLineSeries::new(line, sc.upx(5.0), sc.upx(3.0), thin(colour, 2.0, sc)))?
            }
            Some(x) => {
                plot.draw_series(LineSeries::new(line, thin(PALETTE[x.shape % PALETTE.len()].to_rgba(), 2.0, sc)))?
            }
        };
    }
    Ok(())
}

/// The radius of a figure's mark, CSS px.
pub fn mark_radius(style: &ChartStyle, sc: Scale) -> f64 {
    let r = if style.compact { 2.5 } else { 4.5 };
    r * sc.lw
}

/// Each figure's mark; returns where each landed, in backend pixels, in the
/// order of `ChartSpec::marks`.
pub fn marks<DB: DrawingBackend>(
    plot: &Plot<'_, DB>,
    spec: &ChartSpec,
    style: &ChartStyle,
    sc: Scale,
) -> Drawn<Vec<(i32, i32)>, DB> {
    let coord = plot.as_coord_spec();
    let area = plot.plotting_area();
    let r = mark_radius(style, sc);
    let mut points = Vec::with_capacity(spec.marks.len());
    let mut others_in_year: (usize, u16, usize) = (0, 0, 0);
    for m in &spec.marks {
        let x = match m.kind {
            MarkKind::Series => f64::from(m.year),
            MarkKind::Partial => f64::from(m.year) - 0.22,
            MarkKind::Alternate { .. } => {
                let same = others_in_year.0 == m.series && others_in_year.1 == m.year;
                others_in_year = (m.series, m.year, if same { others_in_year.2 + 1 } else { 1 });
                f64::from(m.year) + 0.2 * others_in_year.2 as f64
            }
        };
        let at = (x, m.value);
        points.push(coord.translate(&at));
        if let Some(x) = spec.series.get(m.series) {
            series_mark(area, at, x.shape, x.local, m.kind, |v| sc.upx(v * sc.lw))?;
            continue;
        }
        match m.kind {
            MarkKind::Series => {
                area.draw(&Circle::new(at, sc.upx(r), SERIES.filled()))?;
            }
            MarkKind::Partial => {
                area.draw(&Circle::new(at, sc.upx(r), thin(PARTIAL.to_rgba(), 2.0, sc)))?;
                if !style.compact {
                    let label = i18n::period_name(style.lang, &m.figure.period);
                    let style_ = font(sc.fs(11.0), &style.inks().partial).pos(Pos::new(HPos::Right, VPos::Top));
                    area.draw(&Text::new(label, at, style_))?;
                }
            }
            MarkKind::Alternate { conflict } => {
                let (dx, dy) = (0.09, spec.y_max * 0.022);
                area.draw(&Rectangle::new([(x - dx, m.value - dy), (x + dx, m.value + dy)], OTHER.filled()))?;
                if conflict {
                    area.draw(&Rectangle::new(
                        [(x - dx * 1.7, m.value - dy * 1.7), (x + dx * 1.7, m.value + dy * 1.7)],
                        thin(CONFLICT.to_rgba(), 2.0, sc),
                    ))?;
                }
            }
        }
    }
    Ok(points)
}

/// A mark of a chart of several series: the shape says which cluster (the
/// colour repeats it); hollow for a county's or park's scope; another
/// source's figure for a year lighter, framed when it conflicts.
fn series_mark<DB: DrawingBackend>(
    area: &DrawingArea<DB, Cartesian2d<RangedCoordf64, RangedCoordf64>>,
    at: (f64, f64),
    shape: usize,
    local: bool,
    kind: MarkKind,
    upx: impl Fn(f64) -> u32,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    let colour = PALETTE[shape % PALETTE.len()];
    let colour = if matches!(kind, MarkKind::Alternate { .. }) { colour.mix(0.7) } else { colour.to_rgba() };
    let style =
        if local { ShapeStyle { color: colour, filled: false, stroke_width: upx(2.0) } } else { colour.filled() };
    // Shapes in pixels around the point, whatever the axes' scales.
    let r = upx(5.0) as i32;
    let poly = |pts: Vec<(i32, i32)>| EmptyElement::at(at) + Polygon::new(pts, style);
    let outline = |pts: Vec<(i32, i32)>| {
        let mut closed = pts.clone();
        closed.push(pts[0]);
        EmptyElement::at(at) + PathElement::new(closed, style)
    };
    let shape_pts: Option<Vec<(i32, i32)>> = match shape % 5 {
        0 => None,
        1 => Some(vec![(-r, -r), (r, -r), (r, r), (-r, r)]),
        2 => Some(vec![(0, -r - 1), (r + 1, 0), (0, r + 1), (-r - 1, 0)]),
        3 => Some(vec![(0, -r - 1), (r + 1, r), (-r - 1, r)]),
        _ => Some(vec![(0, r + 1), (r + 1, -r), (-r - 1, -r)]),
    };
    match (shape_pts, local) {
        (None, _) => area.draw(&(EmptyElement::at(at) + Circle::new((0, 0), r as u32, style)))?,
        (Some(p), false) => area.draw(&poly(p))?,
        (Some(p), true) => area.draw(&outline(p))?,
    }
    if let MarkKind::Alternate { conflict: true } = kind {
        let f = r + upx(4.0) as i32;
        let frame = vec![(-f, -f), (f, -f), (f, f), (-f, f), (-f, -f)];
        area.draw(&(EmptyElement::at(at) + PathElement::new(frame, stroke(CONFLICT, upx(2.0)))))?;
    }
    Ok(())
}

/// The series' names in the right margin, each at the height of its line's
/// end where there is room and pushed apart where there is not, joined to
/// the end by a faint leader; then each point's value where it fits clear of
/// every label already placed (the table under the chart has them all).
/// Drawn on `area` in backend pixels; returns the boxes placed.
pub fn series_labels<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    spec: &ChartSpec,
    points: &[(i32, i32)],
    (right, bottom): (i32, i32),
    (s, t): (f64, f64),
    lang: Lang,
    ink: &RGBColor,
) -> Result<Vec<LabelBox>, DrawingAreaErrorKind<DB::ErrorType>> {
    let (ox, oy) = area.get_base_pixel();
    let size = LABEL_PX * s * t;
    let last: Vec<Option<usize>> =
        (0..spec.series.len()).map(|k| spec.marks.iter().rposition(|m| m.series == k)).collect();
    let ends: Vec<f64> = last.iter().map(|i| i.map_or(0.0, |i| f64::from(points[i].1))).collect();
    let ys = spread_labels(&ends, size * 1.3, f64::from(bottom) - size * 0.4);
    let mut placed: Vec<LabelBox> = Vec::new();
    for (k, x) in spec.series.iter().enumerate() {
        let Some(i) = last[k] else { continue };
        let colour = &PALETTE[x.shape % PALETTE.len()];
        let left = f64::from(right) + 10.0 * s;
        let half = text_width(&x.name, size) / 2.0;
        placed.push(LabelBox { x: left + half, y: ys[k], half, half_height: size * 0.6 });
        let from = (points[i].0 + (7.0 * s) as i32 - ox, points[i].1 - oy);
        let to = (left as i32 - (3.0 * s) as i32 - ox, ys[k] as i32 - oy);
        area.draw(&PathElement::new(vec![from, to], stroke(colour.mix(0.45), (s.round() as u32).max(1))))?;
        let style = font(size, colour).pos(Pos::new(HPos::Left, VPos::Center));
        area.draw(&Text::new(x.name.clone(), (left as i32 - ox, ys[k] as i32 - oy), style))?;
    }
    for (i, m) in spec.marks.iter().enumerate() {
        let text = i18n::short_value(lang, &m.figure.value);
        let (x, y) = (f64::from(points[i].0), f64::from(points[i].1) - 11.0 * s * t);
        if text.is_empty() || !place_label(&mut placed, x, y, &text, size) {
            continue;
        }
        let style = font(size * 0.92, ink).pos(Pos::new(HPos::Center, VPos::Center));
        area.draw(&Text::new(text, (x as i32 - ox, y as i32 - oy), style))?;
    }
    Ok(placed)
}

/// A ring around a mark, drawn in backend pixels on the area that holds the chart.
pub fn ring<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    at: (i32, i32),
    radius: u32,
    width: u32,
) -> Drawn<(), DB> {
    let (ox, oy) = area.get_base_pixel();
    area.draw(&Circle::new(
        (at.0 - ox, at.1 - oy),
        radius,
        ShapeStyle { color: FOCUS.to_rgba(), filled: false, stroke_width: width },
    ))
}

/// The goal's diamond, in pixels around its point like the series' marks:
/// in data units it was squashed flat in a sparkline and stretched wide in
/// a full chart, whatever the axes' scales made of it.
fn diamond(r: i32) -> Vec<(i32, i32)> {
    vec![(-r, 0), (0, -r), (r, 0), (0, r)]
}
