// Benchmark of the built page (not a test), in headless Chromium:
// - transfer size of everything the first view loads (raw, gzip -9, brotli -11);
// - navigation start to performance.mark("tz:ready") and to "tz:chart" (the
//   first chart drawn), median of RUNS cold loads;
// - median time of one indicator chart redraw (the page's "tz:redraw"
//   measures, one per redraw, driven by arrow keys);
// - median time from a filter change on the parks view (the county select)
//   to the new view in the DOM with style and layout done (a MutationObserver
//   on the view forces layout as soon as the page has replaced it);
// - what opening an explore view loads on top of the first view.
// Exits 1 when a budget is exceeded.
//
//   node tests/page/bench.mjs [runs]      (scripts/bench.sh builds first)
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { chromium } from 'playwright-core';
import { serve, DIST, CHROMIUM_ARGS, chromiumPath } from './server.mjs';

const RUNS = Number(process.argv[2] || process.env.BENCH_RUNS || 15);
const BUDGET_GZIP = 200 * 1000;
const BUDGET_REDRAW_MS = 4;
const BUDGET_FILTER_MS = 16;
const FILTERS = 40;
const REDRAWS = 80;

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const kb = (n) => (n / 1000).toFixed(1).padStart(8);

const server = await serve();
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
try {
  // 1. What the first view loads, from the page's own requests.
  const page = await (await browser.newContext()).newPage();
  const loaded = new Set();
  page.on('requestfinished', (r) => { if (r.url().startsWith(server.url)) loaded.add(new URL(r.url()).pathname.slice(server.url.length - server.origin.length)); });
  await page.goto(server.url);
  await page.waitForFunction(() => performance.getEntriesByName('tz:ready').length > 0, null, { timeout: 20000 });
  const rows = [...loaded].map((rel) => rel || 'index.html').sort().map((rel) => {
    const body = fs.readFileSync(path.join(DIST, rel));
    return {
      file: rel,
      raw: body.length,
      gzip: zlib.gzipSync(body, { level: 9 }).length,
      br: zlib.brotliCompressSync(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    };
  });
  const total = rows.reduce((a, r) => ({ raw: a.raw + r.raw, gzip: a.gzip + r.gzip, br: a.br + r.br }), { raw: 0, gzip: 0, br: 0 });
  console.log('First view transfer (KB = 1000 bytes)');
  console.log(`${'file'.padEnd(44)}${'raw'.padStart(8)}${'gzip'.padStart(8)}${'brotli'.padStart(8)}`);
  for (const r of rows) console.log(`${r.file.padEnd(44)}${kb(r.raw)}${kb(r.gzip)}${kb(r.br)}`);
  console.log(`${'total'.padEnd(44)}${kb(total.raw)}${kb(total.gzip)}${kb(total.br)}`);

  // 2. Navigation start to the page's marks, fresh context (cold cache) each time.
  const marks = async (query, names) => {
    const out = Object.fromEntries(names.map((n) => [n, []]));
    for (let i = 0; i < RUNS; i++) {
      const ctx = await browser.newContext();
      const p = await ctx.newPage();
      await p.goto(server.url + query);
      await p.waitForFunction((names) => names.every((n) => performance.getEntriesByName(n).length > 0), names, { timeout: 20000 });
      for (const n of names) out[n].push(await p.evaluate((n) => performance.getEntriesByName(n)[0].startTime, n));
      await ctx.close();
    }
    return out;
  };
  const line = (label, xs) => console.log(`${label.padEnd(52)} median ${median(xs).toFixed(1).padStart(6)} ms  (min ${Math.min(...xs).toFixed(1)}, max ${Math.max(...xs).toFixed(1)})`);
  console.log(`\nTimes over ${RUNS} cold loads each`);
  const first = await marks('', ['tz:start', 'tz:ready', 'tz:chart']);
  line('scorecard: navigation start → tz:start (wasm running)', first['tz:start']);
  line('scorecard: navigation start → tz:ready', first['tz:ready']);
  line('scorecard: navigation start → tz:chart (sparkline)', first['tz:chart']);
  const detail = await marks('?indicator=market_leading_products', ['tz:ready', 'tz:chart']);
  line('indicator view: navigation start → tz:chart', detail['tz:chart']);

  // 3. Redraw of one indicator chart: each arrow key moves the highlight and redraws.
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const p = await ctx.newPage();
  await p.goto(server.url + '?indicator=market_leading_products');
  await p.waitForFunction(() => performance.getEntriesByName('tz:redraw').length > 0, null, { timeout: 20000 });
  await p.focus('.chart-full canvas');
  const count = () => p.evaluate(() => performance.getEntriesByName('tz:redraw').length);
  const start = await count();
  for (let i = 0; i < REDRAWS; i++) {
    const before = await count();
    // End and Home alternate, so every press moves the highlight.
    await p.keyboard.press(i % 2 ? 'Home' : 'End');
    await p.waitForFunction((n) => performance.getEntriesByName('tz:redraw').length > n, before);
  }
  const redraws = await p.evaluate((s) => performance.getEntriesByName('tz:redraw').slice(s).map((e) => e.duration), start);
  await ctx.close();
  line(`indicator chart redraw (${redraws.length} redraws)`, redraws);

  // 4. Filter change → the parks view replaced and laid out.
  const fctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const fp = await fctx.newPage();
  const more = new Set();
  fp.on('requestfinished', (r) => { if (/explore-/.test(r.url())) more.add(new URL(r.url()).pathname.split('/').pop()); });
  await fp.goto(server.url + '?view=parks');
  await fp.waitForFunction(() => performance.getEntriesByName('tz:explore').length > 0, null, { timeout: 20000 });
  const filterTimes = [];
  for (let i = 0; i < FILTERS; i++) {
    filterTimes.push(await fp.evaluate(() => new Promise((resolve) => {
      const select = document.getElementById('f-county');
      const view = document.querySelector('.explore-body');
      let t0 = 0;
      const mo = new MutationObserver(() => {
        mo.disconnect();
        document.body.getBoundingClientRect();
        resolve(performance.now() - t0);
      });
      mo.observe(view, { childList: true, subtree: true });
      t0 = performance.now();
      select.value = select.value === 'wenling' ? '' : 'wenling';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    })));
    // Let the page settle (effects, the address) before the next change.
    await fp.waitForFunction((n) => performance.getEntriesByName('tz:explore').length > n, i + 1);
  }
  await fctx.close();
  line(`parks view: filter change → view updated and laid out (${FILTERS})`, filterTimes);
  const moreRows = [...more].sort().map((f) => {
    const body = fs.readFileSync(path.join(DIST, f));
    return [f, body.length, zlib.gzipSync(body, { level: 9 }).length];
  });
  console.log('\nLoaded when an explore view (or the plan text) first opens, on top of the first view');
  for (const [f, raw, gz] of moreRows) console.log(`${f.padEnd(44)}${kb(raw)}${kb(gz)}`);
  console.log(`${'total'.padEnd(44)}${kb(moreRows.reduce((a, r) => a + r[1], 0))}${kb(moreRows.reduce((a, r) => a + r[2], 0))}`);

  const sizeOk = total.gzip <= BUDGET_GZIP;
  const filterOk = median(filterTimes) <= BUDGET_FILTER_MS;
  const redrawOk = median(redraws) <= BUDGET_REDRAW_MS;
  console.log(`\nbudget: first view ≤ ${BUDGET_GZIP / 1000} KB gzip: ${sizeOk ? 'within' : 'OVER'} (${(total.gzip / 1000).toFixed(1)} KB)`);
  console.log(`budget: chart redraw ≤ ${BUDGET_REDRAW_MS} ms median: ${redrawOk ? 'within' : 'OVER'} (${median(redraws).toFixed(2)} ms)`);
  console.log(`budget: filter change → repainted ≤ ${BUDGET_FILTER_MS} ms median: ${filterOk ? 'within' : 'OVER'} (${median(filterTimes).toFixed(2)} ms)`);
  if (!sizeOk || !redrawOk || !filterOk) process.exitCode = 1;
} finally {
  await browser.close();
  await server.close();
}
