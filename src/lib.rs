//! Taizhou manufacturing plan tracker: the targets of
//! 《台州市制造业高质量发展行动计划（2020—2025年）》 with the figures
//! published since, as a Yew app compiled to WebAssembly.
//!
//! Data flows one way: `seeds/` → [`model`] (validated at build time) →
//! [`route`] (view state from the URL) → [`ui`] components. Every visible
//! string goes through [`i18n`].

pub mod bundle;
pub mod charts;
pub mod i18n;
pub mod model;
pub mod route;
pub mod ui;
