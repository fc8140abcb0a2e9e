// The explore views (clusters, parks, counties, the map) in the built page:
// filters by mouse, keyboard and URL, the address as the state, their data
// fetched on first use.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setup, open, env } from './helpers.mjs';

setup();

const EXPLORED = () => performance.getEntriesByName('tz:explore').length > 0;
const parks = (page) => page.$$eval('tr[data-park]', (rows) => rows.map((r) => r.dataset.park));
/** Waits until the view has been rendered again after an action. */
async function rerendered(page, action) {
  const before = await page.evaluate(() => performance.getEntriesByName('tz:explore').length);
  await action();
  await page.waitForFunction((n) => performance.getEntriesByName('tz:explore').length > n, before);
}

test('the first view does not fetch the explore data; opening an explore view does, once', async () => {
  const { page, context, problems } = await open();
  const fetched = () => page.evaluate(() => performance.getEntriesByType('resource').map((r) => r.name).filter((n) => /data\/explore-[0-9a-f]+\.bin$/.test(n)));
  assert.deepEqual(await fetched(), []);
  await page.click('a.view-link:has-text("园区平台")');
  await page.waitForFunction(EXPLORED);
  assert.equal((await fetched()).length, 1, 'one data file, checked by its integrity');
  await page.waitForURL(/\/zwgk\/sjfb\/zzy\/\?view=parks$/);
  // Another explore view and the plan text use the same data: nothing more is fetched.
  await rerendered(page, () => page.click('a.view-link:has-text("县（市、区）")'));
  await page.click('a.view-link:has-text("规划原文")');
  await page.waitForSelector('.plan-text mark');
  assert.equal((await fetched()).length, 1);
  assert.equal(await page.evaluate(() => document.querySelectorAll('script[src*="explore"], link[href*="explore"]').length), 0, 'no second module');
  assert.deepEqual(problems, []);
  await context.close();
});

test('choosing a cluster narrows the parks and the address; reload and back restore it', async () => {
  const { page, context, problems } = await open('?view=parks');
  await page.waitForFunction(EXPLORED);
  const all = await parks(page);
  assert.ok(all.length >= 25, `${all.length} parks`);
  await rerendered(page, () => page.selectOption('#f-cluster', 'pharma'));
  await page.waitForURL(/\?view=parks&cluster=pharma$/);
  const pharma = await parks(page);
  assert.ok(pharma.length > 3 && pharma.length < all.length, `${pharma.length} pharma parks`);
  assert.ok(pharma.includes('tzw_etdz'));
  assert.match(await page.textContent('tr[data-park="tzw_etdz"]'), /国家级.*临海市/s);
  assert.match(await page.textContent('.chips'), /产业：医药/);
  // A second filter, then back: the first filter alone again.
  await rerendered(page, () => page.selectOption('#f-level', 'national'));
  await page.waitForURL(/\?view=parks&cluster=pharma&level=national$/);
  assert.deepEqual(await parks(page), ['tzw_etdz']);
  await rerendered(page, () => page.goBack());
  assert.deepEqual(await parks(page), pharma);
  assert.equal(await page.$eval('#f-level', (s) => s.value), '', 'the select shows the restored state');
  // Reload keeps the state.
  await page.reload();
  await page.waitForFunction(EXPLORED);
  assert.deepEqual(await parks(page), pharma);
  // A chip removes its filter (by keyboard); focus goes to the view's heading, not lost.
  await page.focus('.chip-x');
  await rerendered(page, () => page.keyboard.press('Enter'));
  assert.deepEqual(await parks(page), all);
  await page.waitForURL(/\?view=parks$/);
  assert.equal(await page.evaluate(() => document.activeElement.id), 'explore-h');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a click on a county of the map filters by it; a park mark opens its page', async () => {
  const { page, context, problems } = await open('?view=parks');
  await page.waitForFunction(EXPLORED);
  await rerendered(page, () => page.click('#map-wenling'));
  await page.waitForURL(/\?view=parks&county=wenling$/);
  const here = await parks(page);
  assert.ok(here.length > 0 && here.includes('wl_east'));
  assert.match(await page.getAttribute('#map-wenling', 'class'), /sel/);
  await rerendered(page, () => page.click('a.park[aria-label^="温岭东部新区"]'));
  await page.waitForURL(/\?view=parks&park=wl_east$/);
  assert.equal(await page.textContent('#explore-h'), '温岭东部新区');
  assert.deepEqual(problems, []);
  await context.close();
});

test('the map works by keyboard alone, and focus stays where it was', async () => {
  const { page, context, problems } = await open('?view=counties');
  await page.waitForFunction(EXPLORED);
  // Tab until the first county of the map has focus.
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => document.activeElement?.classList.contains('county'))) break;
  }
  const id = await page.evaluate(() => document.activeElement.id);
  assert.match(id, /^map-/);
  await rerendered(page, () => page.keyboard.press('Enter'));
  const county = id.replace('map-', '');
  await page.waitForURL(new RegExp(`\\?view=counties&county=${county}$`));
  assert.equal(await page.evaluate(() => document.activeElement.id), id, 'focus returns to the county');
  assert.ok(await page.$(`article.county-page[data-county="${county}"]`));
  // Enter again on the chosen county clears it.
  await rerendered(page, () => page.keyboard.press('Enter'));
  await page.waitForURL(/\?view=counties$/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('the clusters view answers how big each cluster is and whether it passed 1,000 亿元', async () => {
  const { page, context, problems } = await open('?view=clusters&lang=en');
  await page.waitForFunction(EXPLORED);
  assert.match(await page.textContent('tr[data-cluster="auto"]'), /over 110 billion yuan.*2019.*yes/s);
  assert.match(await page.textContent('tr[data-cluster="pump_motor"]'), /no city-wide output figure/);
  // The comparison is drawn by the chart pipeline: a canvas with a text
  // alternative, every point reachable by the arrow keys and announced.
  await page.waitForFunction(() => document.querySelector('.compare-chart canvas')?.width > 0);
  assert.match(await page.getAttribute('.compare-chart canvas', 'aria-label'), /Output comparison, \d+ series/);
  await page.focus('.compare-chart canvas');
  const said = new Set();
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => document.querySelector('.compare-chart .tooltip'));
    said.add(await page.textContent('.compare-chart .chart-live'));
  }
  assert.ok(said.size >= 10, `${said.size} points announced`);
  assert.ok([...said].some((t) => /2019/.test(t) && /110 billion yuan/.test(t)), [...said].join('\n'));
  // A cluster's page by its link; the comparison narrows to it.
  await rerendered(page, () => page.click('.cluster-list a:has-text("Pharmaceuticals")'));
  await page.waitForURL(/\?view=clusters&cluster=pharma&lang=en$/);
  assert.equal(await page.textContent('#explore-h'), 'Pharmaceuticals');
  assert.deepEqual(problems, []);
  await context.close();
});

test('unknown ids and garbage in the address fall back with a notice naming them', async () => {
  const a = await open('?view=parks&cluster=pharma,toys&county=atlantis');
  await a.page.waitForFunction(EXPLORED);
  await a.page.waitForFunction(() => /toys/.test(document.querySelector('#url-notice')?.textContent ?? ''));
  assert.match(await a.page.textContent('#url-notice'), /atlantis/);
  await a.page.waitForURL(/\?view=parks&cluster=pharma$/);
  await a.context.close();
  const b = await open('?view=parks&level=%%%&cluster=<script>&sort=x');
  assert.match(await b.page.textContent('#url-notice'), /level/);
  await b.page.waitForFunction(EXPLORED);
  assert.equal((await parks(b.page)).length >= 25, true, 'the default, unfiltered directory');
  assert.deepEqual(b.problems, []);
  await b.context.close();
});

test('copy link puts the address of the current view on the clipboard', async () => {
  const { page, context } = await open('?view=parks&cluster=auto', { permissions: ['clipboard-read', 'clipboard-write'] });
  await page.waitForFunction(EXPLORED);
  await page.click('#copy-link');
  await page.waitForFunction(() => document.querySelector('.copy-status').textContent.length > 0);
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), page.url());
  assert.ok(page.url().startsWith(env.server.url));
  await context.close();
});
