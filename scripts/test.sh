#!/usr/bin/env bash
# Runs every test: host (cargo test), components in headless Chromium
# (wasm-bindgen-test), and the built page served from dist/ (node --test with
# playwright-core). Installs whatever is missing first.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
. scripts/env.sh

step() { printf '\n== %s\n' "$*"; }

step "formatting and lints"
cargo fmt --all --check
cargo clippy --locked --workspace --all-targets -- -D warnings
# The data desk's page is the same crate with the `desk` feature.
cargo clippy --locked --workspace --all-targets --features taizhou-plan/desk -- -D warnings

step "host tests: model, validation, status method, i18n, markup, the code's layout"
# With the desk (its state and markup); the visitors' page without it is
# tested as built, in the page tests.
cargo test --locked --workspace --features taizhou-plan/desk

step "component tests in headless Chromium (wasm-bindgen-test)"
CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
  cargo test --locked --target wasm32-unknown-unknown --test browser

step "release build into dist/"
mvp trunk build --release

step "the data package: every CSV of dist/data/ against datapackage.json (frictionless)"
(cd dist/data && "$TZ_FRICTIONLESS/bin/frictionless" validate datapackage.json)

step "page tests against dist/ in headless Chromium"
node --test tests/page/
