# Sourced by the scripts: tool paths and the settings that keep Trunk offline.
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export TRUNK_SKIP_VERSION_CHECK=true
export CARGO_BUILD_JOBS="${CARGO_BUILD_JOBS:-2}"
