//! Where the app's data comes from: the dataset is compiled in (the first
//! view needs it); the explore bundle is a file beside the page, fetched on
//! first use and checked against the integrity hash the build compiled in.

use crate::model::bundle::{decode_dataset, DecodeError, ExploreBundle};
use crate::model::Dataset;

static DATASET: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/dataset.bin"));

/// The explore bundle's address, relative to the page (any sub-path).
pub const EXPLORE_FILE: &str = env!("TZ_EXPLORE_FILE");
/// Its subresource-integrity hash: a changed or truncated file is refused.
pub const EXPLORE_INTEGRITY: &str = env!("TZ_EXPLORE_INTEGRITY");

/// The seeds bundled into this build.
pub fn dataset() -> Result<Dataset, DecodeError> {
    decode_dataset(DATASET)
}

/// The explore bundle of this build, read from the build's output rather
/// than fetched: for the host (tests, the prerenderer). The WebAssembly
/// never links it, so the bundle does not ship twice.
#[cfg(not(target_arch = "wasm32"))]
pub fn explore_on_host() -> Result<ExploreBundle, DecodeError> {
    crate::model::bundle::decode_explore(include_bytes!(concat!(env!("OUT_DIR"), "/explore.bin")))
}

/// The data desk's own page, beside this one (built with the `desk` feature).
pub const DESK_PAGE: &str = "desk.html";

/// The published figures file, which the data desk starts from.
pub const FIGURES_FILE: &str = "data/figures.csv";
const FIGURES_INTEGRITY: &str = env!("TZ_FIGURES_INTEGRITY");

/// Fetches the explore bundle (once per page; the caller keeps it).
pub async fn fetch_explore() -> Result<ExploreBundle, String> {
    let bytes = fetch(EXPLORE_FILE, EXPLORE_INTEGRITY).await?;
    crate::model::bundle::decode_explore(&bytes).map_err(|e| e.to_string())
}

/// Fetches the published figures file, with its maintainers' notes (which
/// the bundle leaves out), for the data desk.
pub async fn fetch_published_figures() -> Result<String, String> {
    let bytes = fetch(FIGURES_FILE, FIGURES_INTEGRITY).await?;
    String::from_utf8(bytes).map_err(|e| format!("{FIGURES_FILE}: {e}"))
}

/// How long to wait before fetching a file a second time.
const RETRY_PAUSE_MS: u32 = 1_500;

/// A file beside the page, refused unless it is this build's; fetched once
/// more after a pause if the first try fails (government networks sit behind
/// proxies that drop or mangle downloads). The error says the file and why,
/// for the technical details under the plain message.
async fn fetch(file: &str, integrity: &str) -> Result<Vec<u8>, String> {
    match fetch_once(file, integrity).await {
        Ok(bytes) => Ok(bytes),
        Err(_) => {
            gloo::timers::future::TimeoutFuture::new(RETRY_PAUSE_MS).await;
            fetch_once(file, integrity).await.map_err(|e| format!("{file}: {e}"))
        }
    }
}

async fn fetch_once(file: &str, integrity: &str) -> Result<Vec<u8>, String> {
    let response = gloo::net::http::Request::get(file).integrity(integrity).send().await.map_err(|e| e.to_string())?;
    if !response.ok() {
        return Err(format!("HTTP {}", response.status()));
    }
    response.binary().await.map_err(|e| e.to_string())
}
