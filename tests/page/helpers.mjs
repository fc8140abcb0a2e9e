// Shared set-up of the page tests: one server and one browser per file,
// pages that record console errors and requests to other origins.
import { before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { serve, DIST, CHROMIUM_ARGS, chromiumPath } from './server.mjs';

export const env = { server: null, browser: null };

/** One server (the test server unless `start` gives another) and one browser for the file. */
export function setup(start = serve) {
  before(async () => {
    assert.ok(fs.existsSync(path.join(DIST, 'index.html')), 'dist/ is missing: run trunk build --release first');
    env.server = await start();
    env.browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  });
  after(async () => { await env.browser?.close(); await env.server?.close(); });
}

export const READY = () => performance.getEntriesByName('tz:ready').length > 0;

/** Opens the page at `query`, recording problems; waits for tz:ready. */
export async function open(query = '', options = {}) {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true, ...options });
  const page = await context.newPage();
  const problems = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('request', (r) => {
    const u = r.url();
    if (!u.startsWith(env.server.origin) && !u.startsWith('data:') && !u.startsWith('blob:')) problems.push(`request to another origin: ${u}`);
  });
  page.on('requestfailed', (r) => { if (!r.url().startsWith('data:')) problems.push(`failed request: ${r.url()}`); });
  page.on('response', (r) => { if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`); });
  await page.goto(env.server.url + query);
  await page.waitForFunction(READY, null, { timeout: 15000 });
  return { page, context, problems };
}

export function csvRows(file) {
  const text = fs.readFileSync(path.join(DIST, 'data', file), 'utf8');
  const lines = text.replace(/^\uFEFF/, '').trim().split(/\r?\n/);
  return { text, ids: lines.slice(1).map((l) => l.split(',')[0]) };
}

/** The README's listener for the frame's height, as printed there: the tests use what editors copy. */
const LISTENER = (() => {
  const readme = fs.readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const block = readme.split('```html').map((b) => b.split('```')[0]).find((b) => b.includes("'taizhou-plan:height'"));
  assert.ok(block, 'README has the parent listener');
  return block.trim();
})();

/** A portal's page that frames `src` with the README's snippet and listener, recording the messages it gets. */
export function hostPage(src) {
  return `<!doctype html><meta charset="utf-8"><title>portal</title><link rel="icon" href="data:,">
<h1>Portal column page</h1>
<script>
  window.__messages = [];
  window.addEventListener('message', function (e) { window.__messages.push(e.data); });
</script>
${LISTENER}
<iframe id="f" src="${src}" title="embedded" width="100%" height="640" frameborder="0"></iframe>`;
}
