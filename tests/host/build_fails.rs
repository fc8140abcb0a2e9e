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

/// `cargo check` of a copy of the project broken by `edit`: whether it
/// passed, and what it said. One at a time, in one place: the copies share
/// a target directory and its compiled dependencies, and cargo tells their
/// changes apart by the files at the same paths.
fn check_broken(edit: impl FnOnce(&Path)) -> (bool, String) {
    static ONE_AT_A_TIME: std::sync::Mutex<()> = std::sync::Mutex::new(());
    let _turn = ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let copy = root.join("target").join("broken-seed-project");
    let _ = std::fs::remove_dir_all(&copy);
    for dir in ["src", "crates", "seeds"] {
        copy_dir(&root.join(dir), &copy.join(dir));
    }
    for file in ["Cargo.toml", "Cargo.lock", "build.rs"] {
        std::fs::copy(root.join(file), copy.join(file)).expect("copy manifest");
    }
    edit(&copy);
    let out = Command::new(env!("CARGO"))
        .args(["check", "--quiet", "--lib", "--offline"])
        .current_dir(&copy)
        .env("CARGO_TARGET_DIR", root.join("target").join("broken-seed-check"))
        .output()
        .expect("run cargo");
    (out.status.success(), String::from_utf8_lossy(&out.stderr).into_owned())
}

#[test]
fn a_broken_aliases_file_fails_the_build_naming_file_line_and_reason() {
    let mut line = 0;
    let (ok, stderr) = check_broken(|copy| {
        let aliases = copy.join("seeds/aliases.csv");
        let mut text = std::fs::read_to_string(&aliases).expect("read aliases");
        text.push_str("规模以上工业增加值,gdp,,,\n");
        line = text.lines().count();
        std::fs::write(&aliases, text).expect("write aliases");
    });
    assert!(!ok, "the build should fail on a broken aliases file: {stderr}");
    let first = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds/aliases.csv"))
        .expect("read")
        .lines()
        .position(|l| l.starts_with("规模以上工业增加值,"))
        .expect("the alias is there")
        + 1;
    let expected = format!("seeds/aliases.csv:{line}: the alias \"规模以上工业增加值\" is already on line {first}: each alias belongs to one row");
    assert!(stderr.contains(&expected), "expected «{expected}» in:\n{stderr}");
}

#[test]
fn cargo_check_fails_naming_file_line_and_reason() {
    let (mut line, mut edition_line) = (0, 0);
    let (ok, stderr) = check_broken(|copy| {
        let figures = copy.join("seeds/figures.csv");
        let mut text = std::fs::read_to_string(&figures).expect("read figures");
        text.push_str("gdp,2021,5786,,万元,全市,全年,,T,https://example.org,P,2022,high,,1,\n");
        line = text.lines().count();
        // A row of an edition editions.csv does not have, and an edition out of order.
        text.push_str("gdp,2022,6000,,亿元,全市,全年,T,https://example.org/b,P,2023,high,,,7,\n");
        std::fs::write(&figures, text).expect("write figures");
        let editions = copy.join("seeds/editions.csv");
        let mut text = std::fs::read_to_string(&editions).expect("read editions");
        text.push_str("5,2020-01-01,第五版,Fifth,,\n");
        edition_line = text.lines().count();
        std::fs::write(&editions, text).expect("write editions");
    });
    assert!(!ok, "the build should fail on a broken seed");
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
