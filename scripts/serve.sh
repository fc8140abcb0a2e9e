#!/usr/bin/env bash
# Builds the widget (release) and serves it on http://127.0.0.1:8080/,
# installing whatever is missing first.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh build
. scripts/env.sh
# No auto-reload: Trunk would put an inline script into the page, which the
# strict Content-Security-Policy (and the post-build check) forbids.
mvp trunk serve --release --no-autoreload "$@"
