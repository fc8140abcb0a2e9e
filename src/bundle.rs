//! The dataset bundled into the app: the build script validated `seeds/`
//! and wrote it in the compact form of `model::codec`.

use crate::model::codec::{decode, DecodeError};
use crate::model::Dataset;

static BUNDLED: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/dataset.bin"));

impl Dataset {
    /// The seeds bundled into this build.
    pub fn bundled() -> Result<Dataset, DecodeError> {
        decode(BUNDLED)
    }
}
