#!/usr/bin/env bash
# Benchmark (not a test): builds the release and prints the first view's
# transfer size (raw, gzip, brotli) and navigation → tz:ready time (median of
# N cold loads, default 15). Exits 1 when over the size budget.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
. scripts/env.sh
mvp trunk build --release
node tests/page/bench.mjs "$@"
