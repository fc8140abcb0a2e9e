#!/usr/bin/env bash
# Builds the widget (release) and serves it on http://127.0.0.1:8080/,
# installing whatever is missing first.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh build
. scripts/env.sh
exec trunk serve --release "$@"
