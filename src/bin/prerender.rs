//! Renders the first view (the scorecard, in Chinese) with Yew's server
//! renderer and writes it into the built page, so that a visitor reads the
//! scorecard before the WebAssembly has arrived, and a crawler or a reader
//! without JavaScript reads all of it. The browser then hydrates it.
//!
//! Run by Trunk's post-build hook: `prerender <index.html>` replaces the
//! content of `<div id="app">` in that file.

#[cfg(not(target_arch = "wasm32"))]
#[tokio::main(flavor = "current_thread")]
async fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: prerender <index.html>");
        std::process::exit(2);
    };
    let page = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        eprintln!("prerender: cannot read {path}: {e}");
        std::process::exit(1);
    });
    let app = taizhou_plan::ui::prerender().await;
    match taizhou_plan::ui::insert_prerendered(&page, &app) {
        Ok(html) => std::fs::write(&path, html).unwrap_or_else(|e| {
            eprintln!("prerender: cannot write {path}: {e}");
            std::process::exit(1);
        }),
        Err(e) => {
            eprintln!("prerender: {path}: {e}");
            std::process::exit(1);
        }
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {}
