#!/usr/bin/env bash
# Benchmark (not a test): builds the release, then
# - tests/page/bench.mjs: the first view's transfer size (raw, gzip, brotli),
#   navigation → tz:ready and the other times (median of N cold loads,
#   default 15), the start-up's longest task at 4× CPU; exits 1 when over a
#   budget;
# - tests/page/phone.mjs: on a phone's profile (150 ms RTT, 1.6 Mbit/s, CPU
#   4×), the first chart and the scorecard's text beside the ECharts peer
#   (tests/peer, built here into target/peer-site), in one alternating run.
#
#   scripts/bench.sh [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
. scripts/env.sh
mvp trunk build --release

# The ECharts peer: its own two npm packages, from its own lock file.
mkdir -p target/peer
cp tests/peer/build.mjs tests/peer/entry.js tests/peer/package.json tests/peer/package-lock.json target/peer/
if [ ! -d target/peer/node_modules/echarts ] || ! cmp -s tests/peer/package-lock.json target/peer/node_modules/.tz-installed-lock 2>/dev/null; then
  echo "[bench] installing the ECharts peer's packages (echarts, esbuild)"
  (cd target/peer && npm ci --no-audit --no-fund --loglevel=error && cp package-lock.json node_modules/.tz-installed-lock)
fi
node target/peer/build.mjs dist/data/targets.csv dist/data/figures.csv target/peer-site

status=0
node tests/page/bench.mjs "$@" || status=$?
node tests/page/phone.mjs || status=$?
exit $status
