//! The visitors' page's side of the seam with the data desk (`crate::page`
//! on the build without the `desk` feature): it keeps no desk state, shows
//! no preview, and its footer and `?view=data` lead to the desk's own page,
//! whose code is not in the visitors' WebAssembly. The same items as
//! `crate::desk`: [`state`] and [`view`].

pub mod state;
pub mod view;

/// Whether this is the desk's page.
pub const IS_DESK: bool = false;
