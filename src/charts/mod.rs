//! Charts of a target's published series against its goal and required path.
//!
//! [`spec`] turns the model into what is drawn (marks, goal, path, domains)
//! and the text alternatives; [`draw`] draws a spec on any plotters
//! `DrawingBackend` and returns plotters' coordinate mapping for hit-testing.
//! [`text`] gives a chart's text alternative. [`compare`] lays out the
//! cluster comparison (drawn as SVG by the page).
//! Nothing here touches the DOM: the host tests draw the same functions into
//! plotters' SVG backend, and so does the build, for the static form of
//! each chart ([`still`]).

pub mod compare;
pub mod draw;
pub mod poster;
pub mod spec;
pub mod still;
pub mod text;

pub use draw::{draw, ChartStyle, Geometry, LARGE_TEXT};
pub use spec::{nice_ceiling, ChartSpec, Goal, Mark, MarkKind};
pub use text::{chart_goal_label, chart_summary};
