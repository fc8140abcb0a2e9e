// The first view is in the HTML: the build prerendered the scorecard, the
// browser hydrates it (the same nodes, nothing moves, no warning), and an
// address that is not the scorecard never paints the scorecard first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { setup, env, csvRows, READY } from './helpers.mjs';
import { DIST } from './server.mjs';

setup();

/**
 * Records, before any script of the page runs: every element of #app that
 * the parser made (tagged), element nodes removed from #app, text nodes
 * added inside a card (two texts side by side in a component are one text
 * node in the HTML, so hydrating splits it: 44 cards' worth of extra work
 * at start-up), layout shifts,
 * and, at every painted frame until the app is ready, which heading and how
 * many cards are visible.
 */
function recorder() {
  window.__removed = 0;
  window.__cardTexts = [];
  window.__shift = 0;
  window.__frames = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shift += e.value;
  }).observe({ type: 'layout-shift', buffered: true });
  document.addEventListener('DOMContentLoaded', () => {
    // The container the build prerendered this address into (boot.js shows it).
    const app = document.getElementById(location.search === '?lang=en' ? 'app-en' : 'app');
    window.__parsed = [...app.querySelectorAll('*')];
    window.__parsed.forEach((el, i) => { el.__tz = i; });
    new MutationObserver((records) => {
      for (const r of records) {
        for (const n of r.removedNodes) if (n.nodeType === 1) window.__removed += 1;
        for (const n of r.addedNodes) {
          if (n.nodeType === 3 && r.target.closest?.('article.card')) window.__cardTexts.push(JSON.stringify(n.data));
        }
      }
    }).observe(app, { childList: true, subtree: true });
  });
  const shown = (el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
  const visible = (sel) => [...document.querySelectorAll(sel)].find(shown);
  const seen = (sel) => !!visible(sel);
  const frame = () => {
    if (document.body) {
      window.__frames.push({
        verdict: seen('#verdict-h'),
        h1: visible('h1')?.textContent ?? '',
        boot: seen('#boot'),
        cards: [...document.querySelectorAll('article.card')].filter(shown).length,
      });
    }
    if (!performance.getEntriesByName('tz:ready').length) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}

async function openRecorded(query, routes = async () => {}) {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript(recorder);
  await routes(context);
  const page = await context.newPage();
  const problems = [];
  page.on('console', (m) => { if (['error', 'warning'].includes(m.type())) problems.push(`${m.type()}: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  await page.goto(env.server.url + query);
  return { page, context, problems };
}

test('the built index.html holds every target of targets.csv, in Chinese and in English', () => {
  const html = fs.readFileSync(path.join(DIST, 'index.html'), 'utf8');
  const [zh, en] = html.split('<div id="app-en" lang="en">');
  assert.ok(en, 'the English container follows the Chinese one');
  for (const id of csvRows('targets.csv').ids) {
    assert.ok(zh.includes(`id="t-${id}"`), `card ${id} prerendered in Chinese`);
    assert.ok(en.includes(`id="t-${id}"`), `card ${id} prerendered in English`);
  }
  assert.match(zh, /<h2 id="verdict-h">总体情况<\/h2>/);
  assert.match(en, /<h2 id="verdict-h">Overall<\/h2>/);
  assert.doesNotMatch(html, /\sstyle=/, 'no inline style for the strict policy');
});

for (const [query, h1, other] of [['', '台州', 'Taizhou'], ['?lang=en', 'Taizhou', '台州']]) {
  test(`${query || 'the plain address'}: hydration adopts the prerendered nodes: the same elements, no layout shift, no warning`, async () => {
    const { page, context, problems } = await openRecorded(query);
    await page.waitForFunction(READY, null, { timeout: 15000 });
    await page.waitForFunction(() => performance.getEntriesByName('tz:chart').length > 0, null, { timeout: 15000 });
    const r = await page.evaluate(() => {
      const parsed = window.__parsed;
      const cards = [...document.querySelectorAll('#app article.card')];
      return {
        parsed: parsed.length,
        detached: parsed.filter((el) => !el.isConnected).length,
        cardsAdopted: cards.every((c) => typeof c.__tz === 'number'),
        removed: window.__removed,
        cardTexts: window.__cardTexts,
        shift: window.__shift,
        h1Same: document.querySelector('h1').__tz !== undefined,
        roots: document.querySelectorAll('#app, #app-en').length,
        lang: document.documentElement.lang,
      };
    });
    assert.ok(r.parsed > 1000, `${r.parsed} prerendered elements`);
    assert.equal(r.detached, 0, 'no prerendered element was replaced');
    assert.equal(r.removed, 0, 'no element was removed');
    assert.deepEqual(r.cardTexts, [], 'text nodes that hydration added inside cards');
    assert.ok(r.cardsAdopted && r.h1Same, 'the cards and the heading are the parsed nodes');
    assert.equal(r.shift, 0, 'layout shift');
    assert.equal(r.roots, 1, "the other language's container is gone");
    assert.equal(r.lang, query ? 'en' : 'zh-CN');
    // Every painted frame showed this language's heading.
    const frames = await page.evaluate(() => window.__frames);
    assert.ok(frames.some((f) => f.h1), 'frames were recorded with the heading');
    assert.deepEqual(frames.filter((f) => f.h1 && !f.h1.startsWith(h1)), [], 'a frame showed another heading');
    // No frame painted a scorecard the parser had not finished (its header
    // would move when the rest arrives).
    const cards = csvRows('targets.csv').ids.length;
    assert.deepEqual(frames.filter((f) => f.h1 && f.cards !== cards), [], 'a frame showed a half-parsed scorecard');
    // Hydrated: the app answers input on the very nodes it adopted.
    await page.click('#lang-switch');
    await page.waitForFunction((o) => document.querySelector('h1').textContent.startsWith(o), other);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test(`${query || 'the plain address'}: the scorecard is on screen before the WebAssembly has arrived`, async () => {
    // The .wasm never arrives: what is painted is what the HTML and CSS give.
    const { page, context } = await openRecorded(query, (c) => c.route('**/*.wasm', () => {}));
    await page.waitForFunction(() => window.__frames.length > 5);
    assert.equal(await page.locator('#verdict-h:visible').count(), 1);
    const visible = await page.$$eval('article.card', (c) => c.filter((e) => e.getClientRects().length > 0).length);
    assert.equal(visible, csvRows('targets.csv').ids.length, 'one set of cards is shown');
    const shownH1 = await page.$$eval('h1', (hs) => hs.filter((e) => e.checkVisibility()).map((e) => e.textContent));
    assert.equal(shownH1.length, 1);
    assert.ok(shownH1[0].startsWith(h1), shownH1[0]);
    assert.equal(await page.isVisible('#boot'), false, 'no loading line over the scorecard');
    await context.close();
  });
}

for (const [query, check] of [
  ['?view=parks', (f) => !f.verdict],
  ['?lang=en&view=plan', (f) => !f.h1.includes('目标与进展') && !f.verdict],
  ['?indicator=market_leading_products', (f) => !f.verdict],
  ['?view=clusters&embed=1', (f) => !f.verdict],
]) {
  test(`${query} never paints the Chinese scorecard first`, async () => {
    const { page, context, problems } = await openRecorded(query);
    await page.waitForFunction(READY, null, { timeout: 15000 });
    const frames = await page.evaluate(() => window.__frames);
    assert.ok(frames.length > 0, 'frames were recorded');
    const bad = frames.filter((f) => !check(f));
    assert.deepEqual(bad, [], 'a frame showed the prerendered scorecard');
    assert.ok(frames.some((f) => f.boot), 'the loading line was shown meanwhile');
    assert.deepEqual(problems.filter((p) => !p.startsWith('warning')), []);
    await context.close();

    // Even when the app never starts, the first paint is the loading line.
    const stuck = await openRecorded(query, (c) => c.route('**/*.wasm', () => {}));
    await stuck.page.waitForFunction(() => window.__frames.length > 5);
    assert.equal(await stuck.page.isVisible('#verdict-h'), false);
    assert.ok(await stuck.page.isVisible('#boot'));
    await stuck.context.close();
  });
}
