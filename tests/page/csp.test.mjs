// The built page under the strict Content-Security-Policy portals send:
// no inline script or style, nothing from another origin, WebAssembly allowed.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { serve, STRICT_CSP, CHROMIUM_ARGS, chromiumPath } from './server.mjs';

let server, browser;
before(async () => {
  server = await serve({ 'content-security-policy': STRICT_CSP });
  browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
});
after(async () => { await browser?.close(); await server?.close(); });

async function open(query) {
  const context = await browser.newContext({ acceptDownloads: true });
  await context.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const page = await context.newPage();
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(server.url + query);
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
