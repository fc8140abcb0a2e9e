// On a phone's network (150 ms round trip, 1.6 Mbit/s: Lighthouse's mobile
// profile), every part the page fetches on first use arrives late and still
// works, opened for the first time in a fresh context: an explore view (the
// explore data), the search (the same data, with the pinyin), the share
// poster (drawn in the page from the chart's code), and the data desk (its
// own page and WebAssembly, then the published figures file).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setup, env, READY } from './helpers.mjs';

setup();

const NETWORK = { offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8 };

/** A fresh phone context on the slow network; records page errors. */
async function slow(query) {
  const context = await env.browser.newContext({ viewport: { width: 412, height: 823 }, isMobile: true, hasTouch: true, deviceScaleFactor: 1.75 });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', NETWORK);
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(env.server.url + query);
  await page.waitForFunction(READY, null, { timeout: 60000 });
  return { page, context, errors };
}

test('an explore view, opened first on a slow network, says it is loading, then shows the parks', async () => {
  const { page, context, errors } = await slow('?view=parks');
  // The view's data is on its way: the loading state holds the screen.
  const busy = await page.evaluate(() => !!document.querySelector('section[aria-busy="true"]'));
  await page.waitForFunction(() => performance.getEntriesByName('tz:explore').length > 0, null, { timeout: 60000 });
  assert.ok(busy, 'the loading state was on screen while the data travelled');
  assert.ok(await page.locator('.explore-body').count() > 0, 'the parks view is there');
  assert.equal(await page.locator('[aria-busy="true"]').count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the search, opened first on a slow network, fetches what it needs and finds a cluster by its pinyin', async () => {
  const { page, context, errors } = await slow('');
  // On a phone the search is in the menu.
  await page.click('.menu-toggle');
  await page.click('#search-input');
  await page.keyboard.type('yiyao');
  await page.waitForSelector('#search-list [role="option"]', { timeout: 60000 });
  assert.equal(await page.$eval('#search-list [role="option"] .search-name', (n) => n.textContent), '医药');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the share poster, opened first on a slow network, is drawn', async () => {
  const { page, context, errors } = await slow('?indicator=market_leading_products');
  await page.click('#share-button');
  await page.waitForSelector('.share-poster', { timeout: 60000 });
  const width = await page.evaluate(async () => {
    const im = document.querySelector('.share-poster');
    await im.decode();
    return im.naturalWidth;
  });
  assert.equal(width, 1080);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the data desk, opened first on a slow network, reads the published figures', async () => {
  const { page, context, errors } = await slow('desk.html?view=data');
  await page.waitForFunction(() => document.querySelector('#desk-status') !== null, null, { timeout: 60000 });
  await page.waitForFunction(() => /figures\.csv（已发布的数据）：\d+ 行数据，0 处问题/.test(document.querySelector('#desk-status').textContent), null, { timeout: 60000 });
  assert.deepEqual(errors, []);
  await context.close();
});
