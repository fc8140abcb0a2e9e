// Shared set-up of the page tests: one server and one browser per file,
// pages that record console errors and requests to other origins.
import { before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { serve, DIST, CHROMIUM_ARGS, chromiumPath } from './server.mjs';

export const env = { server: null, browser: null };

export function setup() {
  before(async () => {
    assert.ok(fs.existsSync(path.join(DIST, 'index.html')), 'dist/ is missing: run trunk build --release first');
    env.server = await serve();
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
