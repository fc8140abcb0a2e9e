//! Taizhou manufacturing plan tracker: the targets of
//! 《台州市制造业高质量发展行动计划（2020—2025年）》 with the figures
//! published since, as a Yew app compiled to WebAssembly.
//!
//! Data flows one way: `seeds/` → [`model`] (validated at build time,
//! encoded with postcard; [`bundle`]) → [`state`] (one reducer; the view
//! from the URL, parsed by [`route`]) → [`ui`] components → canvas and SVG.
//! The build prerenders the first view into `index.html` (`src/bin/prerender.rs`)
//! and the browser hydrates it. Every visible string goes through [`i18n`].

pub mod bundle;
pub mod charts;
pub mod i18n;
pub mod route;
pub mod state;
pub mod ui;
pub mod visitors;

// The one seam between the two pages this crate builds: the visitors'
// (`index.html`) and the data desk's (`desk.html`, the `desk` feature: the
// same app with the desk). `page` is the one or the other; the state, the
// views and the texts that differ are chosen here and nowhere else, and the
// desk's code is not compiled into the visitors' page.
#[cfg(feature = "desk")]
pub mod desk;
#[cfg(feature = "desk")]
pub use desk as page;
#[cfg(not(feature = "desk"))]
pub use visitors as page;

/// The data model, a crate of its own (`crates/model`): the build script and
/// the tests use the same.
pub use taizhou_model as model;
/// The reader's language, from the model (whose names come in both).
pub use taizhou_model::lang;

// Smaller and faster than the default dlmalloc in WebAssembly; the page is
// single-threaded (no atomics).
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
