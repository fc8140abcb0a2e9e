// Trunk post-build hook: finishes the site in $TRUNK_STAGING_DIR.
// 1. Copies the build script's data files (target/tz-data) into data/.
// 2. Moves Trunk's inline module loader into its own file with a
//    subresource-integrity hash, so the page runs under a strict
//    Content-Security-Policy (script-src 'self' 'wasm-unsafe-eval'), which
//    forbids inline scripts.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) throw new Error('postbuild: TRUNK_STAGING_DIR is not set (run by trunk)');
const tzData = path.join(process.env.CARGO_TARGET_DIR || 'target', 'tz-data');

fs.mkdirSync(path.join(staging, 'data'), { recursive: true });
for (const file of ['targets.csv', 'figures.csv', 'plan.txt', 'taizhou-counties-schematic.svg']) {
  fs.copyFileSync(path.join(tzData, file), path.join(staging, 'data', file));
}

const indexPath = path.join(staging, 'index.html');
let html = fs.readFileSync(indexPath, 'utf8');
const inline = /<script type="module">([\s\S]*?)<\/script>/;
const match = html.match(inline);
if (match) {
  const code = match[1].trim() + '\n';
  const hash = crypto.createHash('sha384').update(code).digest('base64');
  const name = `loader-${crypto.createHash('sha256').update(code).digest('hex').slice(0, 16)}.js`;
  fs.writeFileSync(path.join(staging, name), code);
  html = html.replace(inline, `<script type="module" src="./${name}" integrity="sha384-${hash}" crossorigin="anonymous"></script>`);
}
if (/<script(?![^>]*\bsrc=)[^>]*>/.test(html) || /\sstyle=/.test(html)) {
  throw new Error('postbuild: index.html still has an inline script or style attribute; the strict CSP would block it');
}
fs.writeFileSync(indexPath, html);
