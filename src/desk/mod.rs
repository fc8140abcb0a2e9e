//! The data desk (`desk.html?view=data`): a maintainer opens or drops a
//! figures file, reads what the build's checks say about each row, sees the
//! page as it would be with it (a preview: another `Rc<Loaded>` handed to the
//! same views), adds rows with a form, and downloads the checked file.
//!
//! One of the two pages this crate builds: `crate::page` is this module on
//! the desk's page (the `desk` feature) and `crate::visitors` on the
//! visitors'. Both offer the same few items, in the layers of the rest:
//! [`state`] (the reducer's part), [`view`] (the components) and, here,
//! [`texts`] (the desk's strings); [`reader`] reads a
//! bulletin pasted in and proposes its figures.

pub mod file;
pub mod reader;
pub mod state;
pub mod texts;
pub mod view;

/// Whether this is the desk's page.
pub const IS_DESK: bool = true;
