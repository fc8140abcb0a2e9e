//! Drawing a [`ChartSpec`] with plotters, on any backend.
//!
//! Sizes are given in CSS pixels and multiplied by `ChartStyle::scale`
//! (the device pixel ratio), because plotters lays out in the backend's own
//! pixels; text by `ChartStyle::text` too (larger in the large-text mode,
//! with thicker lines), and the high-contrast mode draws grey text black. The returned [`Geometry`] holds plotters' coordinate mapping, so
//! hit-testing asks plotters where things are instead of guessing.

use plotters::coord::types::RangedCoordf64;
use plotters::coord::{ReverseCoordTranslate, Shift};
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::compare::{place_label, spread_labels, text_width, LabelBox};
use super::spec::{ChartSpec, Goal, MarkKind};
use crate::i18n::{self, Lang};

const INK: RGBColor = RGBColor(29, 36, 48);
const MUTED: RGBColor = RGBColor(91, 100, 114);
const GRID: RGBColor = RGBColor(229, 233, 239);
const SERIES: RGBColor = RGBColor(31, 95, 168);
const GOAL: RGBColor = RGBColor(30, 122, 70);
const PATH: RGBColor = RGBColor(120, 128, 140);
const PARTIAL: RGBColor = RGBColor(179, 84, 30);
const OTHER: RGBColor = RGBColor(107, 95, 168);
const CONFLICT: RGBColor = RGBColor(163, 38, 42);
const FOCUS: RGBColor = RGBColor(242, 182, 0);
const THRESHOLD: RGBColor = RGBColor(163, 38, 42);
/// The colours of a chart of several series, by cluster (the shape repeats it).
const PALETTE: [RGBColor; 8] = [
    RGBColor(31, 95, 168),
    RGBColor(163, 38, 42),
    RGBColor(30, 122, 70),
    RGBColor(138, 90, 0),
    RGBColor(107, 63, 160),
    RGBColor(15, 125, 134),
    RGBColor(179, 84, 30),
    RGBColor(74, 85, 99),
];
/// Size of the value and end labels of a chart of several series, CSS px.
const LABEL_PX: f64 = 11.0;

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
}

/// The colours of text and rules, by contrast mode.
struct Inks {
    ink: RGBColor,
    muted: RGBColor,
    grid: RGBColor,
    path: RGBColor,
    /// The goal's label, and a part-year figure's.
    goal: RGBColor,
    partial: RGBColor,
}

const INKS: Inks = Inks { ink: INK, muted: MUTED, grid: GRID, path: PATH, goal: GOAL, partial: PARTIAL };
/// Text at 7:1 or more on white.
const HIGH_CONTRAST_INKS: Inks = Inks {
    ink: RGBColor(0, 0, 0),
    muted: RGBColor(0, 0, 0),
    grid: RGBColor(150, 150, 150),
    path: RGBColor(60, 60, 60),
    goal: RGBColor(11, 90, 46),
    partial: RGBColor(128, 48, 0),
};

/// Where the marks landed, and plotters' mapping between data and pixels.
#[derive(Clone)]
pub struct Geometry {
    pub coord: Cartesian2d<RangedCoordf64, RangedCoordf64>,
    /// Backend pixel position of each mark, in the order of `ChartSpec::marks`.
    pub points: Vec<(i32, i32)>,
    /// The boxes of the end and value labels drawn (a chart of several
    /// series), in backend pixels: none overlaps another.
    pub labels: Vec<LabelBox>,
}

impl Geometry {
    /// The data coordinates under a backend pixel, if it is inside the plot.
    pub fn data_at(&self, pixel: (i32, i32)) -> Option<(f64, f64)> {
        self.coord.reverse_translate(pixel)
    }

    /// The mark nearest to a backend pixel: nearest in x first (years are
    /// what a reader scans), then in y; none when the pointer is outside
    /// the plot or further than half a year from every mark.
    pub fn hit(&self, pixel: (i32, i32)) -> Option<usize> {
        self.data_at(pixel)?;
        let year_px = {
            let a = self.coord.translate(&(0.0, 0.0)).0;
            let b = self.coord.translate(&(1.0, 0.0)).0;
            (b - a).abs().max(8)
        };
        self.points
            .iter()
            .enumerate()
            .map(|(i, &(x, y))| (i, (x - pixel.0).abs(), (y - pixel.1).abs()))
            .filter(|&(_, dx, _)| dx <= year_px / 2 + 4)
            .min_by_key(|&(_, dx, dy)| (dx / 4, dy))
            .map(|(i, _, _)| i)
    }
}

fn font(size: f64, color: &RGBColor) -> TextStyle<'_> {
    TextStyle::from(("sans-serif", size).into_font()).color(color)
}

fn stroke(color: impl Color, width: u32) -> ShapeStyle {
    ShapeStyle { color: color.to_rgba(), filled: false, stroke_width: width }
}

/// Draws the chart into `root`.
pub fn draw<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    spec: &ChartSpec,
    style: &ChartStyle,
) -> Result<Geometry, DrawingAreaErrorKind<DB::ErrorType>> {
    let s = style.scale.max(0.25);
    let t = style.text.clamp(0.5, 3.0);
    let inks = if style.high_contrast { &HIGH_CONTRAST_INKS } else { &INKS };
    let px = |v: f64| (v * s).round() as i32;
    let upx = |v: f64| (v * s).round().max(1.0) as u32;
    // Text sizes, and line widths and marks, which grow half as fast.
    let fs = |v: f64| v * s * t;
    let lw = 1.0 + (t - 1.0) * 1.5;
    root.fill(&WHITE)?;

    let mut area = root.clone();
    if let Some(frame) = &style.frame {
        let (_, h) = root.dim_in_pixel();
        let (top, rest) = root.split_vertically(px(70.0));
        top.draw_text(
            &frame.title,
            &font(fs(20.0), &inks.ink).pos(Pos::new(HPos::Left, VPos::Top)),
            (px(18.0), px(12.0)),
        )?;
        top.draw_text(
            &frame.subtitle,
            &font(fs(14.0), &inks.muted).pos(Pos::new(HPos::Left, VPos::Top)),
            (px(18.0), px(42.0)),
        )?;
        let footer_h = px(18.0 * frame.footer.len() as f64 + 14.0);
        let (mid, bottom) = rest.split_vertically(h as i32 - px(70.0) - footer_h);
        for (i, line) in frame.footer.iter().enumerate() {
            bottom.draw_text(
                line,
                &font(fs(12.0), &inks.muted).pos(Pos::new(HPos::Left, VPos::Top)),
                (px(18.0), px(6.0 + 18.0 * i as f64)),
            )?;
        }
        area = mid;
    }

    let several = !spec.series.is_empty();
    let (x0, x1) = if several {
        (f64::from(spec.years.0), f64::from(spec.years.1))
    } else {
        (f64::from(spec.years.0) - 0.6, f64::from(spec.years.1) + 0.6)
    };
    // Room on the right for the series' names at the ends of their lines.
    let end_room = spec.series.iter().map(|x| text_width(&x.name, LABEL_PX * t)).fold(0.0, f64::max);
    let end_room = (end_room + 14.0).min(f64::from(area.dim_in_pixel().0) / s * 0.4);
    let mut builder = ChartBuilder::on(&area);
    if style.compact {
        builder.margin(px(4.0)).x_label_area_size(0).y_label_area_size(0);
    } else {
        builder
            .margin_top(px(16.0))
            .margin_right(px(if several { end_room } else { 18.0 }))
            .margin_left(px(4.0))
            .margin_bottom(px(4.0))
            .x_label_area_size(px(28.0 * t))
            .y_label_area_size(px(if spec.milestone { 64.0 } else { 60.0 } * t));
    }
    let mut chart = builder.build_cartesian_2d(x0..x1, 0.0..spec.y_max)?;

    if !style.compact {
        let lang = style.lang;
        let milestone = spec.milestone;
        let decimals = if spec.y_max <= 10.0 { 1 } else { 0 };
        let y_fmt = move |v: &f64| -> String {
            if milestone {
                if (*v - 1.0).abs() < 1e-9 {
                    i18n::milestone_tick(lang, true).to_string()
                } else if v.abs() < 1e-9 {
                    i18n::milestone_tick(lang, false).to_string()
                } else {
                    String::new()
                }
            } else {
                i18n::number(lang, *v, decimals)
            }
        };
        // Every year while they fit (about 44 CSS px each), else every
        // second, third … year, counted from the last (the target year).
        let years = u32::from(spec.years.1 - spec.years.0) + 1;
        let room = (area.dim_in_pixel().0 as f64 / (44.0 * s * t)).max(1.0) as u32;
        let step = years.div_ceil(room).max(1);
        let last = f64::from(spec.years.1);
        let x_fmt = move |v: &f64| {
            let on_year = (v - v.round()).abs() < 1e-6;
            if on_year && ((last - v.round()) as u32) % step == 0 {
                format!("{:.0}", v)
            } else {
                String::new()
            }
        };
        chart
            .configure_mesh()
            .disable_x_mesh()
            .bold_line_style(ShapeStyle { color: inks.grid.to_rgba(), filled: false, stroke_width: upx(1.0) })
            .light_line_style(TRANSPARENT)
            .axis_style(ShapeStyle { color: inks.muted.to_rgba(), filled: false, stroke_width: upx(lw) })
            .x_labels((spec.years.1 - spec.years.0 + 1) as usize)
            .x_label_formatter(&x_fmt)
            .y_labels(if milestone { 3 } else { 6 })
            .y_label_formatter(&y_fmt)
            .label_style(font(fs(12.0), &inks.muted))
            .set_all_tick_mark_size(px(4.0))
            .draw()?;
    }

    let thin = |c: RGBAColor, w: f64| stroke(c, upx(w * lw));
    let area_ref = chart.plotting_area();
    let label_style = font(fs(12.0), &inks.goal);
    let goal_r = px(if style.compact { 5.0 } else { 8.0 });
    // Each goal draws its marks and says where its label goes (drawn once, below).
    let label_at: ((f64, f64), HPos, VPos) = match spec.goal {
        Goal::Level { year, value } => {
            let y = f64::from(year);
            area_ref.draw(&PathElement::new(vec![(x0, value), (x1, value)], thin(GOAL.mix(0.35), 1.0)))?;
            area_ref.draw(&(EmptyElement::at((y, value)) + Polygon::new(diamond(goal_r), GOAL.filled())))?;
            ((y - 0.2, value), HPos::Right, VPos::Bottom)
        }
        Goal::Band { year, low, high, centre } => {
            let y = f64::from(year);
            area_ref.draw(&Rectangle::new([(y - 0.4, low), (y + 0.4, high)], GOAL.mix(0.18).filled()))?;
            area_ref.draw(&PathElement::new(vec![(y - 0.4, centre), (y + 0.4, centre)], thin(GOAL.to_rgba(), 2.0)))?;
            ((y - 0.45, high), HPos::Right, VPos::Bottom)
        }
        Goal::PerYear { from, to, value } => {
            let pts = vec![(f64::from(from) - 0.4, value), (f64::from(to) + 0.4, value)];
            chart.draw_series(DashedLineSeries::new(pts, upx(7.0), upx(4.0), thin(GOAL.to_rgba(), 2.0)))?;
            ((f64::from(from) - 0.4, value), HPos::Left, VPos::Bottom)
        }
        Goal::Milestone { year } => {
            let y = f64::from(year);
            area_ref.draw(&(EmptyElement::at((y, 1.0)) + Polygon::new(diamond(goal_r), GOAL.filled())))?;
            ((y - 0.25, 1.0), HPos::Right, VPos::Bottom)
        }
        Goal::Direction { .. } => ((x0 + 0.1, spec.y_max), HPos::Left, VPos::Top),
        Goal::Threshold { value } => {
            let pts = vec![(x0, value), (x1, value)];
            chart.draw_series(DashedLineSeries::new(pts, upx(6.0), upx(4.0), thin(THRESHOLD.to_rgba(), 1.5)))?;
            // Just above the line, clear of its dashes.
            ((x1, value + spec.y_max * 0.012), HPos::Right, VPos::Bottom)
        }
    };
    if !style.compact {
        let (at, h, v) = label_at;
        let label_style = if several { font(fs(12.0), &THRESHOLD) } else { label_style };
        chart.plotting_area().draw(&Text::new(style.goal_label.clone(), at, label_style.pos(Pos::new(h, v))))?;
    }

    if spec.path.len() >= 2 {
        let pts: Vec<(f64, f64)> = spec.path.iter().map(|&(y, v)| (f64::from(y), v)).collect();
        chart.draw_series(DashedLineSeries::new(pts, upx(5.0), upx(4.0), thin(inks.path.to_rgba(), 1.5)))?;
    }

    for k in 0..spec.series_count() {
        let line: Vec<(f64, f64)> = spec.line(k).map(|(_, m)| (f64::from(m.year), m.value)).collect();
        if line.len() < 2 || spec.milestone {
            continue;
        }
        match spec.series.get(k) {
            None => chart.draw_series(LineSeries::new(line, thin(SERIES.to_rgba(), 2.0)))?,
            // A county's or a park's scope: dashed, never mistaken for the city's.
            Some(x) if x.local => {
                let colour = PALETTE[x.shape % PALETTE.len()].to_rgba();
                chart.draw_series(DashedLineSeries::new(line, upx(5.0), upx(3.0), thin(colour, 2.0)))?
            }
            Some(x) => {
                chart.draw_series(LineSeries::new(line, thin(PALETTE[x.shape % PALETTE.len()].to_rgba(), 2.0)))?
            }
        };
    }

    let coord = chart.as_coord_spec().clone();
    let area_ref = chart.plotting_area();
    let r = if style.compact { 2.5 } else { 4.5 } * lw;
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
            series_mark(area_ref, at, x.shape, x.local, m.kind, |v| upx(v * lw))?;
            continue;
        }
        match m.kind {
            MarkKind::Series => {
                area_ref.draw(&Circle::new(at, upx(r), SERIES.filled()))?;
            }
            MarkKind::Partial => {
                area_ref.draw(&Circle::new(at, upx(r), thin(PARTIAL.to_rgba(), 2.0)))?;
                if !style.compact {
                    let label = i18n::period_name(style.lang, &m.figure.period);
                    area_ref.draw(&Text::new(
                        label,
                        at,
                        font(fs(11.0), &inks.partial).pos(Pos::new(HPos::Right, VPos::Top)),
                    ))?;
                }
            }
            MarkKind::Alternate { conflict } => {
                let (dx, dy) = (0.09, spec.y_max * 0.022);
                area_ref.draw(&Rectangle::new([(x - dx, m.value - dy), (x + dx, m.value + dy)], OTHER.filled()))?;
                if conflict {
                    area_ref.draw(&Rectangle::new(
                        [(x - dx * 1.7, m.value - dy * 1.7), (x + dx * 1.7, m.value + dy * 1.7)],
                        thin(CONFLICT.to_rgba(), 2.0),
                    ))?;
                }
            }
        }
    }
    let labels = if several && !style.compact {
        // Names stay beside the plot: right of it, above its x axis.
        let (right, bottom) = coord.translate(&(x1, 0.0));
        series_labels(&area, spec, &points, (right, bottom), (s, t), style.lang, &inks.ink)?
    } else {
        vec![]
    };
    if let Some(i) = style.active.filter(|&i| i < spec.marks.len()) {
        let (x, y) = points[i];
        root_ring(root, &area, (x, y), upx(r + 4.0), upx(3.0))?;
    }
    Ok(Geometry { coord, points, labels })
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
fn series_labels<DB: DrawingBackend>(
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
fn root_ring<DB: DrawingBackend>(
    _root: &DrawingArea<DB, Shift>,
    area: &DrawingArea<DB, Shift>,
    at: (i32, i32),
    radius: u32,
    width: u32,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
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
