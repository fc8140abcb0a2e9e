//! The validated model as the app receives it: encoded with postcard at
//! build time, decoded in the browser.
//!
//! Two bundles: the [`Dataset`] (targets, indicators, figures), compiled
//! into the app because the first view needs it; and the [`ExploreBundle`]
//! (clusters, parks, counties, the map and the plan text), a file that the
//! app fetches the first time a view needs it, so the first view does not
//! carry it and nothing ships twice.

use serde::{Deserialize, Serialize};

use crate::atlas::Atlas;
use crate::plan::PlanText;
use crate::search::PinyinKeys;
use crate::Dataset;

/// What the explore views, the plan view and the search need beyond the dataset.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ExploreBundle {
    pub atlas: Atlas,
    pub plan: PlanText,
    /// The pinyin of every name the search looks at, worked out at build time.
    pub pinyin: PinyinKeys,
}

/// The bytes are not a bundle this build can read: which bundle, and what
/// postcard found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DecodeError {
    pub bundle: Bundle,
    pub cause: postcard::Error,
}

/// The two bundles.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Bundle {
    Dataset,
    Explore,
}

impl std::fmt::Display for DecodeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let what = match self.bundle {
            Bundle::Dataset => "the bundled data",
            Bundle::Explore => "the explore bundle",
        };
        write!(f, "{what} is damaged: {}", self.cause)
    }
}

impl std::error::Error for DecodeError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        Some(&self.cause)
    }
}

/// The dataset as bundled: the maintainers' notes on figures stay in `seeds/`.
pub fn encode_dataset(data: &Dataset) -> Vec<u8> {
    let mut trimmed = data.clone();
    for f in &mut trimmed.figures {
        f.note.clear();
    }
    postcard::to_allocvec(&trimmed).expect("a dataset always encodes")
}

pub fn decode_dataset(bytes: &[u8]) -> Result<Dataset, DecodeError> {
    postcard::from_bytes(bytes).map_err(|cause| DecodeError { bundle: Bundle::Dataset, cause })
}

pub fn encode_explore(bundle: &ExploreBundle) -> Vec<u8> {
    postcard::to_allocvec(bundle).expect("an explore bundle always encodes")
}

pub fn decode_explore(bytes: &[u8]) -> Result<ExploreBundle, DecodeError> {
    postcard::from_bytes(bytes).map_err(|cause| DecodeError { bundle: Bundle::Explore, cause })
}
