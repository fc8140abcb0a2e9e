//! The data bundled into the WebAssembly: the build script validated
//! `seeds/` and wrote it in the compact form of `model::codec`. The dataset
//! is in the page's module; the atlas only in the explore module (a function
//! that is not called is not linked).

use crate::model::atlas::Atlas;
use crate::model::codec::{decode, decode_atlas, DecodeError};
use crate::model::Dataset;

static BUNDLED: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/dataset.bin"));
/// The plan's readable text (as in the `data/plan.txt` download).
pub static PLAN_TEXT: &str = include_str!(concat!(env!("OUT_DIR"), "/plan.txt"));
static ATLAS: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/atlas.bin"));

impl Atlas {
    /// Clusters, parks, counties and the map of this build.
    pub fn bundled() -> Result<Atlas, DecodeError> {
        decode_atlas(ATLAS)
    }
}

impl Dataset {
    /// The seeds bundled into this build.
    pub fn bundled() -> Result<Dataset, DecodeError> {
        decode(BUNDLED)
    }
}
