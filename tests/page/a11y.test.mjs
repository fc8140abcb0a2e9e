// Accessibility and 适老化 on the built page:
// - axe-core (npm) on every view, in zh and en, in every mode (light, dark,
//   large text, high contrast), at desktop width and at 320 px: no violation
//   of any impact; a failure names the view, mode, width and rule;
// - the large-text and high-contrast switches, by mouse and by keyboard,
//   remembered for the next visit, with the address winning;
// - reflow at 320 CSS px with the reader's text at 200 %, and in large-text
//   mode on a phone: no horizontal scrolling, the title on the first screen;
// - the reader's own settings: prefers-contrast, forced colours, reduced motion.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { setup, env, open, READY } from './helpers.mjs';

setup();

const AXE = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

// [name, address, what to open before checking]
const VIEWS = [
  ['scorecard', ''],
  ['an indicator', '?indicator=market_leading_products'],
  ['the plan text', '?view=plan'],
  ['clusters', '?view=clusters'],
  ['a cluster', '?view=clusters&cluster=pharma'],
  ['parks', '?view=parks'],
  ['a park', '?view=parks&park=tzw_etdz'],
  ['counties', '?view=counties'],
  ['a county', '?view=counties&county=linhai'],
  ['the figures table', '', '#data-table > summary'],
  ['the embed builder', '?view=parks', '#embed > summary'],
  ['embed mode', '?indicator=market_leading_products&embed=1'],
  ['the changelog', '?view=changes'],
  ['an indicator pinned to edition 1', '?indicator=market_leading_products&edition=1'],
  ['the cite box', '?indicator=market_leading_products', '#cite > summary'],
];
const MODES = [
  ['light', {}],
  ['dark', { embed: '1', theme: 'dark' }],
  ['large text', { text: 'large' }],
  ['high contrast', { contrast: 'high' }],
  ['dark, high contrast', { embed: '1', theme: 'dark', contrast: 'high' }],
];
const WIDTHS = [[1280, 900], [320, 640]];

function address(base, ...extra) {
  const p = new URLSearchParams(base.replace(/^\?/, ''));
  for (const e of extra) for (const [k, v] of Object.entries(e)) p.set(k, v);
  const q = p.toString();
  return q ? `?${q}` : '';
}

/** Waits until the view at the current address has its content and charts. */
async function settled(page) {
  await page.waitForFunction(READY, null, { timeout: 15000 });
  await page.waitForFunction(() => {
    const q = location.search;
    if (/view=(clusters|parks|counties)|cluster=|park=|county=/.test(q) && !performance.getEntriesByName('tz:explore').length) return false;
    if (/view=plan/.test(q) && !document.querySelector('.plan-text')) return false;
    return [...document.querySelectorAll('.chart-full canvas')].every((c) => c.width > 0);
  }, null, { timeout: 15000 });
}

async function axeViolations(page) {
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) await page.evaluate(AXE);
  return page.evaluate(async () => {
    const r = await window.axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}${v.nodes.length > 3 ? ` … ${v.nodes.length} in all` : ''}`);
  });
}

for (const [width, height] of WIDTHS) {
  for (const lang of ['zh', 'en']) {
    test(`axe: every view in every mode, ${lang}, ${width} px: no violation`, async () => {
      const context = await env.browser.newContext({ viewport: { width, height } });
      const page = await context.newPage();
      const found = [];
      let checked = 0;
      for (const [mode, params] of MODES) {
        for (const [view, base, opener] of VIEWS) {
          // The embed builder and the cite box are not part of embed mode.
          if ((opener === '#embed > summary' || opener === '#cite > summary') && params.embed) continue;
          const query = address(base, lang === 'en' ? { lang: 'en' } : {}, params);
          await page.goto(env.server.url + query);
          await settled(page);
          if (opener) {
            await page.click(opener);
            await page.waitForFunction((sel) => {
              if (sel.includes('embed')) return !!document.querySelector('#embed textarea');
              if (sel.includes('cite')) return !!document.querySelector('#cite textarea');
              return !!document.querySelector('#data-table table');
            }, opener);
          }
          for (const v of await axeViolations(page)) found.push(`${view} · ${mode} · ${lang} · ${width} px (${query || './'}): ${v}`);
          checked += 1;
        }
      }
      await context.close();
      assert.ok(checked >= VIEWS.length * MODES.length - 4, `${checked} pages checked`);
      assert.deepEqual(found, [], `axe found ${found.length} violation(s):\n${found.join('\n')}`);
    });
  }
}

test('the large-text switch: by mouse, remembered for the next visit, the address wins', async () => {
  const { page, context, problems } = await open('?view=parks');
  const bodySize = () => page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
  const normal = await bodySize();
  assert.equal(await page.getAttribute('#text-switch', 'aria-pressed'), 'false');
  await page.click('#text-switch');
  await page.waitForFunction(() => document.documentElement.classList.contains('tz-large'));
  assert.equal(await page.getAttribute('#text-switch', 'aria-pressed'), 'true');
  assert.ok(await bodySize() >= 18, `body text ${await bodySize()} px in large-text mode`);
  assert.ok(await bodySize() > normal);
  await page.waitForURL(/[?&]text=large(&|$)/);
  // Links and the embed code keep it.
  assert.match(await page.getAttribute('.views a[href*="view=counties"]', 'href'), /text=large/);
  await page.click('#embed > summary');
  assert.match(await page.inputValue('#embed textarea'), /text=large/);
  // Controls are at least 44 × 44 px.
  const small = await page.evaluate(() => [...document.querySelectorAll('button, select, summary, .view-link, .chip-x')]
    .filter((e) => e.getClientRects().length > 0)
    .map((e) => [e.textContent.trim().slice(0, 20) || e.className, e.getBoundingClientRect()])
    .filter(([, r]) => r.height < 44 || r.width < 44)
    .map(([n, r]) => `${n}: ${Math.round(r.width)}×${Math.round(r.height)}`));
  assert.deepEqual(small, [], 'targets smaller than 44 × 44 px');

  // The next visit, at the plain address: large before the first paint.
  const next = await context.newPage();
  await next.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => { window.__firstClasses = document.documentElement.className; });
  });
  await next.goto(env.server.url);
  await next.waitForFunction(READY);
  assert.match(await next.evaluate(() => window.__firstClasses), /tz-large/, 'applied before the app ran');
  assert.equal(await next.getAttribute('#text-switch', 'aria-pressed'), 'true');
  // The address wins over the stored choice.
  await next.goto(env.server.url + '?text=normal');
  await next.waitForFunction(READY);
  assert.equal(await next.evaluate(() => document.documentElement.classList.contains('tz-large')), false);
  assert.equal(await next.getAttribute('#text-switch', 'aria-pressed'), 'false');
  // Switched off: remembered too.
  await next.goto(env.server.url + '?view=plan');
  await next.waitForFunction(READY);
  await next.click('#text-switch');
  await next.waitForFunction(() => !document.documentElement.classList.contains('tz-large'));
  await next.goto(env.server.url);
  await next.waitForFunction(READY);
  assert.equal(await next.evaluate(() => document.documentElement.classList.contains('tz-large')), false);
  assert.deepEqual(problems, []);
  await context.close();
});

test('large text redraws the charts with larger text and keeps the page hydrated in place', async () => {
  const heights = {};
  for (const q of ['?indicator=market_leading_products', '?indicator=market_leading_products&text=large']) {
    // At a phone's width, where the chart's height is its minimum, which grows with its text.
    const { page, context } = await open(q, { viewport: { width: 400, height: 900 } });
    await page.waitForFunction(() => [...document.querySelectorAll('.chart-full canvas')].every((c) => c.width > 0));
    heights[q] = await page.$eval('.chart-full canvas', (c) => c.getBoundingClientRect().height);
    await context.close();
  }
  const [normal, large] = Object.values(heights);
  assert.ok(large > normal * 1.2, `chart ${normal} px tall, ${large} px in large-text mode`);
  // The prerendered scorecard in a mode: the same nodes are adopted, nothing replaced.
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => { window.__h1 = document.querySelector('#app h1'); });
  });
  const page = await context.newPage();
  const warnings = [];
  page.on('console', (m) => { if (['error', 'warning'].includes(m.type())) warnings.push(m.text()); });
  await page.goto(env.server.url + '?text=large&contrast=high');
  await page.waitForFunction(READY);
  assert.ok(await page.evaluate(() => window.__h1 && window.__h1 === document.querySelector('h1') && window.__h1.isConnected), 'the prerendered heading was adopted');
  assert.equal(await page.getAttribute('#contrast-switch', 'aria-pressed'), 'true');
  assert.deepEqual(warnings, []);
  await context.close();
});

test('the high-contrast switch by keyboard; the system setting turns it on; text at 7:1', async () => {
  const { page, context } = await open('?view=counties');
  await page.focus('#contrast-switch');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.documentElement.classList.contains('tz-hc'));
  await page.waitForURL(/contrast=high/);
  await page.keyboard.press('Space');
  await page.waitForFunction(() => !document.documentElement.classList.contains('tz-hc'));
  assert.equal(await page.getAttribute('#contrast-switch', 'aria-pressed'), 'false');
  await page.keyboard.press('Space');
  await page.waitForFunction(() => document.documentElement.classList.contains('tz-hc'));
  // Focus rings of at least 3 px.
  const ring = await page.evaluate(() => parseFloat(getComputedStyle(document.activeElement).outlineWidth));
  assert.ok(ring >= 3, `focus ring ${ring} px`);
  // axe's enhanced contrast rule (7:1), which the default run leaves out.
  await page.evaluate(AXE);
  const aaa = await page.evaluate(async () => (await window.axe.run(document, { runOnly: ['color-contrast-enhanced'] })).violations
    .flatMap((v) => v.nodes.slice(0, 5).map((n) => `${n.target.join(' ')}: ${n.any[0]?.message ?? ''}`)));
  assert.deepEqual(aaa, [], 'text under 7:1 in high contrast');
  await context.close();

  const system = await env.browser.newContext({ contrast: 'more' });
  const p2 = await system.newPage();
  await p2.goto(env.server.url);
  await p2.waitForFunction(READY);
  assert.ok(await p2.evaluate(() => document.documentElement.classList.contains('tz-hc')), 'prefers-contrast: more → high contrast');
  assert.equal(await p2.getAttribute('#contrast-switch', 'aria-pressed'), 'true');
  await system.close();
});

test('forced colours keep the charts and the map legible; reduced motion animates nothing', async () => {
  const context = await env.browser.newContext({ forcedColors: 'active', reducedMotion: 'reduce', colorScheme: 'dark' });
  const page = await context.newPage();
  await page.goto(env.server.url + '?view=parks');
  await page.waitForFunction(() => performance.getEntriesByName('tz:explore').length > 0);
  const map = await page.$eval('.map > svg', (e) => [getComputedStyle(e).forcedColorAdjust, getComputedStyle(e).backgroundColor]);
  assert.deepEqual(map, ['none', 'rgb(255, 255, 255)'], 'the map keeps its colours on white');
  await page.goto(env.server.url + '?indicator=market_leading_products');
  await page.waitForFunction(() => [...document.querySelectorAll('.chart-full canvas')].every((c) => c.width > 0));
  const canvas = await page.$eval('.chart-full canvas', (e) => [getComputedStyle(e).forcedColorAdjust, getComputedStyle(e).backgroundColor]);
  assert.deepEqual(canvas, ['none', 'rgb(255, 255, 255)'], 'the chart keeps its drawing on white');
  const moving = await page.evaluate(() => [...document.querySelectorAll('*')]
    .filter((e) => parseFloat(getComputedStyle(e).transitionDuration) > 0 || getComputedStyle(e).animationName !== 'none').length);
  assert.equal(moving, 0);
  await context.close();
});

// [what, address, viewport, the reader's default text size in px]
const REFLOW = [
  ['320 px, text at 200 %', '', [320, 640], 32],
  ['320 px, text at 200 %, English', '?lang=en', [320, 640], 32],
  ['320 px, text at 200 %, parks', '?view=parks', [320, 640], 32],
  ['320 px, text at 200 %, an indicator', '?indicator=market_leading_products', [320, 640], 32],
  ['320 px, text at 200 %, a county', '?view=counties&county=linhai', [320, 640], 32],
  ['320 px, text at 200 %, the plan text', '?view=plan', [320, 640], 32],
  ['320 px, text at 200 %, clusters, English', '?view=clusters&lang=en', [320, 640], 32],
  ['320 px, text at 200 %, a park, English', '?view=parks&park=tzw_etdz&lang=en', [320, 640], 32],
  ['a phone in large-text mode', '?text=large', [360, 740], 16],
  ['a phone in large-text mode, clusters', '?view=clusters&text=large', [360, 740], 16],
];

for (const [what, query, [width, height], px] of REFLOW) {
  test(`reflow, ${what}: no horizontal scrolling, the title on the first screen, the menu by keyboard`, async () => {
    const context = await env.browser.newContext({ viewport: { width, height } });
    const page = await context.newPage();
    // The reader's own text size (Chromium's font-size setting).
    const cdp = await context.newCDPSession(page);
    await cdp.send('Page.setFontSizes', { fontSizes: { standard: px, fixed: px } });
    await page.goto(env.server.url + query);
    await settled(page);
    const m = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      h1: document.querySelector('h1').getBoundingClientRect().bottom,
      text: parseFloat(getComputedStyle(document.body).fontSize),
    }));
    assert.ok(m.text >= px, `body text ${m.text} px`);
    assert.equal(m.scroll, width, 'the page is no wider than the screen');
    assert.ok(m.h1 <= height, `the title ends at ${m.h1} px, the screen is ${height} px`);
    // The views fold behind the menu button; it opens by keyboard.
    assert.equal(await page.isVisible('.views'), false);
    await page.focus('.menu-toggle');
    await page.keyboard.press('Enter');
    await page.waitForSelector('.views', { state: 'visible' });
    assert.equal(await page.getAttribute('.menu-toggle', 'aria-expanded'), 'true');
    assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), width, 'the open menu fits too');
    await page.keyboard.press('Tab');
    assert.ok(await page.evaluate(() => !!document.activeElement.closest('#site-menu')), 'Tab goes into the menu');
    await context.close();
  });
}

test('keyboard: the skip link leads to the content; a navigation moves focus to the new view\'s heading', async () => {
  const { page, context } = await open('');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.className), 'skip');
  assert.ok(await page.isVisible('.skip'), 'the skip link shows when focused');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'main');
  await page.click('.views a[href*="view=counties"]');
  await page.waitForFunction(() => document.activeElement?.id === 'explore-h');
  // One outline per view: one h1, and no level skipped below it.
  const skips = await page.evaluate(() => {
    const levels = [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].filter((h) => h.getClientRects().length).map((h) => +h.tagName[1]);
    return { h1: levels.filter((l) => l === 1).length, skips: levels.filter((l, i) => i > 0 && l > levels[i - 1] + 1).length };
  });
  assert.deepEqual(skips, { h1: 1, skips: 0 });
  await context.close();
});
