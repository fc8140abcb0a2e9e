//! Renders the first view (the scorecard, in Chinese and in English) with
//! Yew's server renderer and writes it into the built page, so that a
//! visitor reads the scorecard before the WebAssembly has arrived, and a
//! crawler or a reader without JavaScript reads all of it. The browser then
//! hydrates the one for its address (`ui::PRERENDERED`).
//!
//! It also draws every target's chart in its static form
//! (`charts::still`) into `data/chart/` beside the page, which the loading
//! state of an indicator's address shows until its canvas is drawn.
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
    let mut html = taizhou_plan::ui::insert_json_ld(&page).unwrap_or_else(|e| {
        eprintln!("prerender: {path}: {e}");
        std::process::exit(1);
    });
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
    let dir = std::path::Path::new(&path).with_file_name("data").join("chart");
    if let Err(e) = still_charts(&dir) {
        eprintln!("prerender: {}: {e}", dir.display());
        std::process::exit(1);
    }
}

/// Every target's chart as SVG, in each language and width.
#[cfg(not(target_arch = "wasm32"))]
fn still_charts(dir: &std::path::Path) -> Result<(), String> {
    use taizhou_plan::charts::still::{still_name, still_svg, STILL_SIZES};
    use taizhou_plan::i18n::Lang;
    let loaded = taizhou_plan::state::Loaded::bundled().map_err(|e| e.to_string())?;
    std::fs::create_dir_all(dir).map_err(|e| e.to_string())?;
    for card in loaded.scorecard.cards() {
        let id = &card.target.id;
        let spec = loaded.spec(id).ok_or_else(|| format!("no chart for {id}"))?;
        for lang in [Lang::Zh, Lang::En] {
            for size in STILL_SIZES {
                let svg = still_svg(card, spec, lang, size)?;
                let file = dir.join(still_name(id, lang, size.0));
                std::fs::write(&file, svg).map_err(|e| format!("{}: {e}", file.display()))?;
            }
        }
    }
    Ok(())
}

#[cfg(target_arch = "wasm32")]
fn main() {}
