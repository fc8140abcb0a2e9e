//! Validates `seeds/` at build time and writes the CSV downloads.
//!
//! The model module is mounted here as it is in the app, so the build fails
//! on exactly the problems the app would have, naming file, line and reason.
//! The downloads go to `target/tz-data/`; Trunk's post-build hook copies
//! them into `dist/data/` (see `Trunk.toml`).

#[allow(dead_code, unused_imports)]
#[path = "src/model/mod.rs"]
mod model;

use std::path::PathBuf;

fn main() {
    println!("cargo:rerun-if-changed=seeds");
    println!("cargo:rerun-if-changed=src/model");
    let seeds = model::load::SEEDS;
    let data = match model::Dataset::load(seeds) {
        Ok(d) => d,
        Err(e) => {
            eprintln!("\nerror: the seed files are not valid.\n{e}");
            std::process::exit(1);
        }
    };
    // Clusters, parks and counties: validated now, bundled once a view uses them.
    if let Err(e) = model::atlas::Atlas::load(model::atlas::ATLAS_SEEDS, &data.plan, &data) {
        eprintln!("\nerror: the seed files are not valid.\n{e}");
        std::process::exit(1);
    }
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let target_dir = std::env::var("CARGO_TARGET_DIR").map(PathBuf::from).unwrap_or_else(|_| manifest.join("target"));
    let dir = target_dir.join("tz-data");
    let write = |name: &str, text: String| {
        std::fs::create_dir_all(&dir).and_then(|_| std::fs::write(dir.join(name), text)).unwrap_or_else(|e| {
            eprintln!("error: cannot write {}: {e}", dir.join(name).display());
            std::process::exit(1);
        })
    };
    write("targets.csv", model::export::targets_csv(&data));
    write("figures.csv", model::export::figures_csv(&data));
    write("plan.txt", data.plan.to_text());

    // The validated dataset in the compact form the app reads (src/bundle.rs).
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("dataset.bin");
    std::fs::write(&out, model::codec::encode(&data)).unwrap_or_else(|e| {
        eprintln!("error: cannot write {}: {e}", out.display());
        std::process::exit(1);
    });
}
