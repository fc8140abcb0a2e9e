//! Drawing a [`ChartSpec`] with plotters, on any backend, in three parts:
//! [`scales`] (the numbers: CSS to backend pixels, domain, ticks, room for
//! names; no plotters call), [`layout`] (the PNG's frame, the plot's
//! margins and axes) and [`marks`] (goal, path, lines, figures, labels);
//! [`style`] says how it looks.
//!
//! Sizes are given in CSS pixels and multiplied by `ChartStyle::scale`
//! (the device pixel ratio), because plotters lays out in the backend's own
//! pixels; text by `ChartStyle::text` too (larger in the large-text mode,
//! with thicker lines), and the high-contrast mode draws grey text black.
//! The returned [`Geometry`] holds plotters' coordinate mapping, so
//! hit-testing asks plotters where things are instead of guessing.

use plotters::coord::types::RangedCoordf64;
use plotters::coord::{ReverseCoordTranslate, Shift};
use plotters::prelude::*;

mod layout;
mod marks;
mod scales;
mod style;

pub use style::{ChartStyle, Frame, LARGE_TEXT};

use crate::charts::compare::LabelBox;
use crate::charts::spec::ChartSpec;

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

/// Draws the chart into `root`.
pub fn draw<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    spec: &ChartSpec,
    style: &ChartStyle,
) -> Result<Geometry, DrawingAreaErrorKind<DB::ErrorType>> {
    let sc = scales::Scale::of(style);
    root.fill(&WHITE)?;
    let area = layout::framed(root, style.frame.as_ref(), sc, style.inks())?;
    let mut plot = layout::plot(&area, spec, style, sc)?;
    layout::mesh(&mut plot, area.dim_in_pixel().0, spec, style, sc)?;
    marks::goal(&mut plot, spec, style, sc)?;
    marks::lines(&mut plot, spec, style, sc)?;
    let points = marks::marks(&plot, spec, style, sc)?;
    let coord = plot.as_coord_spec().clone();
    let labels = if !spec.series.is_empty() && !style.compact {
        // Names stay beside the plot: right of it, above its x axis.
        let corner = coord.translate(&(scales::x_domain(spec).1, 0.0));
        marks::series_labels(&area, spec, &points, corner, (sc.s, sc.t), style.lang, &style.inks().ink)?
    } else {
        vec![]
    };
    if let Some(i) = style.active.filter(|&i| i < spec.marks.len()) {
        let r = marks::mark_radius(style, sc);
        marks::ring(&area, points[i], sc.upx(r + 4.0), sc.upx(3.0))?;
    }
    Ok(Geometry { coord, points, labels })
}
