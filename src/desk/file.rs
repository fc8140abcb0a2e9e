//! A file the maintainer chose or dropped, as text: its bytes read with
//! gloo, recognised by the model (`model::desk::open`: not a workbook, not
//! binary) and decoded by the browser's own `TextDecoder`, which knows GBK
//! and UTF-16. The figures file and a document to read both come this way.

use crate::model::desk::{self, Encoding};
use crate::model::problem::Problem;

/// The file's text and how it was encoded, or why it is not text.
pub async fn read(file: web_sys::File) -> Result<(Encoding, String), Problem> {
    let blob = gloo::file::Blob::from(web_sys::Blob::from(file));
    match gloo::file::futures::read_as_bytes(&blob).await {
        Ok(bytes) => desk::open(&bytes, decode),
        Err(e) => Err(Problem::Unreadable(e.to_string())),
    }
}

/// The browser's decoder for `encoding`.
fn decode(encoding: Encoding, bytes: &[u8]) -> Option<String> {
    let decoder = web_sys::TextDecoder::new_with_label(encoding.label()).ok()?;
    decoder.decode_with_u8_array(bytes).ok()
}
