#!/usr/bin/env bash
# Lighthouse 12 (mobile, simulated slow 4G) on the release build, on ./ and
# ./?lang=en, with the Debian Chromium. Not part of the test command: it
# installs Lighthouse from npm into target/lighthouse on first use.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
. scripts/env.sh
mvp trunk build --release
LH=target/lighthouse/node_modules/.bin/lighthouse
if [ ! -x "$LH" ]; then
  echo "[lighthouse] installing lighthouse@12 into target/lighthouse"
  npm install --prefix target/lighthouse --no-save --no-audit --no-fund --loglevel=error lighthouse@12
fi
LIGHTHOUSE="$LH" node tests/page/lighthouse.mjs "$@"
