//! The code's layout holds as the README describes it: the model is a crate
//! with no web dependency, the build script mounts nothing by path, the
//! app's layers run one way, and no module imports a module that imports it
//! back (in the app or the model).

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

#[test]
fn the_model_crate_has_no_web_dependency() {
    let out = std::process::Command::new(env!("CARGO"))
        .args(["tree", "--locked", "--offline", "-p", "taizhou-model", "-e", "normal", "--prefix", "none"])
        .current_dir(ROOT)
        .output()
        .expect("cargo tree runs");
    assert!(out.status.success(), "cargo tree: {}", String::from_utf8_lossy(&out.stderr));
    let tree = String::from_utf8(out.stdout).unwrap();
    assert!(tree.starts_with("taizhou-model "), "{tree}");
    for web in ["yew", "web-sys", "gloo", "js-sys", "wasm-bindgen", "plotters"] {
        assert!(!tree.lines().any(|l| l.starts_with(&format!("{web} "))), "the model depends on {web}:\n{tree}");
    }
}

#[test]
fn the_build_script_mounts_no_module_by_path() {
    let build = std::fs::read_to_string(Path::new(ROOT).join("build.rs")).unwrap();
    assert!(!build.contains("#[path"), "build.rs mounts a file with #[path]");
}

#[test]
fn no_module_of_the_model_imports_one_that_imports_it_back() {
    let graph = imports(&Path::new(ROOT).join("crates/model/src"));
    assert!(graph.len() > 15, "{} modules read", graph.len());
    assert_eq!(cycles(&graph), Vec::<Vec<String>>::new());
}

#[test]
fn no_module_of_the_app_imports_one_that_imports_it_back() {
    let graph = imports(&Path::new(ROOT).join("src"));
    assert!(graph.len() > 30, "{} modules read", graph.len());
    assert_eq!(cycles(&graph), Vec::<Vec<String>>::new());
}

/// ui → state → charts → i18n → route → model: no import runs back up. The
/// two pages' own trees (`desk/`, `visitors/`) sit in the same layers: their
/// views with `ui`, their state with `state`, their texts with `i18n`.
#[test]
fn the_app_layers_run_one_way() {
    let order = ["ui", "state", "charts", "i18n", "route", "bundle"];
    let layer = |m: &str| {
        let m = PAGES.iter().find_map(|p| m.strip_prefix(&format!("{p}/"))).map_or(m.to_string(), |rest| {
            match rest.split('/').next() {
                Some("view") => "ui".into(),
                Some("texts") => "i18n".into(),
                Some(other) => other.into(),
                None => m.to_string(),
            }
        });
        order.iter().position(|l| m == *l || m.starts_with(&format!("{l}/")))
    };
    let mut up = vec![];
    for (from, tos) in imports(&Path::new(ROOT).join("src")) {
        for to in tos {
            if let (Some(a), Some(b)) = (layer(&from), layer(&to)) {
                if b < a {
                    up.push(format!("{from} → {to}"));
                }
            }
        }
    }
    assert_eq!(up, Vec::<String>::new(), "imports that run back up the layers");
}

/// The pages this crate builds, each a module tree; `crate::page` is one of them.
const PAGES: [&str; 2] = ["desk", "visitors"];

/// Spelt in two, so that this file does not name it.
const DESK: &str = concat!("feature = ", "\"desk\"");

/// The desk is chosen at one place: the seam in `lib.rs`, where `page` is
/// the desk's tree or the visitors'.
#[test]
fn the_desk_feature_is_chosen_in_one_place() {
    let mut files = vec![Path::new(ROOT).join("build.rs")];
    walk(&Path::new(ROOT).join("src"), &mut files);
    walk(&Path::new(ROOT).join("tests"), &mut files);
    walk(&Path::new(ROOT).join("crates"), &mut files);
    let mut places = vec![];
    for f in files {
        let text = std::fs::read_to_string(&f).unwrap();
        for (n, line) in text.lines().enumerate() {
            if line.contains(DESK) {
                places.push(format!("{}:{}", f.strip_prefix(ROOT).unwrap().display(), n + 1));
            }
        }
    }
    let lib = std::fs::read_to_string(Path::new(ROOT).join("src/lib.rs")).unwrap();
    let seam: Vec<&str> = lib.lines().filter(|l| l.contains(DESK)).collect();
    let (on, off) = (format!("#[cfg({DESK})]"), format!("#[cfg(not({DESK}))]"));
    assert_eq!(seam, [&on, &on, &off], "{lib}");
    assert!(places.iter().all(|p| p.starts_with("src/lib.rs:")), "the desk feature is read elsewhere: {places:?}");
    // The three lines are one block: the desk's tree, and `page` as it or the visitors'.
    let lines: Vec<usize> = places.iter().map(|p| p.rsplit(':').next().unwrap().parse().unwrap()).collect();
    assert!(lines.windows(2).all(|w| w[1] - w[0] == 2), "{places:?}");
}

/// One place makes a plotters `CanvasBackend` (the chart component's
/// `draw_on`): the component, the PNG download and the poster draw through it.
#[test]
fn one_place_makes_a_canvas_backend() {
    let mut files = vec![];
    walk(&Path::new(ROOT).join("src"), &mut files);
    let makers: Vec<String> = files
        .iter()
        .filter(|f| std::fs::read_to_string(f).unwrap().contains(concat!("CanvasBackend::", "with_canvas")))
        .map(|f| f.strip_prefix(ROOT).unwrap().display().to_string())
        .collect();
    assert_eq!(makers, ["src/ui/chart.rs"]);
}

/// Each module (a file: `a/b.rs` or `a/b/mod.rs` is `a/b`, `lib.rs` is "")
/// and the modules it imports: `crate::…`, `super::…` and its own children,
/// resolved to the longest module path that exists, in the code before a
/// file's tests. Not counted: the root
/// (the crate's facade of re-exports), a module itself (its tests'
/// `use super::*`), and a parent re-exporting its children (`pub use`).
fn imports(src: &Path) -> BTreeMap<String, BTreeSet<String>> {
    let mut files = vec![];
    walk(src, &mut files);
    let module = |f: &Path| {
        let rel = f.strip_prefix(src).unwrap().with_extension("");
        let rel = rel.to_string_lossy().replace('\\', "/");
        let rel = rel.trim_end_matches("/mod").to_string();
        if rel == "lib" || rel == "main" {
            String::new()
        } else {
            rel
        }
    };
    let modules: BTreeSet<String> = files.iter().map(|f| module(f)).collect();
    let resolve = |path: Vec<&str>| -> Option<String> {
        (1..=path.len()).rev().map(|n| path[..n].join("/")).find(|m| modules.contains(m))
    };
    let mut graph = BTreeMap::new();
    for file in &files {
        let me = module(file);
        let text = std::fs::read_to_string(file).unwrap();
        // A file's own tests (at its end) may use what its code may not.
        let text = text.split("#[cfg(test)]").next().unwrap();
        let parent: Vec<&str> = me.rsplit_once('/').map(|(p, _)| p.split('/').collect()).unwrap_or_default();
        let children: BTreeSet<&str> = text
            .lines()
            .filter_map(|l| l.trim().trim_start_matches("pub ").strip_prefix("mod "))
            .filter_map(|l| l.strip_suffix(';'))
            .collect();
        let mut out = BTreeSet::new();
        for line in text.lines().map(str::trim).filter(|l| !l.starts_with("//")) {
            if line.starts_with("pub use ") && !line.contains("crate::") && !line.contains("super::") {
                continue;
            }
            for (at, _) in line.match_indices("crate::").chain(line.match_indices("super::")) {
                if !starts_path(line, at) {
                    continue;
                }
                let rest = &line[at..];
                let mut segs: Vec<&str> = rest.split("::").collect();
                let base: Vec<&str> = if segs[0] == "crate" {
                    vec![]
                } else {
                    // super:: (of a file's own tests, the file itself) resolves to the parent.
                    if line.contains("use super::*") {
                        continue;
                    }
                    parent.clone()
                };
                segs.remove(0);
                let names: Vec<&str> = segs.iter().map(|s| ident(s)).take_while(|s| !s.is_empty()).collect();
                let mut path = base.clone();
                path.extend(names);
                // `crate::page` is either page's tree: an import of both.
                if path.first() == Some(&"page") {
                    for p in PAGES {
                        let mut path = path.clone();
                        path[0] = p;
                        out.extend(resolve(path));
                    }
                } else if let Some(m) = resolve(path) {
                    out.insert(m);
                }
            }
            for child in &children {
                let pat = format!("{child}::");
                for (at, _) in line.match_indices(&pat) {
                    if !starts_path(line, at) || line.starts_with("pub use ") {
                        continue;
                    }
                    let mut path: Vec<&str> = if me.is_empty() { vec![] } else { me.split('/').collect() };
                    path.push(child);
                    if let Some(m) = resolve(path) {
                        out.insert(m);
                    }
                }
            }
        }
        out.remove(&me);
        out.remove("");
        graph.insert(me, out);
    }
    graph.remove("");
    graph
}

/// Whether a path begins at `at` (not inside `a::crate::` or `my_crate::`).
fn starts_path(line: &str, at: usize) -> bool {
    !line[..at].ends_with(|c: char| c.is_alphanumeric() || c == '_' || c == ':')
}

fn ident(s: &str) -> &str {
    let end = s.find(|c: char| !(c.is_alphanumeric() || c == '_')).unwrap_or(s.len());
    // Modules are lower case; a type or a brace ends the path.
    if s[..end].chars().next().is_some_and(|c| c.is_lowercase()) {
        &s[..end]
    } else {
        ""
    }
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            walk(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") && !path.ends_with("bin/prerender.rs") {
            out.push(path);
        }
    }
}

/// The groups of modules that import each other, directly or around a loop.
fn cycles(graph: &BTreeMap<String, BTreeSet<String>>) -> Vec<Vec<String>> {
    let reach = |from: &str| {
        let mut seen = BTreeSet::new();
        let mut todo = vec![from.to_string()];
        while let Some(m) = todo.pop() {
            for n in graph.get(&m).into_iter().flatten() {
                if seen.insert(n.clone()) {
                    todo.push(n.clone());
                }
            }
        }
        seen
    };
    let mut found: Vec<Vec<String>> = vec![];
    for m in graph.keys() {
        let loop_: Vec<String> =
            graph.keys().filter(|n| reach(m).contains(*n) && reach(n).contains(m)).cloned().collect();
        if !loop_.is_empty() && !found.contains(&loop_) {
            found.push(loop_);
        }
    }
    found
}
