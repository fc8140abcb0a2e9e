# Sourced by the scripts: tool paths and the settings that keep Trunk offline.
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export TRUNK_SKIP_VERSION_CHECK=true
export CARGO_BUILD_JOBS="${CARGO_BUILD_JOBS:-2}"
# The data package's validator (scripts/setup.sh installs it, test.sh runs it).
export TZ_FRICTIONLESS_VERSION=5.21.0
export TZ_FRICTIONLESS="$HOME/.cache/taizhou-plan/frictionless-$TZ_FRICTIONLESS_VERSION"

# Runs a command (a release build) with the WebAssembly made for the MVP:
# every browser from Chromium 80 on (the kernels of 360, QQ, Sogou, UOS and
# Kylin browsers) compiles it. Since Rust 1.82 the wasm32 target turns on
# reference types (Chromium 96) and multi-value (Chromium 85), and
# wasm-bindgen then emits `externref`; the precompiled standard library has
# them too, so it is rebuilt from the rust-src component (-Z build-std,
# allowed on the stable compiler by RUSTC_BOOTSTRAP: the same rustc as the
# tests, no second toolchain). Kept: the features Chromium 74-75 brought
# (bulk memory for memcpy and memset, mutable globals, sign extension,
# non-trapping float-to-int). README, "Browsers".
mvp() {
  RUSTC_BOOTSTRAP=1 CARGO_UNSTABLE_BUILD_STD=std,panic_abort \
    CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="-Ctarget-cpu=mvp -Ctarget-feature=+bulk-memory,+mutable-globals,+nontrapping-fptoint,+sign-ext" "$@"
}
