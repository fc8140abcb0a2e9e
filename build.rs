//! Validates `seeds/` at build time and writes what the app reads: the
//! dataset (postcard, compiled into the app), the explore bundle (postcard,
//! fetched by the app on first use, named by its content), the CSV downloads
//! and the schematic map.
//!
//! The model crate (`crates/model`) is the app's own, so the build fails on
//! exactly the problems the app would have, naming file, line and reason.
//! The files for the site go to `target/tz-data/`; Trunk's post-build hook
//! copies them into `dist/data/` (see `Trunk.toml`).

use taizhou_model as model;
use taizhou_model::problem::words as problems;
use taizhou_model::Lang;

use std::path::PathBuf;

use taizhou_package as package;

fn main() {
    println!("cargo:rerun-if-changed=seeds");
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let seeds = model::ingest::SEEDS;
    let data = model::Dataset::load(seeds).unwrap_or_else(|e| refuse(&e));
    // Clusters, parks and counties: validated now, bundled into the explore module.
    let plan = model::plan::PlanText::from_original(seeds.plan.1);
    let mut atlas = model::atlas::Atlas::load(model::atlas::ATLAS_SEEDS, &plan, &data).unwrap_or_else(|e| refuse(&e));
    // The words the data desk's reader looks for: checked here, read by the desk.
    taizhou_reader::Lexicon::bundled(&data).unwrap_or_else(|e| refuse(&model::LoadError(e)));
    let target_dir = std::env::var("CARGO_TARGET_DIR").map(PathBuf::from).unwrap_or_else(|_| manifest.join("target"));
    let dir = target_dir.join("tz-data");
    let write = |name: &str, text: String| {
        std::fs::create_dir_all(&dir).and_then(|_| std::fs::write(dir.join(name), text)).unwrap_or_else(|e| {
            eprintln!("error: cannot write {}: {e}", dir.join(name).display());
            std::process::exit(1);
        })
    };
    write("targets.csv", model::export::targets_csv(&data));
    let figures = model::export::figures_csv(&data);
    // The data desk fetches this file to work on; it checks it is this build's.
    println!("cargo:rustc-env=TZ_FIGURES_INTEGRITY={}", integrity(figures.as_bytes()));
    write("figures.csv", figures);
    write("plan.txt", plan.to_text());
    let package = write_package(&data, &write);

    // The schematic county map, projected here so the page never needs a projection.
    println!("cargo:rerun-if-changed=seeds/taizhou-counties.geojson");
    let features = read_counties(&manifest.join("seeds/taizhou-counties.geojson")).unwrap_or_else(|e| {
        eprintln!("error: seeds/taizhou-counties.geojson: {e}");
        std::process::exit(1);
    });
    let projection = model::map::Projection::fit(&features).unwrap_or_else(|| {
        eprintln!("error: seeds/taizhou-counties.geojson: no coordinates to draw");
        std::process::exit(1);
    });
    let mut shapes: Vec<_> = features.iter().map(|f| projection.shape(f)).collect();
    for s in &mut shapes {
        // Today's names (玉环县 became 玉环市 in 2017); every feature must be a county of the seeds.
        match atlas.counties.iter().find(|c| c.geo_id == s.geo_id) {
            Some(c) => s.name_zh = c.name_zh.clone(),
            None => {
                eprintln!("error: seeds/taizhou-counties.geojson: feature {} is not in seeds/counties.csv", s.geo_id);
                std::process::exit(1);
            }
        }
    }
    write(
        "taizhou-counties-schematic.svg",
        model::map::svg(&shapes, projection.height, "台州市县（市、区）示意图 Taizhou counties, schematic"),
    );
    atlas.map = model::atlas::MapData {
        width: model::map::WIDTH,
        height: projection.height,
        counties: atlas
            .counties
            .iter()
            .filter_map(|c| {
                shapes.iter().find(|s| s.geo_id == c.geo_id).map(|s| (c.id.clone(), s.path.clone(), s.label))
            })
            .collect(),
    };

    // The validated data as the app reads it (src/bundle.rs).
    let out_dir = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    // Pinyin for the search, so the page ships no pinyin tables.
    let pinyin = model::search::names(&data, &atlas)
        .into_iter()
        .map(|name| {
            use pinyin::ToPinyin;
            let key = model::search::pinyin_of(&name, |c| c.to_pinyin().map(|p| p.plain()));
            (name, key)
        })
        .collect();
    let explore = model::bundle::encode_explore(&model::bundle::ExploreBundle { atlas, plan, pinyin });
    // Named by content, so a cache never serves an old one; the app checks
    // the integrity of what it fetches against the hash compiled into it.
    use sha2::Digest;
    let hex: String = sha2::Sha256::digest(&explore).iter().take(8).map(|b| format!("{b:02x}")).collect();
    let explore_name = format!("explore-{hex}.bin");
    let integrity = integrity(&explore);
    // Earlier builds' bundles would be copied into dist/ too.
    if let Ok(entries) = std::fs::read_dir(&dir) {
        for entry in entries.flatten() {
            let name = entry.file_name().to_string_lossy().to_string();
            if name.starts_with("explore-") && name.ends_with(".bin") && name != explore_name {
                let _ = std::fs::remove_file(entry.path());
            }
        }
    }
    let outputs = [
        (out_dir.join("dataset.bin"), model::bundle::encode_dataset(&data)),
        (out_dir.join("explore.bin"), explore.clone()),
        (dir.join(&explore_name), explore),
    ];
    for (path, bytes) in outputs {
        std::fs::write(&path, bytes).unwrap_or_else(|e| {
            eprintln!("error: cannot write {}: {e}", path.display());
            std::process::exit(1);
        });
    }
    std::fs::write(out_dir.join("dataset.jsonld"), package.json_ld).unwrap_or_else(|e| {
        eprintln!("error: cannot write the JSON-LD block: {e}");
        std::process::exit(1);
    });
    println!("cargo:rustc-env=TZ_DATA_ZIP=data/{}", package.zip);
    println!("cargo:rustc-env=TZ_EXPLORE_FILE=data/{explore_name}");
    println!("cargo:rustc-env=TZ_EXPLORE_INTEGRITY={integrity}");
}

/// What the page needs of the data package: the zip's name and the JSON-LD block.
struct Package {
    zip: String,
    json_ld: String,
}

/// The data as a package (`crates/package`): editions.csv,
/// place_figures.csv, datapackage.json, README.txt and the zip of them all
/// with targets.csv and figures.csv.
fn write_package(data: &model::Dataset, write: &dyn Fn(&str, String)) -> Package {
    let edition = data.edition().expect("the seeds validated, editions.csv included");
    // The seed file as it is, less its comments for maintainers.
    let seed = model::atlas::ATLAS_SEEDS.place_figures.1;
    let mut places = String::from("\u{feff}");
    for line in seed.trim_start_matches('\u{feff}').lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()) {
        places.push_str(line.trim_end_matches('\r'));
        places.push_str("\r\n");
    }
    let zip = package::zip_name(edition.number);
    let datapackage = package::datapackage(data, places.lines().next().unwrap_or_default()).unwrap_or_else(|e| {
        eprintln!("error: the data package's description: {e}");
        std::process::exit(1);
    });
    let files = [
        ("targets.csv", model::export::targets_csv(data)),
        ("figures.csv", model::export::figures_csv(data)),
        ("place_figures.csv", places),
        ("editions.csv", model::export::editions_csv(&data.editions)),
        ("datapackage.json", datapackage),
        ("README.txt", package::readme(data, &zip)),
    ];
    let entries: Vec<(&str, &[u8])> = files.iter().map(|(n, t)| (*n, t.as_bytes())).collect();
    let bytes = package::zip(&entries, &edition.date).unwrap_or_else(|e| {
        eprintln!("error: cannot make the data package's zip: {e}");
        std::process::exit(1);
    });
    let dir = std::env::var("CARGO_TARGET_DIR").map(PathBuf::from).unwrap_or_else(|_| {
        PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR")).join("target")
    });
    let dir = dir.join("tz-data");
    // Earlier editions' zips would be copied into dist/ too.
    if let Ok(entries) = std::fs::read_dir(&dir) {
        for entry in entries.flatten() {
            let name = entry.file_name().to_string_lossy().to_string();
            if name.starts_with(package::NAME) && name.ends_with(".zip") && name != zip {
                let _ = std::fs::remove_file(entry.path());
            }
        }
    }
    std::fs::write(dir.join(&zip), bytes).unwrap_or_else(|e| {
        eprintln!("error: cannot write {}: {e}", dir.join(&zip).display());
        std::process::exit(1);
    });
    let json_ld = package::json_ld(data, &zip);
    for (name, text) in files {
        // targets.csv and figures.csv are written already.
        if !matches!(name, "targets.csv" | "figures.csv") {
            write(name, text);
        }
    }
    Package { zip, json_ld }
}

/// A subresource-integrity hash.
fn integrity(bytes: &[u8]) -> String {
    use base64::Engine;
    use sha2::Digest;
    format!("sha384-{}", base64::engine::general_purpose::STANDARD.encode(sha2::Sha384::digest(bytes)))
}

/// Stops the build on invalid seeds, each problem in English and Chinese:
/// the sentences the data desk shows for the same file.
fn refuse(e: &model::LoadError) -> ! {
    eprintln!("\nerror: the seed files are not valid. 数据文件未通过检查。\n{e}");
    for s in &e.0 {
        if let model::problem::Problem::Other(_) = s.problem {
            continue;
        }
        eprintln!("  {}：{}", problems::seed_error_place(Lang::Zh, s), problems::problem(Lang::Zh, &s.problem));
    }
    std::process::exit(1);
}

/// The features of the county GeoJSON: id, name, rings (Polygon or
/// MultiPolygon, holes included) and the label point `cp`.
fn read_counties(path: &std::path::Path) -> Result<Vec<model::map::Feature>, String> {
    let text = std::fs::read_to_string(path).map_err(|e| e.to_string())?;
    let json: serde_json::Value = serde_json::from_str(&text).map_err(|e| format!("not JSON: {e}"))?;
    let point = |v: &serde_json::Value| -> Option<(f64, f64)> { Some((v.get(0)?.as_f64()?, v.get(1)?.as_f64()?)) };
    let ring = |v: &serde_json::Value| -> Option<Vec<(f64, f64)>> { v.as_array()?.iter().map(point).collect() };
    let features = json.get("features").and_then(|f| f.as_array()).ok_or("no features")?;
    features
        .iter()
        .enumerate()
        .map(|(i, f)| {
            let bad = |what: &str| format!("feature {i}: {what}");
            let geo_id = f.get("id").and_then(|v| v.as_str()).ok_or_else(|| bad("no id"))?.to_string();
            let props = f.get("properties").ok_or_else(|| bad("no properties"))?;
            let name_zh = props.get("name").and_then(|v| v.as_str()).ok_or_else(|| bad("no name"))?.to_string();
            let label = props.get("cp").and_then(point).ok_or_else(|| bad("no label point cp"))?;
            let geometry = f.get("geometry").ok_or_else(|| bad("no geometry"))?;
            let coords = geometry.get("coordinates").ok_or_else(|| bad("no coordinates"))?;
            let polygons: Vec<&serde_json::Value> = match geometry.get("type").and_then(|t| t.as_str()) {
                Some("Polygon") => vec![coords],
                Some("MultiPolygon") => coords.as_array().ok_or_else(|| bad("bad MultiPolygon"))?.iter().collect(),
                other => return Err(bad(&format!("unsupported geometry {other:?}"))),
            };
            let mut rings = Vec::new();
            for p in polygons {
                for r in p.as_array().ok_or_else(|| bad("bad polygon"))? {
                    rings.push(ring(r).ok_or_else(|| bad("bad ring"))?);
                }
            }
            Ok(model::map::Feature { geo_id, name_zh, rings, label })
        })
        .collect()
}
