// Before the WebAssembly: a target's chart is on screen as its static image
// (charts::still, drawn by the build), in the box its canvas then takes;
// no address shifts its layout while the app starts or while a view's part
// arrives late; the WebAssembly is asked for before the document is parsed
// wherever nothing prerendered is painted first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { setup, env, csvRows, READY } from './helpers.mjs';
import { DIST } from './server.mjs';

setup();

const PHONE = { viewport: { width: 412, height: 823 }, isMobile: true, hasTouch: true, deviceScaleFactor: 1.75 };

/** Layout shifts, summed from the first frame on (before any page script). */
function shifts() {
  window.__shifts = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (!e.hadRecentInput) {
        window.__shifts.push({ value: e.value, nodes: e.sources.map((s) => s.node?.nodeName + '.' + (s.node?.className || '')) });
      }
    }
  }).observe({ type: 'layout-shift', buffered: true });
}

/** A context whose requests matching `pattern` wait until `release()`. */
async function holding(options, pattern) {
  const context = await env.browser.newContext(options);
  await context.addInitScript(shifts);
  const held = [];
  let open = false;
  let heldOne;
  const first = new Promise((resolve) => { heldOne = resolve; });
  await context.route(pattern, (route) => {
    if (open) return route.continue();
    held.push(route);
    heldOne();
  });
  return {
    context,
    held,
    /** Resolves when a request has been held back. */
    first,
    release: async () => { open = true; for (const r of held.splice(0)) await r.continue(); },
  };
}

const box = (page, sel) => page.evaluate((sel) => {
  const el = document.querySelector(sel);
  if (!el || !el.getClientRects().length) return null;
  const r = el.getBoundingClientRect();
  return { width: Math.round(r.width), height: Math.round(r.height) };
}, sel);

for (const [label, query, options, file] of [
  ['a phone, in Chinese', '?indicator=market_leading_products', PHONE, 'market_leading_products.zh.388.svg'],
  ['a desktop, in English', '?indicator=national_etdz&lang=en', { viewport: { width: 1280, height: 900 } }, 'national_etdz.en.1116.svg'],
  ['a phone, large text', '?indicator=industrial_output_above_scale&text=large', PHONE, 'industrial_output_above_scale.zh.388.svg'],
]) {
  test(`${label}: the chart's static image shows while the WebAssembly is held back, and the canvas takes its box with no layout shift`, async () => {
    const { context, held, release } = await holding(options, '**/*.wasm');
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(env.server.url + query);
    await page.waitForFunction(() => {
      const img = document.querySelector('#boot .boot-chart img');
      return img && img.complete && img.naturalWidth > 0;
    });
    assert.ok(held.length >= 1, 'the WebAssembly was asked for and is held');
    const img = await page.evaluate(() => {
      const i = document.querySelector('#boot .boot-chart img');
      return { src: i.getAttribute('src'), alt: i.alt, visible: i.getClientRects().length > 0 };
    });
    assert.ok(img.visible, 'the image is on screen');
    assert.ok(img.src.endsWith(`data/chart/${file}`), `${img.src} is the chart for this language and width`);
    assert.match(img.alt, /图表|chart/, 'the image has a text alternative');
    assert.equal(await page.evaluate(READY), false, 'the app has not started');
    const still = await box(page, '#boot .boot-chart');

    await release();
    await page.waitForFunction(() => performance.getEntriesByName('tz:chart').length > 0, null, { timeout: 15000 });
    const canvas = await box(page, '.chart-full canvas');
    assert.deepEqual(canvas, still, 'the canvas takes the size of the image it replaces');
    assert.equal(await box(page, '#boot'), null, 'the loading box is gone');
    // A frame for the last shifts to be reported.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    assert.deepEqual(await page.evaluate(() => window.__shifts), [], 'no layout shift');
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('the build drew every target in each language and width, each with its name and text alternative inside', () => {
  const dir = path.join(DIST, 'data', 'chart');
  // The drawings themselves (their .gz and .br copies: precompressed.test.mjs).
  const names = fs.readdirSync(dir).filter((n) => n.endsWith('.svg'));
  const { ids } = csvRows('targets.csv');
  assert.equal(names.length, ids.length * 2 * 3);
  for (const id of ids) {
    for (const lang of ['zh', 'en']) {
      for (const w of [388, 752, 1116]) {
        const svg = fs.readFileSync(path.join(dir, `${id}.${lang}.${w}.svg`), 'utf8');
        assert.match(svg, new RegExp(`^<svg width="${w}" height="\\d+" viewBox="0 0 ${w} \\d+" [^>]*role="img" aria-labelledby="t d" lang="${lang}"><title id="t">[^<]+</title><desc id="d">[^<]+</desc>`), `${id}.${lang}.${w}`);
      }
    }
  }
});

test('an unknown target shows no broken image, and the app says the address is unknown', async () => {
  const context = await env.browser.newContext(PHONE);
  const page = await context.newPage();
  await page.goto(env.server.url + '?indicator=no_such_target');
  await page.waitForFunction(READY, null, { timeout: 15000 });
  assert.equal(await page.evaluate(() => document.documentElement.classList.contains('tz-still')), false);
  assert.ok(await page.locator('.notice, [role="alert"], [role="status"]').count() > 0);
  await context.close();
});

// Every view address, on a phone: no layout shift from the first frame until
// the view is complete, with the view's own part (the explore data, the plan
// text) held back until the view's loading state has been painted.
for (const query of ['', '?lang=en', '?view=plan', '?view=clusters', '?view=parks', '?view=counties',
  '?view=counties&county=linhai', '?view=parks&cluster=pharma', '?indicator=market_leading_products',
  '?view=clusters&cluster=pharma', '?view=parks&park=tzw_etdz&lang=en', '?indicator=national_etdz&embed=1',
  '?view=clusters&embed=1', '?q=医药', '?view=clusters&lang=en&text=large', '?view=plan&contrast=high',
  'desk.html?view=data']) {
  test(`${query || 'the scorecard'}: no layout shift while the page starts and its parts arrive`, async () => {
    const { context, first, release } = await holding(PHONE, /\/data\/(explore-|plan)/);
    const page = await context.newPage();
    await page.goto(env.server.url + query);
    await page.waitForFunction(READY, null, { timeout: 15000 });
    // A view whose part is on its way shows its loading state from its
    // first render: that state on screen, its part asked for, then the part.
    if (await page.evaluate(() => !!document.querySelector('[aria-busy="true"]'))) {
      await first;
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    }
    await release();
    await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'), null, { timeout: 15000 });
    await page.waitForFunction(() => [...document.querySelectorAll('.chart-full canvas')].every((c) => c.width > 0));
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    assert.deepEqual(await page.evaluate(() => window.__shifts), [], 'no layout shift');
    await context.close();
  });
}

test('where nothing prerendered is painted first, the WebAssembly is asked for before the document is parsed', async () => {
  for (const [query, early] of [['?view=parks', true], ['?indicator=market_leading_products', true], ['', false]]) {
    const context = await env.browser.newContext(PHONE);
    const page = await context.newPage();
    const wasm = [];
    page.on('request', (r) => { if (r.url().endsWith('.wasm')) wasm.push(r); });
    await page.goto(env.server.url + query);
    await page.waitForFunction(READY, null, { timeout: 15000 });
    assert.equal(wasm.length, 1, `${query}: one download of the WebAssembly`);
    const preloaded = await page.evaluate(() => !!document.querySelector('link[rel="preload"][as="fetch"][href$=".wasm"]'));
    assert.equal(preloaded, early, `${query || 'scorecard'}: preloaded from the head: ${early}`);
    await context.close();
  }
});
