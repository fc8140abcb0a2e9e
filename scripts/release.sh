#!/usr/bin/env bash
# Makes the release archive a portal's staff deploy from, without Rust:
#
#   scripts/release.sh                builds (release) and packs dist/
#   scripts/release.sh --dist DIR     packs an existing build instead
#   (--out DIR: where the archive goes; release/ unless told)
#
# release/taizhou-plan-<app version>-edition-<data edition>.zip holds one
# folder of that name with dist/ (the site, its .gz and .br copies), deploy/
# (nginx, Apache, IIS configs), DEPLOY.md (部署说明, zh and en),
# check-deploy.sh, and SHA256SUMS of every file (`sha256sum -c SHA256SUMS`);
# beside it, the archive's own .sha256. The same build gives the same bytes:
# the files' dates are the last commit's.
set -euo pipefail
cd "$(dirname "$0")/.."

dist=""
out=release
while [ $# -gt 0 ]; do
  case "$1" in
    --dist) dist=$2; shift 2 ;;
    --out) out=$2; shift 2 ;;
    *) echo "release: unknown argument $1 (see the top of scripts/release.sh)" >&2; exit 2 ;;
  esac
done
if [ -z "$dist" ]; then
  scripts/setup.sh build
  . scripts/env.sh
  mvp trunk build --release
  dist=dist
fi
[ -f "$dist/index.html" ] && [ -f "$dist/desk.html" ] || { echo "release: $dist is not a built site (index.html, desk.html)" >&2; exit 1; }
ls "$dist"/*.wasm.br >/dev/null 2>&1 || { echo "release: $dist has no precompressed copies: build with --release" >&2; exit 1; }
command -v python3 >/dev/null || { echo "release: python3 is needed to write the zip" >&2; exit 1; }

# The version follows the data: the app's, then the data edition it carries.
app=$(awk -F'"' '/^version = / { print $2; exit }' Cargo.toml)
edition=$(tail -n +2 seeds/editions.csv | awk -F, 'NF { e = $1 } END { print e }')
[ -n "$app" ] && [ -n "$edition" ] || { echo "release: cannot read the version (Cargo.toml) or the edition (seeds/editions.csv)" >&2; exit 1; }
name="taizhou-plan-$app-edition-$edition"
stamp=${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || date +%s)}

mkdir -p "$out"
python3 - "$dist" "$out/$name.zip" "$name" "$stamp" <<'PY'
import hashlib, os, sys, time, zipfile
dist, archive, name, stamp = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
files = []  # (path in the archive, path on disk)
for root, dirs, names in os.walk(dist):
    dirs.sort()
    for n in sorted(names):
        disk = os.path.join(root, n)
        files.append(("dist/" + os.path.relpath(disk, dist).replace(os.sep, "/"), disk))
for root, dirs, names in os.walk("deploy"):
    dirs.sort()
    for n in sorted(names):
        if n == "DEPLOY.md":
            continue
        disk = os.path.join(root, n)
        files.append((os.path.relpath(disk).replace(os.sep, "/"), disk))
files += [("DEPLOY.md", "deploy/DEPLOY.md"), ("check-deploy.sh", "scripts/check-deploy.sh")]
date = time.gmtime(stamp)[:6]
sums = []
with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
    def add(path, data, mode=0o644):
        info = zipfile.ZipInfo(f"{name}/{path}", date)
        info.external_attr = mode << 16
        info.compress_type = zipfile.ZIP_STORED if path.endswith((".br", ".gz", ".png", ".zip")) else zipfile.ZIP_DEFLATED
        z.writestr(info, data)
    for path, disk in files:
        data = open(disk, "rb").read()
        add(path, data, 0o755 if path.endswith(".sh") else 0o644)
        sums.append(f"{hashlib.sha256(data).hexdigest()}  {path}\n")
    add("SHA256SUMS", "".join(sums).encode())
print(f"{archive}: {len(files)} files, {os.path.getsize(archive)} bytes")
PY
(cd "$out" && sha256sum "$name.zip" > "$name.zip.sha256")
echo "release: $out/$name.zip ($(cut -c1-16 "$out/$name.zip.sha256")…)"
