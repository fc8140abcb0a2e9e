// Trunk post-build hook: finishes the site in $TRUNK_STAGING_DIR.
// 1. Copies what the build script wrote (target/tz-data: the CSV downloads,
//    the plan text, the schematic map, the explore bundle) into data/.
// 2. Minifies the wasm-bindgen glue (terser), the stylesheet and boot.js,
//    and updates their integrity hashes in index.html.
// 3. Moves Trunk's inline module loader into its own file with a
//    subresource-integrity hash (and has it fetch the .wasm with the .wasm's
//    integrity), so the page runs under a strict
//    Content-Security-Policy (script-src 'self' 'wasm-unsafe-eval'), which
//    forbids inline scripts.
// 4. Prerenders the first view into index.html (src/bin/prerender.rs, Yew's
//    server renderer, built for the host), which the browser then hydrates.
// 5. Builds the data desk's page (desk.html: the same app with the `desk`
//    feature, so the visitors' WebAssembly stays without it) by running
//    Trunk on it, and adds it to the site. Run for desk.html (TZ_PAGE=desk),
//    this hook does steps 2 and 3 on that page only.
// 6. Writes a .gz (gzip -9) and a .br (brotli, quality 11) beside every
//    file a server would compress (HTML, JS, CSS, WebAssembly, CSV, SVG,
//    JSON, text, the explore bundle), with Node's own zlib: servers with
//    gzip_static / brotli_static (nginx), MultiViews (Apache) or static
//    compression (IIS) then send them without compressing on each request.
import { execFileSync } from 'node:child_process';
import zlib from 'node:zlib';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { minify } from 'terser';
import { postMvp } from './wasm-mvp.mjs';

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) throw new Error('postbuild: TRUNK_STAGING_DIR is not set (run by trunk)');
const release = process.env.TRUNK_PROFILE === 'release';
const target = process.env.CARGO_TARGET_DIR || 'target';
const tzData = path.join(target, 'tz-data');
// Which page this build is: the visitors' or (run from below) the desk's;
// Trunk writes either as index.html in its own folder.
const desk = process.env.TZ_PAGE === 'desk';
const page = 'index.html';

if (!desk) {
  fs.mkdirSync(path.join(staging, 'data'), { recursive: true });
  for (const file of fs.readdirSync(tzData)) {
    fs.copyFileSync(path.join(tzData, file), path.join(staging, 'data', file));
  }
}

// A release is for every browser from Chromium 80 on: its WebAssembly must
// not need reference types or multi-value (README, "Browsers").
if (release) {
  for (const file of fs.readdirSync(staging).filter((f) => f.endsWith('.wasm'))) {
    const found = postMvp(fs.readFileSync(path.join(staging, file)));
    if (found.length) {
      throw new Error(`postbuild: ${file} needs features Chromium 80–95 lack (${found.slice(0, 3).join('; ')}). `
        + 'Build releases through scripts/serve.sh, scripts/test.sh or `. scripts/env.sh; mvp trunk build --release`.');
    }
  }
}

const sri = (bytes) => `sha384-${crypto.createHash('sha384').update(bytes).digest('base64')}`;

// Comments and layout whitespace out of a stylesheet (no rule changes).
const smallCss = (css) => !release ? css : css
  .replace(/\/\*[\s\S]*?\*\//g, '')
  .replace(/\s*\n\s*/g, '')
  .replace(/\s*([{};,>])\s*/g, '$1')
  .replace(/;}/g, '}');

async function small(code, module) {
  if (!release) return code;
  const out = await minify(code, { module, compress: { passes: 2 }, mangle: true, format: { comments: false } });
  return out.code;
}

const indexPath = path.join(staging, page);
let html = fs.readFileSync(indexPath, 'utf8');
for (const file of fs.readdirSync(staging).filter((f) => /^(taizhou-plan-.*\.js|boot-.*\.js|(style|desk)-.*\.css)$/.test(f))) {
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
  // Trunk's loader, made to parse in Chromium 80 (the kernels of government
  // desks' browsers): top-level `await` needs Chromium 89, so everything
  // after the import runs in an async function; a failure there is an
  // unhandled rejection, which boot.js turns into its static page.
  const [, imports, rest] = match[1].trim().match(/^((?:import [^;]+;\s*)+)([\s\S]*)$/)
    || (() => { throw new Error('postbuild: Trunk\'s loader no longer starts with its import'); })();
  // The loader fetches the .wasm itself:
  // - with its integrity, so a changed file is refused;
  // - once more after a pause if the download fails (a proxy that dropped
  //   or mangled it), before boot.js says the page could not start;
  // - on the prerendered scorecard, only once the scorecard is painted, so
  //   the download does not compete with the first paint: after the first
  //   frame, or after 250 ms where frames do not run (a hidden tab or
  //   frame). At 50 ms the fallback fired first whenever the first frame of
  //   the long page took longer, on a slow device or a busy machine, and the
  //   download competed with the paint after all;
  // - on any other address, at once: boot.js has already asked for it
  //   (a preload from the meta tag below), and this fetch takes that download.
  // Below the floor boot.js shows the static page: nothing to download.
  const afterPaint = "const root = document.documentElement;\nif (root.classList.contains('tz-old')) return;\n"
    + "if (!root.classList.contains('tz-route')) "
    + 'await new Promise((r) => { requestAnimationFrame(() => setTimeout(r)); setTimeout(r, 250); });\n';
  let get = '';
  let wasmTag = '';
  const body = rest.trim().replace(/module_or_path: '\.\/([^']+\.wasm)'/, (_, wasm) => {
    const integrity = sri(fs.readFileSync(path.join(staging, wasm)));
    // boot.js preloads it from here where nothing prerendered is painted first.
    wasmTag = `<meta name="tz-wasm" content="./${wasm}" data-integrity="${integrity}">`;
    get = `const get = () => fetch('./${wasm}', { integrity: '${integrity}' })`
      + ".then((r) => r.ok ? r : Promise.reject(new Error('HTTP ' + r.status + ' ' + r.url)));\n";
    return 'module_or_path: get().catch(() => new Promise((r) => setTimeout(r, 1500)).then(get))';
  });
  if (/\bawait\b/.test(imports) || !get) {
    throw new Error('postbuild: Trunk\'s loader changed shape; check the wasm fetch and the async wrapper');
  }
  const code = `${imports.trim()}\n(async () => {\n${afterPaint}${get}${body}\n})();\n`;
  const hash = crypto.createHash('sha384').update(code).digest('base64');
  const name = `loader-${crypto.createHash('sha256').update(code).digest('hex').slice(0, 16)}.js`;
  fs.writeFileSync(path.join(staging, name), code);
  html = html.replace(inline, `<script type="module" src="./${name}" integrity="sha384-${hash}" crossorigin="anonymous"></script>`);
  // Before boot.js, which reads it.
  const boot = html.match(/<script src="\.\/boot-[^"]+\.js"/);
  if (!boot) throw new Error('postbuild: no boot.js in the page');
  html = html.replace(boot[0], `${wasmTag}\n  ${boot[0]}`);
}
// Trunk preloads the .wasm from <head>: on a slow network it takes the
// bandwidth the stylesheet needs for the first paint, which no longer waits
// for the WebAssembly (the scorecard is prerendered). The loader fetches it.
html = html.replace(/<link rel="preload" href="[^"]+\.wasm"[^>]*>/, '');
// The page shell's comments are for its maintainers, not its readers' bytes
// (the prerenderer's container markers stay).
if (release) html = html.replace(/<!--(?!\/app)[\s\S]*?-->\s*/g, '');
fs.writeFileSync(indexPath, html);

if (!desk) {
  // The same crate built for the host; its dependencies are shared with the host tests.
  // Without the settings that rebuild the standard library for the
  // WebAssembly (scripts/env.sh, `mvp`): build-std needs a --target, and the
  // host build shares its artifacts with the host tests, built without them.
  const host = Object.fromEntries(Object.entries(process.env)
    .filter(([k]) => !['CARGO_UNSTABLE_BUILD_STD', 'RUSTC_BOOTSTRAP'].includes(k)));
  execFileSync('cargo', ['run', '--quiet', '--locked', '--bin', 'prerender', '--', indexPath],
    { stdio: ['ignore', 'inherit', 'inherit'], env: host });
  // The desk's page: Trunk again, on desk.html, into its own folder (this
  // hook runs there too, as the desk branch), then beside index.html.
  // Trunk's own variables are this build's; the inner build sets its own.
  const env = { ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('TRUNK_'))), TZ_PAGE: 'desk' };
  const out = path.join(target, 'desk-dist');
  execFileSync('trunk', ['build', 'desk.html', ...(release ? ['--release'] : []), '--dist', out],
    { stdio: ['ignore', 'inherit', 'inherit'], env });
  for (const file of fs.readdirSync(out)) {
    // Shared files (the stylesheet, boot.js) are the same bytes under the same hashed name.
    const to = path.join(staging, file === 'index.html' ? 'desk.html' : file);
    if (!fs.existsSync(to)) fs.copyFileSync(path.join(out, file), to);
  }
}

for (const file of desk ? ['index.html'] : ['index.html', 'desk.html']) {
  const text = fs.readFileSync(path.join(staging, file), 'utf8');
  // A data block (the schema.org JSON-LD) is not run, so no policy blocks it.
  if (/<script(?![^>]*\b(src=|type="application\/ld\+json"))[^>]*>/.test(text) || /\sstyle=/.test(text)) {
    throw new Error(`postbuild: ${file} has an inline script or style attribute; the strict CSP would block it`);
  }
}

// 6. Precompressed copies, once the site is complete (the visitors' run).
if (!desk && release) {
  const started = process.hrtime.bigint();
  const COMPRESSIBLE = /\.(html|js|css|wasm|csv|svg|json|txt|bin)$/;
  const files = [];
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(p);
      else if (COMPRESSIBLE.test(entry.name)) files.push(p);
    }
  };
  walk(staging);
  let raw = 0, gz = 0, br = 0;
  for (const file of files) {
    const body = fs.readFileSync(file);
    const gzip = zlib.gzipSync(body, { level: 9 });
    const brotli = zlib.brotliCompressSync(body, {
      params: {
        [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
        [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length,
        [zlib.constants.BROTLI_PARAM_MODE]: /\.(wasm|bin)$/.test(file) ? zlib.constants.BROTLI_MODE_GENERIC : zlib.constants.BROTLI_MODE_TEXT,
      },
    });
    fs.writeFileSync(`${file}.gz`, gzip);
    fs.writeFileSync(`${file}.br`, brotli);
    raw += body.length; gz += gzip.length; br += brotli.length;
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const kb = (n) => `${(n / 1000).toFixed(0)} KB`;
  console.log(`postbuild: precompressed ${files.length} files, ${kb(raw)} → gzip ${kb(gz)}, brotli ${kb(br)}, in ${seconds.toFixed(1)} s`);
}
