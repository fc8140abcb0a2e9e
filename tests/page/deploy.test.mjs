// The release as a portal serves it: Debian's nginx with the shipped config
// (deploy/nginx/), at a sub-path of its own. The headers a visitor gets
// (precompressed WebAssembly, types, caching, the security headers), the
// page tests' core (scorecard, a chart, the parks view, the embed height)
// against it, the same config without the brotli module, and
// scripts/check-deploy.sh on a right and a wrong deployment. Then the same
// on Apache with the shipped .htaccess, and the IIS web.config as XML.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { startNginx } from './nginx.mjs';
import { startApache, apacheSyntax } from './apache.mjs';
import { serve, DIST } from './server.mjs';
import { env, setup, open, hostPage, csvRows } from './helpers.mjs';

// The visitors' WebAssembly (the one index.html names; the desk has its own).
const WASM = fs.readFileSync(path.join(DIST, 'index.html'), 'utf8').match(/taizhou-plan-[0-9a-f]+_bg\.wasm/)?.[0];
const IMMUTABLE = 'public, max-age=31536000, immutable';
const SECURITY = {
  'content-security-policy': "frame-ancestors 'self'",
  'x-content-type-options': 'nosniff',
  'strict-transport-security': 'max-age=31536000',
};

/** GET with these request headers; resolves to { status, headers, body } (the raw bytes). */
function get(url, headers = {}) {
  return new Promise((resolve, reject) => {
    http.get(url, { headers }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
    }).on('error', reject);
  });
}

/** scripts/check-deploy.sh URL: { code, out }. */
const checkDeploy = (url) => new Promise((resolve) => {
  execFile('scripts/check-deploy.sh', [url], { cwd: new URL('../../', import.meta.url).pathname }, (err, out, stderr) => {
    resolve({ code: err ? err.code : 0, out: out + stderr });
  });
});

/** The WebAssembly: precompressed, br or gzip as accepted, as application/wasm, cached a year. */
async function wasmDelivery(base) {
  assert.ok(WASM, 'the page names its WebAssembly');
  const file = fs.readFileSync(path.join(DIST, WASM));
  const url = base + WASM;
  const br = await get(url, { 'accept-encoding': 'gzip, deflate, br' });
  assert.equal(br.headers['content-encoding'], 'br');
  assert.equal(br.headers['content-type'], 'application/wasm');
  assert.equal(br.headers['cache-control'], IMMUTABLE);
  assert.equal(br.headers.vary, 'Accept-Encoding');
  assert.ok(zlib.brotliDecompressSync(br.body).equals(file), 'the .br is the WebAssembly');
  const gz = await get(url, { 'accept-encoding': 'gzip' });
  assert.equal(gz.headers['content-encoding'], 'gzip');
  assert.ok(zlib.gunzipSync(gz.body).equals(file));
  assert.ok(br.body.length < gz.body.length, `br ${br.body.length} < gzip ${gz.body.length}`);
  const plain = await get(url);
  assert.equal(plain.headers['content-encoding'], undefined);
  assert.ok(plain.body.equals(file));
}

/** The pages and the data are asked again each time (no-cache, a 304 when unchanged); every hashed file is cached a year. */
async function caching(base) {
  for (const rel of ['', 'index.html', 'desk.html', 'data/figures.csv', 'data/targets.csv', 'data/datapackage.json', 'data/plan.txt']) {
    const res = await get(base + rel, { 'accept-encoding': 'br, gzip' });
    assert.equal(res.status, 200, rel);
    assert.equal(res.headers['cache-control'], 'no-cache', rel);
    assert.equal(res.headers['content-encoding'], 'br', rel);
    const again = await get(base + rel, { 'accept-encoding': 'br, gzip', 'if-none-match': res.headers.etag });
    assert.equal(again.status, 304, `${rel} revalidates`);
  }
  const hashed = [...fs.readdirSync(DIST), ...fs.readdirSync(path.join(DIST, 'data')).map((f) => `data/${f}`)]
    .filter((f) => /-[0-9a-f]{12,16}(_bg)?\.(js|css|wasm|bin)$/.test(f));
  assert.ok(hashed.length >= 8, hashed.join(' '));
  for (const rel of hashed) {
    const res = await get(base + rel, { 'accept-encoding': 'gzip' });
    assert.equal(res.headers['cache-control'], IMMUTABLE, rel);
    assert.equal(res.headers['content-encoding'], 'gzip', rel);
  }
  const svg = fs.readdirSync(path.join(DIST, 'data/chart')).find((f) => f.endsWith('.svg'));
  assert.equal((await get(`${base}data/chart/${svg}`)).headers['cache-control'], 'no-cache', 'the still charts are not hashed');
}

/** Types with their charset, and the security headers a meta tag cannot carry, on every response. */
async function typesAndHeaders(base, security = SECURITY) {
  const types = {
    '': 'text/html; charset=utf-8', 'data/figures.csv': 'text/csv; charset=utf-8', [WASM]: 'application/wasm',
    [WASM.replace('_bg.wasm', '.js')]: 'text/javascript; charset=utf-8', 'data/taizhou-counties-schematic.svg': 'image/svg+xml; charset=utf-8',
    'data/datapackage.json': 'application/json; charset=utf-8',
  };
  for (const [rel, type] of Object.entries(types)) {
    const res = await get(base + rel);
    assert.equal(res.headers['content-type'], type, rel);
    for (const [name, value] of Object.entries(security)) assert.equal(res.headers[name], value, `${rel}: ${name}`);
  }
  const missing = await get(`${base}data/no-such-file.csv`);
  assert.equal(missing.status, 404);
  assert.equal(missing.headers['x-content-type-options'], 'nosniff');
}

// A portal's column page on the same server, framing the widget: the shipped
// frame-ancestors 'self' must let it.
const portal = fs.mkdtempSync(path.join(os.tmpdir(), 'tz-portal-'));
const PORTAL_PAGE = 'location = /portal/column.html { alias ' + path.join(portal, 'column.html') + '; default_type "text/html; charset=utf-8"; }';

describe('nginx with the shipped config (brotli module loaded)', () => {
  setup(() => startNginx({ extra: PORTAL_PAGE }));
  after(() => fs.rmSync(portal, { recursive: true, force: true }));

  test('the WebAssembly goes out precompressed, br or gzip as accepted, as application/wasm, cached a year', () => wasmDelivery(env.server.url));
  test('the pages and the data are asked again each time (no-cache, a 304 when unchanged); every hashed file is cached a year', () => caching(env.server.url));
  test('types with their charset, and the security headers a meta tag cannot carry, on every response', () => typesAndHeaders(env.server.url));

  test('the scorecard starts on it, every target on it, with the WebAssembly received as br', async () => {
    const { page, context, problems } = await open('', { viewport: { width: 390, height: 844 } });
    assert.ok(await page.$('#verdict-h'));
    assert.equal(await page.$$eval('article.card', (c) => c.length), csvRows('targets.csv').ids.length);
    const wasm = await page.evaluate(() => performance.getEntriesByType('resource').find((e) => e.name.endsWith('.wasm')));
    assert.ok(wasm.name.endsWith(WASM), wasm.name);
    // What the browser received: the .br file's size, not the WebAssembly's.
    assert.equal(wasm.decodedBodySize, fs.statSync(path.join(DIST, WASM)).size);
    assert.equal(wasm.encodedBodySize, fs.statSync(path.join(DIST, `${WASM}.br`)).size);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a chart draws, with its tooltip by keyboard', async () => {
    const { page, context, problems } = await open('?indicator=market_leading_products');
    await page.waitForFunction(() => document.querySelector('.chart-full canvas')?.width > 0);
    await page.focus('.chart-full canvas');
    await page.keyboard.press('End');
    await page.waitForFunction(() => getComputedStyle(document.querySelector('.chart-full .tooltip')).visibility === 'visible');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('the parks view filters (its data file fetched from nginx)', async () => {
    const { page, context, problems } = await open('?view=parks');
    await page.waitForFunction(() => performance.getEntriesByName('tz:explore').length > 0);
    const all = await page.$$eval('tr[data-park]', (r) => r.length);
    await page.selectOption('#f-cluster', 'pharma');
    await page.waitForFunction((n) => /cluster=pharma/.test(location.search) && document.querySelectorAll('tr[data-park]').length < n, all);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('framed by a portal page on the same server, with the README snippet, the frame takes the content\'s height', async () => {
    fs.writeFileSync(path.join(portal, 'column.html'), hostPage(`${env.server.url}?view=parks&embed=1&tzid=nginx1`));
    const context = await env.browser.newContext({ viewport: { width: 1100, height: 900 } });
    const page = await context.newPage();
    const problems = [];
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
    await page.goto(`${env.server.origin}/portal/column.html`);
    await page.frameLocator('#f').locator('tr[data-park]').first().waitFor();
    const inner = page.frames().find((f) => f.url().startsWith(env.server.url));
    const height = await inner.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
    await page.waitForFunction((h) => Number(document.getElementById('f').height) === h, height);
    assert.ok(height > 1500, `the frame grew to the directory's height: ${height}`);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('scripts/check-deploy.sh finds it right', async () => {
    const { code, out } = await checkDeploy(env.server.url);
    assert.equal(code, 0, out);
    assert.doesNotMatch(out, /FAIL/);
    assert.match(out, new RegExp(`${WASM.replace('.', '\\.')}: compressed \\(br\\)`));
    assert.match(out, /frame-ancestors 'self'/);
    assert.match(out, /部署正确/);
  });
});

describe('the same config on an nginx without the brotli module', () => {
  test('sends the gzip copies to a browser that accepts br, and check-deploy.sh passes it', async () => {
    const nginx = await startNginx({ brotli: false });
    try {
      const res = await get(nginx.url + WASM, { 'accept-encoding': 'gzip, deflate, br' });
      assert.equal(res.headers['content-encoding'], 'gzip');
      assert.equal(res.headers['content-type'], 'application/wasm');
      const { code, out } = await checkDeploy(nginx.url);
      assert.equal(code, 0, out);
      assert.match(out, /compressed \(gzip; br would be smaller/);
    } finally {
      await nginx.close();
    }
  });
});

describe('check-deploy.sh on a server that only copies the folder', () => {
  test('fails it for the caching, and warns of the missing headers', async () => {
    const bare = await serve();
    try {
      const { code, out } = await checkDeploy(bare.url);
      assert.equal(code, 1, out);
      assert.match(out, /FAIL {2}page: Cache-Control ""/);
      assert.match(out, /FAIL {2}data\/figures\.csv: Cache-Control ""/);
      assert.match(out, /warn {2}page: no frame-ancestors/);
      assert.match(out, /warn {2}page: no X-Content-Type-Options/);
      assert.match(out, /ok {4}page: security policy in the page: default-src 'self'/);
    } finally {
      await bare.close();
    }
  });
});

describe('Apache 2.4 with the shipped .htaccess (the folder reached through an Alias, no types of its own)', () => {
  setup(startApache);

  test('apache2 -t takes the file\'s lines', () => {
    assert.match(apacheSyntax(), /Syntax OK/);
  });
  test('the WebAssembly goes out precompressed, br or gzip as accepted, as application/wasm, cached a year', () => wasmDelivery(env.server.url));
  test('the pages and the data are asked again each time; every hashed file is cached a year', () => caching(env.server.url));
  test('types with their charset, and the security headers (HSTS over HTTPS only)', async () => {
    const { 'strict-transport-security': hsts, ...security } = SECURITY;
    assert.ok(hsts);
    await typesAndHeaders(env.server.url, { ...security, 'strict-transport-security': undefined });
  });
  test('the scorecard starts on it, the WebAssembly received as br; check-deploy.sh finds it right', async () => {
    const { page, context, problems } = await open('');
    assert.equal(await page.$$eval('article.card', (c) => c.length), csvRows('targets.csv').ids.length);
    const wasm = await page.evaluate(() => performance.getEntriesByType('resource').find((e) => e.name.endsWith('.wasm')));
    assert.equal(wasm.encodedBodySize, fs.statSync(path.join(DIST, `${WASM}.br`)).size);
    assert.deepEqual(problems, []);
    await context.close();
    const { code, out } = await checkDeploy(env.server.url);
    assert.equal(code, 0, out);
    assert.doesNotMatch(out, /FAIL/);
  });
});

describe('IIS web.config (not run: no IIS here)', () => {
  test('is well-formed XML with the types, the copies\' rules, the caching and the security headers', async () => {
    const xml = fs.readFileSync(new URL('../../deploy/iis/web.config', import.meta.url), 'utf8');
    const { chromium } = await import('playwright-core');
    const { CHROMIUM_ARGS, chromiumPath } = await import('./server.mjs');
    const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
    try {
      const page = await browser.newPage();
      const found = await page.evaluate((text) => {
        const doc = new DOMParser().parseFromString(text, 'application/xml');
        const error = doc.querySelector('parsererror');
        if (error) return { error: error.textContent };
        const all = (sel, attr) => [...doc.querySelectorAll(sel)].map((e) => e.getAttribute(attr));
        return {
          wasm: doc.querySelector('mimeMap[fileExtension=".wasm"]')?.getAttribute('mimeType'),
          rewrites: all('rewrite > rules > rule > action', 'url'),
          encodings: all('outboundRules > rule > action', 'value'),
          preconditions: all('outboundRules > rule', 'preCondition').filter((p) => !doc.querySelector(`preCondition[name="${p}"]`)),
          headers: Object.fromEntries([...doc.querySelectorAll('customHeaders > add')].map((e) => [e.getAttribute('name').toLowerCase(), e.getAttribute('value')])),
          cache: doc.querySelector('clientCache')?.getAttribute('cacheControlMode'),
        };
      }, xml);
      assert.equal(found.error, undefined);
      assert.equal(found.wasm, 'application/wasm');
      assert.deepEqual(found.rewrites, ['{R:1}.br', '{R:1}.gz', 'index.html.br', 'index.html.gz']);
      for (const value of ['br', 'gzip', 'application/wasm', 'public, max-age=31536000, immutable', 'Accept-Encoding']) {
        assert.ok(found.encodings.includes(value), value);
      }
      assert.deepEqual(found.preconditions, [], 'every precondition named is defined');
      assert.equal(found.cache, 'DisableCache');
      for (const [name, value] of Object.entries(SECURITY)) assert.equal(found.headers[name], value, name);
    } finally {
      await browser.close();
    }
  });
});
