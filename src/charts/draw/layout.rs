//! Where a chart's parts go on the canvas: the PNG's frame (title above,
//! sources below), the plot's margins and axes, and its grid and ticks.

use plotters::coord::types::RangedCoordf64;
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::scales::{end_room, value_label, x_domain, year_label, year_step, Scale};
use super::style::{font, ChartStyle, Frame, Inks};
use crate::charts::spec::ChartSpec;

/// A chart's plot, in data coordinates.
pub type Plot<'a, DB> = ChartContext<'a, DB, Cartesian2d<RangedCoordf64, RangedCoordf64>>;

/// Draws the frame's title and source lines on `root` and gives the area
/// between them; without a frame, the whole of `root`.
pub fn framed<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    frame: Option<&Frame>,
    sc: Scale,
    inks: &Inks,
) -> Result<DrawingArea<DB, Shift>, DrawingAreaErrorKind<DB::ErrorType>> {
    let Some(frame) = frame else { return Ok(root.clone()) };
    let px = |v| sc.px(v);
    let (_, h) = root.dim_in_pixel();
    let (top, rest) = root.split_vertically(px(70.0));
    let top_left = Pos::new(HPos::Left, VPos::Top);
    top.draw_text(&frame.title, &font(sc.fs(20.0), &inks.ink).pos(top_left), (px(18.0), px(12.0)))?;
    top.draw_text(&frame.subtitle, &font(sc.fs(14.0), &inks.muted).pos(top_left), (px(18.0), px(42.0)))?;
    let footer_h = px(18.0 * frame.footer.len() as f64 + 14.0);
    let (mid, bottom) = rest.split_vertically(h as i32 - px(70.0) - footer_h);
    for (i, line) in frame.footer.iter().enumerate() {
        bottom.draw_text(line, &font(sc.fs(12.0), &inks.muted).pos(top_left), (px(18.0), px(6.0 + 18.0 * i as f64)))?;
    }
    Ok(mid)
}

/// The plot on `area`: its margins (room for the series' names on the
/// right), label areas and domain. A sparkline has no label areas.
pub fn plot<'a, DB: DrawingBackend>(
    area: &'a DrawingArea<DB, Shift>,
    spec: &ChartSpec,
    style: &ChartStyle,
    sc: Scale,
) -> Result<Plot<'a, DB>, DrawingAreaErrorKind<DB::ErrorType>> {
    let (x0, x1) = x_domain(spec);
    let mut builder = ChartBuilder::on(area);
    if style.compact {
        builder.margin(sc.px(4.0)).x_label_area_size(0).y_label_area_size(0);
    } else {
        let right = if spec.series.is_empty() { 18.0 } else { end_room(spec, sc, area.dim_in_pixel().0) };
        builder
            .margin_top(sc.px(16.0))
            .margin_right(sc.px(right))
            .margin_left(sc.px(4.0))
            .margin_bottom(sc.px(4.0))
            .x_label_area_size(sc.px(28.0 * sc.t))
            .y_label_area_size(sc.px(if spec.milestone { 64.0 } else { 60.0 } * sc.t));
    }
    builder.build_cartesian_2d(x0..x1, 0.0..spec.y_max)
}

/// The axes, the horizontal grid and the tick labels (none on a sparkline).
pub fn mesh<DB: DrawingBackend>(
    plot: &mut Plot<'_, DB>,
    area_width: u32,
    spec: &ChartSpec,
    style: &ChartStyle,
    sc: Scale,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    if style.compact {
        return Ok(());
    }
    let inks = style.inks();
    let lang = style.lang;
    let step = year_step(spec, sc, area_width);
    let last = spec.years.1;
    let x_fmt = move |v: &f64| year_label(*v, last, step);
    let y_fmt = |v: &f64| value_label(spec, lang, *v);
    plot.configure_mesh()
        .disable_x_mesh()
        .bold_line_style(ShapeStyle { color: inks.grid.to_rgba(), filled: false, stroke_width: sc.upx(1.0) })
        .light_line_style(TRANSPARENT)
        .axis_style(ShapeStyle { color: inks.muted.to_rgba(), filled: false, stroke_width: sc.upx(sc.lw) })
        .x_labels((spec.years.1 - spec.years.0 + 1) as usize)
        .x_label_formatter(&x_fmt)
        .y_labels(if spec.milestone { 3 } else { 6 })
        .y_label_formatter(&y_fmt)
        .label_style(font(sc.fs(12.0), &inks.muted))
        .set_all_tick_mark_size(sc.px(4.0))
        .draw()
}
