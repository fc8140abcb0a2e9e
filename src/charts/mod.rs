//! Charts of a target's published series against its goal and required path.
//!
//! [`spec`] turns the model into what is drawn (marks, goal, path, domains)
//! and the text alternatives; [`draw`] draws a spec on any plotters
//! `DrawingBackend` and returns plotters' coordinate mapping for hit-testing.
//! [`compare`] lays out the cluster comparison (drawn as SVG by the page).
//! Nothing here touches the DOM: the host tests draw the same functions into
//! plotters' SVG backend. Only `ui::chart` builds a `CanvasBackend`.

pub mod compare;
pub mod draw;
pub mod spec;

pub use draw::{draw, ChartStyle, Geometry};
pub use spec::{nice_ceiling, ChartSpec, Goal, Mark, MarkKind};
