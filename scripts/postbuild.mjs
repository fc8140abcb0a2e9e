// Trunk post-build hook: finishes the site in $TRUNK_STAGING_DIR.
// 1. Copies the build script's data files (target/tz-data) into data/.
// 2. Builds the explore views' module (src/bin/explore.rs: cargo,
//    wasm-bindgen --target no-modules, wasm-opt), names it by content and
//    tells the page where it is: <meta name="tz-explore"> with its integrity.
//    It is loaded only when an explore view opens, so the first view stays small.
// 3. Minifies the wasm-bindgen glue (terser): the page's glue is the largest
//    text file of the first view. Its integrity hash in index.html is updated.
// 4. Moves Trunk's inline module loader into its own file with a
//    subresource-integrity hash, so the page runs under a strict
//    Content-Security-Policy (script-src 'self' 'wasm-unsafe-eval'), which
//    forbids inline scripts.
import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { minify } from 'terser';

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) throw new Error('postbuild: TRUNK_STAGING_DIR is not set (run by trunk)');
const tzData = path.join(process.env.CARGO_TARGET_DIR || 'target', 'tz-data');

fs.mkdirSync(path.join(staging, 'data'), { recursive: true });
// Everything the build script wrote: the downloads, the plan text, the map.
for (const file of fs.readdirSync(tzData)) {
  fs.copyFileSync(path.join(tzData, file), path.join(staging, 'data', file));
}

// 5. Writes data/scorecard.html: the scorecard as a plain table, from
//    targets.csv, for browsers where the WebAssembly cannot run (boot.js puts
//    its table in the page) and without JavaScript (<noscript> links to it).
//    The status words repeat those of src/i18n (verdict_name): plain HTML
//    cannot call the WebAssembly that holds them.
function csvRecords(text) {
  const rows = [];
  let row = [], field = '', quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; } else if (c === '"') quoted = false; else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field); rows.push(row); row = []; field = '';
    } else field += c;
  }
  if (field || row.length) { row.push(field); rows.push(row); }
  return rows.filter((r) => r.length > 1);
}

function fallbackPage(stylesheet) {
  const esc = (s) => String(s).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
  const [head, ...rows] = csvRecords(fs.readFileSync(path.join(tzData, 'targets.csv'), 'utf8').replace(/^\uFEFF/, ''));
  const col = (r, name) => r[head.indexOf(name)] ?? '';
  const status = {
    achieved: '已达成 achieved', on_track: '基本符合预期 on track', behind: '滞后或未达成 behind or missed',
    missed: '滞后或未达成 behind or missed', unclear: '无法判断 unclear', no_data: '未找到公开数据 no published figure',
  };
  const value = (v, unit, year) => v ? `${esc(v)}${unit === '%' ? '%' : ' ' + esc(unit)}（${esc(year)}）` : '—';
  const body = rows.map((r) => `<tr><th scope="row">${esc(col(r, 'name_zh'))}<br><span lang="en">${esc(col(r, 'name_en'))}</span></th>`
    + `<td>${value(col(r, 'target_value'), col(r, 'unit'), col(r, 'target_year'))}</td>`
    + `<td>${value(col(r, 'latest_value'), col(r, 'unit'), col(r, 'latest_year'))}</td>`
    + `<td>${esc(status[col(r, 'status')] ?? col(r, 'status'))}</td></tr>`).join('\n');
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>台州制造业高质量发展行动计划：目标与进展（纯文本表格） / plain table</title>
<link rel="stylesheet" href="../${stylesheet}">
</head>
<body>
<div class="tz">
<section id="fallback" class="fallback">
<h2>《台州市制造业高质量发展行动计划（2020—2025年）》目标与进展 <span lang="en">Targets and progress</span></h2>
<p>数据下载 / Data: <a href="targets.csv">targets.csv</a> · <a href="figures.csv">figures.csv</a> · <a href="plan.txt">plan.txt</a></p>
<div class="table-wrap"><table>
<thead><tr><th scope="col">目标 Target</th><th scope="col">目标值 Goal</th><th scope="col">最新公开数据 Latest figure</th><th scope="col">状态 Status</th></tr></thead>
<tbody>
${body}
</tbody>
</table></div>
<p>每个数据的出处见 figures.csv。 The source of every figure is in figures.csv.</p>
</section>
</div>
</body>
</html>
`;
}

const sri = (bytes) => `sha384-${crypto.createHash('sha384').update(bytes).digest('base64')}`;
const short = (bytes) => crypto.createHash('sha256').update(bytes).digest('hex').slice(0, 16);

// Comments and layout whitespace out of a stylesheet (no rule changes).
const smallCss = (css) => process.env.TRUNK_PROFILE !== 'release' ? css : css
  .replace(/\/\*[\s\S]*?\*\//g, '')
  .replace(/\s*\n\s*/g, '')
  .replace(/\s*([{};,>])\s*/g, '$1')
  .replace(/;}/g, '}');

async function small(code, module) {
  if (process.env.TRUNK_PROFILE !== 'release') return code;
  const out = await minify(code, { module, compress: { passes: 2 }, mangle: true, format: { comments: false } });
  return out.code;
}

async function buildExplore() {
  const release = process.env.TRUNK_PROFILE === 'release';
  const run = (cmd, args) => execFileSync(cmd, args, { stdio: ['ignore', 'inherit', 'inherit'] });
  run('cargo', ['build', '--target', 'wasm32-unknown-unknown', '--bin', 'explore', ...(release ? ['--release'] : [])]);
  const built = path.join(process.env.CARGO_TARGET_DIR || 'target', 'wasm32-unknown-unknown',
    release ? 'release' : 'debug', 'explore.wasm');
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tz-explore-'));
  // setup.sh installs it into ~/.cargo/bin at the version of Cargo.lock.
  const bindgen = path.join(os.homedir(), '.cargo', 'bin', 'wasm-bindgen');
  run(fs.existsSync(bindgen) ? bindgen : 'wasm-bindgen', ['--target', 'no-modules', '--no-modules-global', 'tz_explore', '--no-typescript',
    '--out-dir', tmp, '--out-name', 'explore', built]);
  const wasmPath = path.join(tmp, 'explore_bg.wasm');
  if (release) {
    // The npm binaryen that setup.sh installs, when `trunk build` runs without scripts/env.sh.
    const local = path.join('node_modules', '.bin', 'wasm-opt');
    run(fs.existsSync(local) ? local : 'wasm-opt', ['-Oz', '--enable-bulk-memory', '--enable-nontrapping-float-to-int', '--enable-sign-ext',
      '--enable-mutable-globals', '--enable-reference-types', wasmPath, '-o', wasmPath]);
  }
  const wasm = fs.readFileSync(wasmPath);
  // `--target no-modules` declares the global with `let`, which is not a
  // property of window; the page looks it up there.
  const glue = fs.readFileSync(path.join(tmp, 'explore.js'), 'utf8') + '\nself.tz_explore = tz_explore;\n';
  const js = Buffer.from(await small(glue, false));
  const wasmName = `explore-${short(wasm)}_bg.wasm`;
  const jsName = `explore-${short(js)}.js`;
  fs.writeFileSync(path.join(staging, wasmName), wasm);
  fs.writeFileSync(path.join(staging, jsName), js);
  fs.rmSync(tmp, { recursive: true, force: true });
  // The explore views' styles travel with them, not with the first view.
  const css = Buffer.from(smallCss(fs.readFileSync('static/explore.css', 'utf8')));
  const cssName = `explore-${short(css)}.css`;
  fs.writeFileSync(path.join(staging, cssName), css);
  return `<meta name="tz-explore" content="./${jsName}" data-wasm="./${wasmName}" data-wasm-integrity="${sri(wasm)}" data-integrity="${sri(js)}"`
    + ` data-css="./${cssName}" data-css-integrity="${sri(css)}">`;
}

const stylesheet = fs.readdirSync(staging).find((f) => /^style-.*\.css$/.test(f));
fs.writeFileSync(path.join(staging, 'data', 'scorecard.html'), fallbackPage(stylesheet));

const indexPath = path.join(staging, 'index.html');
let html = fs.readFileSync(indexPath, 'utf8');
html = html.replace('</head>', `  ${await buildExplore()}\n</head>`);
for (const file of fs.readdirSync(staging).filter((f) => /^(taizhou-plan-.*\.js|boot-.*\.js|style-.*\.css)$/.test(f))) {
  const full = path.join(staging, file);
  const before = fs.readFileSync(full);
  const text = before.toString('utf8');
  const after = Buffer.from(file.endsWith('.css') ? smallCss(text) : await small(text, !file.startsWith('boot-')));
  fs.writeFileSync(full, after);
  html = html.split(sri(before)).join(sri(after));
}
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
