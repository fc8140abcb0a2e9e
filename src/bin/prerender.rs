//! Renders the first view (the scorecard, in Chinese and in English) with
//! Yew's server renderer and writes it into the built page, so that a
//! visitor reads the scorecard before the WebAssembly has arrived, and a
//! crawler or a reader without JavaScript reads all of it. The browser then
//! hydrates the one for its address (`ui::PRERENDERED`).
//!
//! Run by Trunk's post-build hook: `prerender <index.html>` fills
//! `<div id="app">` and `<div id="app-en">` in that file.

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
    let mut html = page;
    for p in taizhou_plan::ui::PRERENDERED {
        let app = taizhou_plan::ui::prerender(p.query).await;
        html = taizhou_plan::ui::insert_prerendered(&html, p.root, &app).unwrap_or_else(|e| {
            eprintln!("prerender: {path}: {e}");
            std::process::exit(1);
        });
    }
    std::fs::write(&path, html).unwrap_or_else(|e| {
        eprintln!("prerender: cannot write {path}: {e}");
        std::process::exit(1);
    });
}

#[cfg(target_arch = "wasm32")]
fn main() {}
