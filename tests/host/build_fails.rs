//! The build itself fails on a malformed seed, with file, line and reason:
//! a copy of the project with one broken figure row is checked by cargo.

use std::path::Path;
use std::process::Command;

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("create copy dir");
    for entry in std::fs::read_dir(from).expect("read dir") {
        let entry = entry.expect("dir entry");
        let dest = to.join(entry.file_name());
        if entry.file_type().expect("file type").is_dir() {
            copy_dir(&entry.path(), &dest);
        } else {
            std::fs::copy(entry.path(), &dest).expect("copy file");
        }
    }
}

#[test]
fn cargo_check_fails_naming_file_line_and_reason() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let copy = root.join("target").join("broken-seed-project");
    let _ = std::fs::remove_dir_all(&copy);
    for dir in ["src", "crates", "seeds"] {
        copy_dir(&root.join(dir), &copy.join(dir));
    }
    for file in ["Cargo.toml", "Cargo.lock", "build.rs"] {
        std::fs::copy(root.join(file), copy.join(file)).expect("copy manifest");
    }
    let figures = copy.join("seeds/figures.csv");
    let mut text = std::fs::read_to_string(&figures).expect("read figures");
    text.push_str("gdp,2021,5786,,万元,全市,全年,,T,https://example.org,P,2022,high,,1,\n");
    let line = text.lines().count();
    // A row of an edition editions.csv does not have, and an edition out of order.
    text.push_str("gdp,2022,6000,,亿元,全市,全年,T,https://example.org/b,P,2023,high,,,7,\n");
    std::fs::write(&figures, text).expect("write figures");
    let editions = copy.join("seeds/editions.csv");
    let mut text = std::fs::read_to_string(&editions).expect("read editions");
    text.push_str("5,2020-01-01,第五版,Fifth,,\n");
    let edition_line = text.lines().count();
    std::fs::write(&editions, text).expect("write editions");

    let out = Command::new(env!("CARGO"))
        .args(["check", "--quiet", "--lib", "--offline"])
        .current_dir(&copy)
        // Shares compiled dependencies between runs; the package itself is rebuilt.
        .env("CARGO_TARGET_DIR", root.join("target").join("broken-seed-check"))
        .output()
        .expect("run cargo");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success(), "the build should fail on a broken seed");
    for expected in [
        format!("seeds/figures.csv:{line}: unit mismatch: \"万元\" where indicator gdp is in \"亿元\""),
        format!("seeds/figures.csv:{}: edition \"7\" is not an edition of editions.csv", line + 1),
        format!("seeds/editions.csv:{edition_line}: edition \"5\" is out of order: editions are numbered 1, 2, 3 … in order, so this row is edition 3"),
        // And in Chinese, as the desk says it.
        format!("seeds/figures.csv 第 {} 行（edition）：edition“7”不是 editions.csv 中的版次", line + 1),
    ] {
        assert!(stderr.contains(&expected), "expected «{expected}» in:\n{stderr}");
    }
}
