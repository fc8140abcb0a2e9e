#!/usr/bin/env bash
# Checks a deployed copy of the widget as a browser would fetch it:
#
#   scripts/check-deploy.sh https://www.example.gov.cn/zwgk/sjfb/zzy/
#
# For the page, its scripts, stylesheet, WebAssembly and a data file it
# reports the status, the type, the compression and the caching, and for the
# page the security policy (the meta tag inside it and the headers only the
# server can send). Each line starts with 正常 ok, 注意 warn or 错误 FAIL; the
# exit status is 1 when one FAILs. Needs only bash and curl. DEPLOY.md says
# what to do about each.
set -uo pipefail

if [ $# -ne 1 ] || [[ "$1" != http*://* ]]; then
  echo "用法 / usage: $0 https://主机/子路径/   (the address of the page, as readers open it)" >&2
  exit 2
fi
command -v curl >/dev/null || { echo "check-deploy: curl is needed" >&2; exit 2; }

page=${1%%[?#]*}
base=${page%/*}/
fails=0
UA='Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36'
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

ok() { printf '正常 ok    %s\n' "$*"; }
warn() { printf '注意 warn  %s\n' "$*"; }
fail() { printf '错误 FAIL  %s\n' "$*"; fails=$((fails + 1)); }

# fetch NAME URL: the response's headers in $tmp/NAME.hh,
# its body, decompressed, in $tmp/NAME.
fetch() {
  curl -sS -L --compressed -A "$UA" -H 'Accept-Encoding: br, gzip, deflate' \
    -D "$tmp/$1.h" -o "$tmp/$1" "$2" || { fail "$2: no answer (curl)"; return 1; }
  # Only the last response's lines (after any redirects).
  tr -d '\r' < "$tmp/$1.h" | awk '/^HTTP\// { n = 0 } { line[++n] = $0 } END { for (i = 1; i <= n; i++) print line[i] }' > "$tmp/$1.hh"
}
# header NAME FIELD (lower-case): the field's value in NAME's response.
header() { awk -v f="$2:" 'tolower($1) == f { sub(/^[^:]+:[ ]*/, ""); v = $0 } END { print v }' "$tmp/$1.hh"; }
status() { awk '/^HTTP\// { print $2; exit }' "$tmp/$1.hh"; }

# check NAME URL TYPE-PATTERN CACHE: status, type, compression and caching of one file.
# CACHE is `page` (must be asked again: no-cache) or `hashed` (long-lived).
check() {
  local name=$1 url=$2 want_type=$3 cache=$4 what
  what=${url#"$base"}
  [ -n "$what" ] || what=page
  fetch "$name" "$url" || return
  [ "$(status "$name")" = 200 ] || { fail "$what: HTTP $(status "$name")"; return; }
  local type encoding control
  type=$(header "$name" content-type); encoding=$(header "$name" content-encoding); control=$(header "$name" cache-control)
  if [[ "$type" =~ $want_type ]]; then ok "$what: type $type"; else fail "$what: type \"$type\", should be $want_type"; fi
  case "$encoding" in
    br) ok "$what: compressed (br)" ;;
    gzip) ok "$what: compressed (gzip; br would be smaller, DEPLOY.md)" ;;
    *) fail "$what: not compressed: send the .gz/.br copies (gzip_static, DEPLOY.md)" ;;
  esac
  if [ "$cache" = page ]; then
    if [[ "$control" =~ no-cache|no-store|max-age=0 ]]; then ok "$what: Cache-Control \"$control\""
    else fail "$what: Cache-Control \"$control\": must be asked again each time (no-cache), or readers keep an old copy after an update"; fi
  else
    local age
    age=$(grep -oE 'max-age=[0-9]+' <<< "$control" | cut -d= -f2)
    if [ "${age:-0}" -ge 86400 ]; then ok "$what: Cache-Control \"$control\""
    else warn "$what: Cache-Control \"$control\": a hashed name never changes, cache it a year (immutable)"; fi
  fi
}

echo "检查 / checking $page"
check page "$page" '^text/html' page || true
[ -s "$tmp/page" ] || { echo "check-deploy: no page at $page" >&2; exit 1; }
html=$(cat "$tmp/page")

# The policy: in the page (meta) and what only a server can send.
if grep -q '<meta http-equiv="Content-Security-Policy"' <<< "$html"; then
  ok "page: security policy in the page: $(grep -o '<meta http-equiv="Content-Security-Policy" content="[^"]*"' <<< "$html" | sed 's/.*content="//; s/"$//')"
else
  fail "page: no security policy meta tag: is this the widget's index.html, unchanged?"
fi
csp=$(header page content-security-policy)
if [[ "$csp" == *frame-ancestors* ]]; then ok "page: frames allowed by \"$(grep -oE "frame-ancestors[^;]*" <<< "$csp")\""
else warn "page: no frame-ancestors: any site can frame the page (deploy/ configs send it)"; fi
[ "$(header page x-content-type-options)" = nosniff ] && ok "page: X-Content-Type-Options nosniff" \
  || warn "page: no X-Content-Type-Options: nosniff"
if [[ "$page" == https://* ]]; then
  [ -n "$(header page strict-transport-security)" ] && ok "page: Strict-Transport-Security $(header page strict-transport-security)" \
    || warn "page: no Strict-Transport-Security"
else
  warn "page: served over http: government sites should use https"
fi

# What the page loads: the loader and boot scripts, the stylesheet, the
# WebAssembly and a data file.
n=0
for src in $(grep -oE '<script[^>]* src="[^"]+"' <<< "$html" | sed -E 's/.* src="\.?\/?([^"]+)"/\1/'); do
  n=$((n + 1)); check "script$n" "$base$src" '^(text|application)/javascript' hashed
done
for href in $(grep -oE '<link[^>]*rel="stylesheet"[^>]*>' <<< "$html" | grep -oE 'href="[^"]+\.css"' | sed -E 's/href="\.?\/?([^"]+)"/\1/'); do
  check style "$base$href" '^text/css' hashed
done
wasm=$(grep -oE '<meta name="tz-wasm" content="[^"]+"' <<< "$html" | sed -E 's/.*content="\.?\/?([^"]+)"/\1/')
if [ -n "$wasm" ]; then
  check wasm "$base$wasm" '^application/wasm$' hashed
else
  fail "page: names no WebAssembly (meta tz-wasm): is this the widget's index.html?"
fi
check figures "${base}data/figures.csv" '^text/csv' page

echo
if [ "$fails" -gt 0 ]; then
  echo "错误 $fails 项，见 DEPLOY.md / $fails FAIL(s): see DEPLOY.md"
  exit 1
fi
echo "部署正确 / the deployment is right"
