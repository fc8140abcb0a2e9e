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
 * the parser made (tagged) and the shape of #app as parsed (elements with
 * their attributes, and text nodes: two texts side by side in a component
 * are one text node in the HTML, so hydrating would split them, 44 cards'
 * worth of extra work at start-up); the element nodes removed from #app, in
 * batches (a MutationObserver's callback runs once per task that changed
 * the page); layout shifts; and, at every painted frame until the app is
 * ready, which heading and how many cards are visible.
 */
function recorder() {
  window.__batches = [];
  window.__shift = 0;
  window.__frames = [];
  // Elements with their attributes (a canvas's drawing size aside) and
  // text nodes; not comments (hydration removes its markers), nor the print
  // stamp (the address's QR code, made in the browser only).
  window.__shape = (root) => {
    const out = [];
    const walk = (n) => {
      for (const c of n.childNodes) {
        // (Hydration leaves one empty text node in the header's switches.)
        if (c.nodeType === 3 && c.data) out.push('#' + c.data);
        if (c.nodeType !== 1 || c.classList.contains('print-stamp')) continue;
        const attrs = [...c.attributes].filter((a) => !(c.tagName === 'CANVAS' && ['width', 'height', 'style'].includes(a.name)));
        out.push('<' + c.tagName + attrs.map((a) => ` ${a.name}=${a.value.slice(0, 80)}`).sort().join(''));
        walk(c);
        out.push('>');
      }
    };
    walk(root);
    return out;
  };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shift += e.value;
  }).observe({ type: 'layout-shift', buffered: true });
  document.addEventListener('DOMContentLoaded', () => {
    // The container the build prerendered this address into (boot.js shows it).
    const app = document.getElementById(location.search === '?lang=en' ? 'app-en' : 'app');
    window.__parsed = [...app.querySelectorAll('*')];
    window.__parsed.forEach((el, i) => { el.__tz = i; });
    window.__parsedShape = window.__shape(app);
    new MutationObserver((records) => {
      const removed = records.flatMap((r) => [...r.removedNodes]).filter((n) => n.nodeType === 1);
      if (removed.length) window.__batches.push(removed.map((n) => ({ parsed: n.__tz !== undefined, cards: n.matches('article.card') ? 1 : n.querySelectorAll('article.card').length })));
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
  test(`${query || 'the plain address'}: hydration adopts the prerendered page, a part per task: the same elements and texts, no layout shift, no warning`, async () => {
    const { page, context, problems } = await openRecorded(query);
    await page.waitForFunction(READY, null, { timeout: 15000 });
    await page.waitForFunction(() => performance.getEntriesByName('tz:chart').length > 0, null, { timeout: 15000 });
    const r = await page.evaluate(() => {
      const parsed = window.__parsed;
      const app = document.getElementById('app');
      return {
        parsed: parsed.length,
        // The page's frame: the header, the heading, the groups' headings.
        frameAdopted: [...app.querySelectorAll('header, h1, section.group > h2')].every((el) => el.__tz !== undefined),
        batches: window.__batches,
        shape: window.__shape(app),
        parsedShape: window.__parsedShape,
        cards: app.querySelectorAll('article.card').length,
        shift: window.__shift,
        roots: document.querySelectorAll('#app, #app-en').length,
        lang: document.documentElement.lang,
      };
    });
    assert.ok(r.parsed > 1000, `${r.parsed} prerendered elements`);
    assert.ok(r.frameAdopted, "the page's frame is the parsed nodes");
    // The parts (ui::later): each replaced by its copy hydrated aside, each
    // in a task of its own (no batch of removals holds more than one part's
    // three cards), and only nodes the parser made are removed.
    const cards = csvRows('targets.csv').ids.length;
    assert.equal(r.cards, cards);
    assert.ok(r.batches.length >= Math.ceil(cards / 3), `${r.batches.length} tasks replaced parts`);
    assert.deepEqual(r.batches.filter((b) => b.reduce((n, x) => n + x.cards, 0) > 3), [], 'a task replaced more than one part');
    assert.deepEqual(r.batches.flat().filter((x) => !x.parsed), [], 'a node hydration made was removed');
    // Where they differ, the first difference and a little around it.
    const at = r.shape.findIndex((x, i) => x !== r.parsedShape[i]);
    const near = (xs) => xs.slice(Math.max(0, at - 3), at + 5);
    if (at >= 0 || r.shape.length !== r.parsedShape.length) assert.deepEqual(near(r.shape), near(r.parsedShape));
    assert.deepEqual(r.shape, r.parsedShape, 'the hydrated page has the elements, attributes and text nodes the parser made');
    assert.equal(r.shift, 0, 'layout shift');
    assert.equal(r.roots, 1, "the other language's container is gone");
    assert.equal(r.lang, query ? 'en' : 'zh-CN');
    // Every painted frame showed this language's heading.
    const frames = await page.evaluate(() => window.__frames);
    assert.ok(frames.some((f) => f.h1), 'frames were recorded with the heading');
    assert.deepEqual(frames.filter((f) => f.h1 && !f.h1.startsWith(h1)), [], 'a frame showed another heading');
    // No frame painted a scorecard the parser had not finished (its header
    // would move when the rest arrives).
    assert.deepEqual(frames.filter((f) => f.h1 && f.cards !== cards), [], 'a frame showed a half-parsed scorecard');
    // Hydrated: the app answers input on the nodes it adopted.
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
