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

/// The data package's zip, named with its edition, relative to the page.
pub const DATA_ZIP: &str = env!("TZ_DATA_ZIP");
/// The schema.org `Dataset` block of this edition (addresses relative to the page).
pub const JSON_LD: &str = include_str!(concat!(env!("OUT_DIR"), "/dataset.jsonld"));

/// The data desk's own page, beside this one (built with the `desk` feature).
pub const DESK_PAGE: &str = "desk.html";

/// The published figures file, which the data desk starts from.
pub const FIGURES_FILE: &str = "data/figures.csv";
const FIGURES_INTEGRITY: &str = env!("TZ_FIGURES_INTEGRITY");

/// A file beside the page that could not be had: which, and why. Its text
/// is the technical detail under the page's plain message.
#[derive(Debug, Clone, PartialEq)]
pub struct FetchError {
    pub file: &'static str,
    pub cause: FetchCause,
}

#[derive(Debug, Clone, PartialEq)]
pub enum FetchCause {
    /// No answer: offline, blocked, or refused by the integrity check.
    Network(String),
    /// An answer that is not the file.
    Status(u16),
    /// The answer broke off.
    Body(String),
    /// The file arrived but is not this build's bundle.
    Decode(DecodeError),
    /// The file arrived but is not UTF-8 text.
    NotText(String),
}

impl std::fmt::Display for FetchError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.cause {
            FetchCause::Network(e) | FetchCause::Body(e) | FetchCause::NotText(e) => write!(f, "{}: {e}", self.file),
            FetchCause::Status(code) => write!(f, "{}: HTTP {code}", self.file),
            FetchCause::Decode(e) => write!(f, "{e}"),
        }
    }
}

impl std::error::Error for FetchError {}

/// Fetches the explore bundle (once per page; the caller keeps it).
pub async fn fetch_explore() -> Result<ExploreBundle, FetchError> {
    let bytes = fetch(EXPLORE_FILE, EXPLORE_INTEGRITY).await?;
    crate::model::bundle::decode_explore(&bytes)
        .map_err(|e| FetchError { file: EXPLORE_FILE, cause: FetchCause::Decode(e) })
}

/// Fetches the published figures file, with its maintainers' notes (which
/// the bundle leaves out), for the data desk.
pub async fn fetch_published_figures() -> Result<String, FetchError> {
    let bytes = fetch(FIGURES_FILE, FIGURES_INTEGRITY).await?;
    String::from_utf8(bytes).map_err(|e| FetchError { file: FIGURES_FILE, cause: FetchCause::NotText(e.to_string()) })
}

/// How long to wait before fetching a file a second time.
const RETRY_PAUSE_MS: u32 = 1_500;

/// A file beside the page, refused unless it is this build's; fetched once
/// more after a pause if the first try fails (government networks sit behind
/// proxies that drop or mangle downloads).
async fn fetch(file: &'static str, integrity: &str) -> Result<Vec<u8>, FetchError> {
    match fetch_once(file, integrity).await {
        Ok(bytes) => Ok(bytes),
        Err(_) => {
            gloo::timers::future::TimeoutFuture::new(RETRY_PAUSE_MS).await;
            fetch_once(file, integrity).await.map_err(|cause| FetchError { file, cause })
        }
    }
}

async fn fetch_once(file: &str, integrity: &str) -> Result<Vec<u8>, FetchCause> {
    let response = gloo::net::http::Request::get(file)
        .integrity(integrity)
        .send()
        .await
        .map_err(|e| FetchCause::Network(e.to_string()))?;
    if !response.ok() {
        return Err(FetchCause::Status(response.status()));
    }
    response.binary().await.map_err(|e| FetchCause::Body(e.to_string()))
}
