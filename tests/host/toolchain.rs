//! The pinned tool versions agree with each other, so the build never
//! pairs a wasm-bindgen CLI with another version of the crate.

fn read(file: &str) -> String {
    std::fs::read_to_string(format!("{}/{file}", env!("CARGO_MANIFEST_DIR"))).expect(file)
}

#[test]
fn trunk_uses_the_wasm_bindgen_version_of_cargo_lock() {
    let lock = read("Cargo.lock");
    let at = lock.find("name = \"wasm-bindgen\"\nversion = \"").expect("wasm-bindgen in Cargo.lock");
    let rest = &lock[at + "name = \"wasm-bindgen\"\nversion = \"".len()..];
    let version = &rest[..rest.find('"').expect("closing quote")];
    assert!(
        read("Trunk.toml").contains(&format!("wasm_bindgen = \"{version}\"")),
        "Trunk.toml must pin wasm_bindgen = \"{version}\""
    );
}

#[test]
fn trunk_never_downloads_and_uses_relative_urls() {
    let trunk = read("Trunk.toml");
    assert!(trunk.contains("offline = true"));
    assert!(trunk.contains("public_url = \"./\""));
}
