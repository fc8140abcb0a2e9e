// Indicator charts, the plan text view and navigation, on the built page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { setup, open, csvRows, env } from './helpers.mjs';

setup();

const CHART = '.chart-full canvas';
const SERIES_RGB = [31, 95, 168];

/** Canvas backing size, CSS size and device pixel ratio. */
const canvasSize = (page) => page.$eval(CHART, (c) => ({
  w: c.width, h: c.height, cssW: c.getBoundingClientRect().width, cssH: c.getBoundingClientRect().height, dpr: devicePixelRatio,
}));

/** Moves the mouse along the chart's middle row until a tooltip shows, returning the tooltips seen. */
async function sweep(page) {
  const box = await (await page.$(CHART)).boundingBox();
  const seen = new Map();
  for (let x = box.x + 4; x < box.x + box.width - 4; x += 6) {
    await page.mouse.move(x, box.y + box.height / 2);
    const tip = await page.$('.chart-full .tooltip');
    if (tip) {
      const text = await tip.textContent();
      if (!seen.has(text)) seen.set(text, await tip.evaluate((t) => ({ left: Number(t.dataset.x), top: Number(t.dataset.y) })));
    }
  }
  return seen;
}

test('every target of the scorecard opens a detail view with a drawn chart', async () => {
  const { page, context, problems } = await open();
  const { ids } = csvRows('targets.csv');
  // From the scorecard by click.
  await page.click('#t-market_leading_products h3 a');
  await page.waitForSelector('#detail-h');
  await page.waitForURL(/\?indicator=market_leading_products$/);
  // And each one by its fixed URL form.
  for (const id of ids) {
    await page.goto(env.server.url + `?indicator=${id}`);
    await page.waitForFunction((id) => document.querySelector('#detail')?.dataset.target === id
      && document.querySelector('.chart-full canvas')?.width > 0, id, { timeout: 10000 });
  }
  assert.deepEqual(problems, []);
  await context.close();
});

test('the canvas is drawn: series pixels under each point, sized to CSS × devicePixelRatio', async () => {
  for (const dpr of [1, 2]) {
    const { page, context } = await open('?indicator=market_leading_products', { deviceScaleFactor: dpr });
    await page.waitForFunction((s) => document.querySelector(s)?.width > 0, CHART);
    const size = await canvasSize(page);
    assert.equal(size.dpr, dpr);
    assert.equal(size.w, Math.round(size.cssW * dpr), 'backing width is CSS width × DPR');
    assert.equal(size.h, Math.round(size.cssH * dpr), 'backing height is CSS height × DPR');
    const tips = await sweep(page);
    assert.equal(tips.size, 3, `three figures have tooltips: ${[...tips.keys()].join(' | ')}`);
    for (const [text, { left, top }] of tips) {
      const rgb = await page.$eval(CHART, (c, [x, y, dpr]) => [...c.getContext('2d').getImageData(Math.round(x * dpr), Math.round(y * dpr), 1, 1).data].slice(0, 3), [left, top, dpr]);
      assert.deepEqual(rgb, SERIES_RGB, `the series colour is under the point of «${text}»`);
    }
    await context.close();
  }
});

test('tooltips show year, value and source on hover and on arrow keys, announced live', async () => {
  const { page, context } = await open('?indicator=market_leading_products');
  const tips = [...(await sweep(page)).keys()];
  assert.ok(tips.some((t) => t.includes('307 个（2024年）') && t.includes('人民网')), tips.join(' | '));
  await page.mouse.move(0, 0);
  await page.waitForSelector('.chart-full .tooltip', { state: 'detached' });
  await page.focus(CHART);
  await page.keyboard.press('ArrowRight');
  await page.waitForSelector('.chart-full .tooltip');
  assert.match(await page.textContent('.chart-full .tooltip'), /156 个（2019年）/);
  assert.match(await page.textContent('.chart-live'), /156 个（2019年）.*瞭望东方周刊/);
  await page.keyboard.press('End');
  await page.waitForFunction(() => document.querySelector('.chart-full .tooltip')?.textContent.includes('2024'));
  await page.keyboard.press('Home');
  await page.waitForFunction(() => document.querySelector('.chart-full .tooltip')?.textContent.includes('2019'));
  await page.keyboard.press('Escape');
  await page.waitForSelector('.chart-full .tooltip', { state: 'detached' });
  assert.match(await page.getAttribute(CHART, 'aria-label'), /从2019年的156 个到2024年的307 个/);
  await context.close();
});

test('the table toggle shows one row per drawn figure', async () => {
  const { page, context } = await open('?indicator=market_leading_products&lang=en');
  assert.equal(await page.$('#chart-table'), null);
  await page.click('.table-toggle');
  assert.equal(await page.getAttribute('.table-toggle', 'aria-expanded'), 'true');
  const years = await page.$$eval('#chart-table tbody th', (th) => th.map((t) => t.textContent));
  assert.deepEqual(years, ['2019', '2023', '2024']);
  assert.match(await page.textContent('#chart-table'), /307 \(2024\)/);
  await context.close();
});

test('PNG and CSV downloads produce a valid image and the series', async () => {
  const { page, context, problems } = await open('?indicator=market_leading_products');
  const [png] = await Promise.all([page.waitForEvent('download'), page.click('button.png')]);
  assert.equal(png.suggestedFilename(), 'taizhou-plan-market_leading_products.png');
  const bytes = fs.readFileSync(await png.path());
  assert.deepEqual([...bytes.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'PNG signature');
  assert.equal(bytes.readUInt32BE(16), 1200, 'width');
  assert.equal(bytes.readUInt32BE(20), 720, 'height');
  const [csv] = await Promise.all([page.waitForEvent('download'), page.click('button.csv')]);
  const text = fs.readFileSync(await csv.path(), 'utf8');
  const lines = text.replace(/^\uFEFF/, '').trim().split(/\r?\n/);
  assert.match(lines[0], /^drawn_as,indicator_id,year,value,/);
  assert.equal(lines.length, 4);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a resize redraws at the new size', async () => {
  const { page, context } = await open('?indicator=market_leading_products');
  await page.waitForFunction((s) => document.querySelector(s)?.width > 0, CHART);
  const before = await canvasSize(page);
  await page.setViewportSize({ width: 420, height: 900 });
  await page.waitForFunction(([s, w]) => document.querySelector(s).width !== w, [CHART, before.w]);
  const after = await canvasSize(page);
  assert.ok(after.w < before.w);
  assert.equal(after.w, Math.round(after.cssW * after.dpr));
  // Still drawn: series pixels are there after the redraw.
  const blue = await page.$eval(CHART, (c) => {
    const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
    let n = 0;
    for (let i = 0; i < d.length; i += 4) if (d[i] === 31 && d[i + 1] === 95 && d[i + 2] === 168) n++;
    return n;
  });
  assert.ok(blue > 50, `series pixels after resize: ${blue}`);
  await context.close();
});

test('the plan text links both ways and ?view=plan#id scrolls to the phrase', async () => {
  const { page, context, problems } = await open('?view=plan#market_leading_products');
  await page.waitForSelector('#plan-h');
  // The text comes with the second module when the view opens; then the anchor is scrolled to.
  await page.waitForFunction(() => {
    const a = document.getElementById('market_leading_products');
    if (!a) return false;
    const r = a.getBoundingClientRect();
    return r.top >= 0 && r.top < innerHeight;
  }, null, { timeout: 10000 });
  const marks = await page.$$eval('.plan-text mark', (m) => m.length);
  assert.ok(marks >= csvRows('targets.csv').ids.length - 5, `phrases marked: ${marks}`);
  await page.click('#market_leading_products + a.phrase');
  await page.waitForSelector('#detail-h');
  await page.waitForURL(/\?indicator=market_leading_products$/);
  await page.click('text=在规划原文中查看');
  await page.waitForSelector('#plan-h');
  await page.waitForURL(/\?view=plan#market_leading_products$/);
  // Back and forward walk the views.
  await page.goBack();
  await page.waitForSelector('#detail-h');
  await page.goBack();
  await page.waitForSelector('#plan-h');
  await page.goForward();
  await page.waitForSelector('#detail-h');
  assert.deepEqual(problems, []);
  await context.close();
});

test('an unknown indicator falls back to the scorecard with a notice', async () => {
  const { page, context } = await open('?indicator=not_a_target');
  assert.match(await page.textContent('#url-notice'), /not_a_target/);
  assert.ok(await page.$('#verdict-h'));
  await context.close();
});

test('the page marks tz:chart once its first chart is drawn', async () => {
  const { page, context } = await open();
  await page.waitForFunction(() => performance.getEntriesByName('tz:chart').length === 1);
  const sparks = await page.$$eval('.chart-spark canvas', (c) => c.filter((x) => x.width > 0).length);
  assert.ok(sparks >= 5, `sparklines drawn: ${sparks}`);
  await context.close();
});

test('a touch on a point shows its tooltip', async () => {
  const { page, context } = await open('?indicator=market_leading_products', { hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 } });
  await page.waitForFunction((s) => document.querySelector(s)?.width > 0, CHART);
  const box = await (await page.$(CHART)).boundingBox();
  let tip = null;
  for (let x = box.x + 4; x < box.x + box.width - 4 && !tip; x += 5) {
    await page.touchscreen.tap(x, box.y + box.height / 2);
    tip = await page.$('.chart-full .tooltip');
  }
  assert.ok(tip, 'a tap near a point opens its tooltip');
  assert.match(await tip.textContent(), /个（20(19|23|24)年）/);
  await context.close();
});

test('if the explore data cannot be fetched, the plan view says so and links to the file', async () => {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  await page.route('**/data/explore-*.bin', (route) => route.fulfill({ status: 503, body: 'unavailable' }));
  await page.goto(env.server.url + '?view=plan');
  await page.waitForSelector('.plan-view [role="alert"]');
  assert.match(await page.textContent('.plan-view [role="alert"]'), /这部分页面的数据没有下载成功/);
  assert.equal(await page.getAttribute('.plan-view [role="alert"] a', 'href'), 'data/plan.txt');
  await context.close();
});

test('charts release their resize observers when they leave the page', async () => {
  const context = await env.browser.newContext();
  await context.addInitScript(() => {
    const Native = window.ResizeObserver;
    window.__observers = { live: 0 };
    window.ResizeObserver = class extends Native {
      constructor(cb) { super(cb); this.__n = 0; }
      observe(el, o) { this.__n++; window.__observers.live++; return super.observe(el, o); }
      disconnect() { window.__observers.live -= this.__n; this.__n = 0; return super.disconnect(); }
    };
  });
  const page = await context.newPage();
  await page.goto(env.server.url);
  // Every part of the scorecard hydrated (ui::later), each chart drawn.
  await page.waitForFunction(() => performance.getEntriesByName('tz:ready').length > 0);
  const charts = () => page.evaluate(() => document.querySelectorAll('.chart canvas').length);
  const live = () => page.evaluate(() => window.__observers.live);
  assert.equal(await live(), await charts());
  for (let i = 0; i < 4; i++) {
    await page.click('#t-market_leading_products .open-detail a');
    await page.waitForFunction(() => document.querySelector('.chart-full canvas')?.width > 0);
    // The address is written after the paint: going back before it is
    // would leave the page rather than the chart.
    await page.waitForURL(/indicator=market_leading_products/);
    await page.goBack();
    await page.waitForSelector('#verdict-h');
  }
  await page.waitForFunction(() => window.__observers.live === document.querySelectorAll('.chart canvas').length, null, { timeout: 5000 })
    .catch(() => {});
  assert.equal(await live(), await charts(), 'one live observer per chart on the page, none left behind');
  await context.close();
});
