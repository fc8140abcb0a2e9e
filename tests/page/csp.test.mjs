// The built page under the strict Content-Security-Policy portals send (no
// inline script or style, nothing from another origin, WebAssembly allowed,
// and no 'unsafe-eval': so no script of the page evaluates strings), and
// served with no headers at all, under the policy it carries itself.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { serve, STRICT_CSP, CHROMIUM_ARGS, chromiumPath, DIST } from './server.mjs';

let server, bare, browser;
before(async () => {
  server = await serve({ 'content-security-policy': STRICT_CSP });
  bare = await serve();
  browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
});
after(async () => { await browser?.close(); await server?.close(); await bare?.close(); });

async function open(query, at = server) {
  const context = await browser.newContext({ acceptDownloads: true });
  await context.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const page = await context.newPage();
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(at.url + query);
  return { page, context, errors };
}

test('the scorecard starts and draws its charts with zero policy violations', async () => {
  const { page, context, errors } = await open('');
  await page.waitForFunction(() => performance.getEntriesByName('tz:chart').length > 0, null, { timeout: 15000 });
  assert.ok(await page.$('#verdict-h'));
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the chart tooltip and the plan text work under the policy', async () => {
  const { page, context, errors } = await open('?indicator=market_leading_products');
  await page.waitForFunction(() => document.querySelector('.chart-full canvas')?.width > 0, null, { timeout: 15000 });
  await page.focus('.chart-full canvas');
  await page.keyboard.press('End');
  await page.waitForFunction(() => {
    const t = document.querySelector('.chart-full .tooltip');
    return t && getComputedStyle(t).visibility === 'visible' && t.style.left !== '';
  });
  await page.click('text=在规划原文中查看');
  await page.waitForSelector('.plan-text mark');
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the explore views (fetched data, map, filters) and the chart downloads work under the policy', async () => {
  const { page, context, errors } = await open('?view=parks');
  await page.waitForFunction(() => performance.getEntriesByName('tz:explore').length > 0, null, { timeout: 15000 });
  // Styles applied, markup in place.
  assert.equal(await page.$eval('.filters', (e) => getComputedStyle(e).display), 'grid');
  await page.selectOption('#f-cluster', 'pharma');
  await page.waitForFunction(() => /cluster=pharma/.test(location.search) && document.querySelectorAll('tr[data-park]').length < 20);
  await page.click('#map-linhai');
  await page.waitForFunction(() => /county=linhai/.test(location.search));
  // A chart download is drawn into a detached canvas.
  await page.goto(page.url().replace(/\?.*$/, '?indicator=market_leading_products'));
  await page.waitForFunction(() => document.querySelector('.chart-full canvas')?.width > 0, null, { timeout: 15000 });
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('button:has-text("PNG")')]);
  assert.match(download.suggestedFilename(), /\.png$/);
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the share poster (an image made in the page) and the search work under the policy, in embed mode too', async () => {
  const { page, context, errors } = await open('?view=parks&park=tzw_etdz&embed=1');
  await page.waitForFunction(() => performance.getEntriesByName('tz:explore').length > 0, null, { timeout: 15000 });
  await page.click('#share-button');
  await page.waitForSelector('.share-poster');
  assert.ok(await page.$eval('.share-poster', (im) => im.decode().then(() => im.naturalWidth)) === 1080);
  await page.goto(page.url().replace(/\?.*$/, ''));
  await page.click('#search-input');
  await page.keyboard.type('yiyao');
  await page.waitForSelector('#search-list [role="option"]');
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  assert.deepEqual(errors, []);
  await context.close();
});

/** The policy a built page carries in its meta tag. */
function metaPolicy(file) {
  const html = fs.readFileSync(path.join(DIST, file), 'utf8');
  const tags = [...html.matchAll(/<meta http-equiv="Content-Security-Policy" content="([^"]+)">/g)];
  assert.equal(tags.length, 1, `${file} carries one policy`);
  assert.ok(html.indexOf(tags[0][0]) < html.indexOf('<script'), `${file}: the policy comes before any script`);
  return tags[0][1];
}

test('both pages carry the same policy: self only, no inline script or style, no object, no other base', () => {
  const policy = metaPolicy('index.html');
  assert.equal(metaPolicy('desk.html'), policy);
  const directives = Object.fromEntries(policy.split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v]));
  assert.deepEqual(directives['default-src'], ["'self'"]);
  // 'unsafe-eval' for Chromium 80–96's WebAssembly (index.html says why).
  assert.deepEqual(directives['script-src'], ["'self'", "'unsafe-eval'"]);
  assert.deepEqual(directives['style-src'], ["'self'"]);
  assert.deepEqual(directives['connect-src'], ["'self'"]);
  assert.deepEqual(directives['object-src'], ["'none'"]);
  assert.deepEqual(directives['base-uri'], ["'self'"]);
  assert.ok(!policy.includes('unsafe-inline') && !policy.includes('*'), policy);
});

/**
 * With no headers, the page's own policy must be in force: a script put into
 * the page inline and an image from another origin are refused (and
 * reported), while the page itself ran without one violation.
 */
async function enforcedWithoutHeaders(query, ready) {
  const { page, context, errors } = await open(query, bare);
  const response = await page.request.get(bare.url + query);
  assert.equal(response.headers()['content-security-policy'], undefined, 'served with no policy header');
  await page.waitForFunction(ready, null, { timeout: 15000 });
  assert.deepEqual(await page.evaluate(() => window.__violations), [], 'the page itself violates nothing');
  const refused = await page.evaluate(() => new Promise((resolve) => {
    const seen = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      seen.push(e.effectiveDirective);
      if (seen.length === 2) resolve({ seen: seen.sort(), ran: window.__injected === true });
    });
    const script = document.createElement('script');
    script.textContent = 'window.__injected = true;';
    document.body.append(script);
    const img = document.createElement('img');
    img.src = 'http://example.invalid/pixel.png';
    img.alt = '';
    document.body.append(img);
  }));
  assert.deepEqual(refused, { seen: ['img-src', 'script-src-elem'], ran: false });
  assert.deepEqual(errors.filter((e) => !/Content Security Policy|example\.invalid/.test(e)), []);
  await context.close();
}

test('served with no headers at all, the visitors\' page runs under its own policy, which refuses an injected inline script', async () => {
  await enforcedWithoutHeaders('?indicator=market_leading_products',
    () => document.querySelector('.chart-full canvas')?.width > 0);
});

test('served with no headers at all, the data desk runs under its own policy, which refuses an injected inline script', async () => {
  await enforcedWithoutHeaders('desk.html?view=data', () => document.querySelector('#desk-status') !== null);
});
