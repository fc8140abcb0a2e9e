// Benchmark of the built page (not a test): transfer size of everything the
// first view loads (raw, gzip -9, brotli -11) and the time from navigation
// start to performance.mark("tz:ready"), median of RUNS loads in headless
// Chromium. Exits 1 when over budget.
//
//   node tests/page/bench.mjs [runs]      (scripts/bench.sh builds first)
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { chromium } from 'playwright-core';
import { serve, DIST, CHROMIUM_ARGS, chromiumPath } from './server.mjs';

const RUNS = Number(process.argv[2] || process.env.BENCH_RUNS || 15);
const BUDGET_GZIP = 200 * 1000;

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

  // 2. Navigation start to tz:ready, fresh context (cold cache) each time.
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const ctx = await browser.newContext();
    const p = await ctx.newPage();
    await p.goto(server.url);
    await p.waitForFunction(() => performance.getEntriesByName('tz:ready').length > 0, null, { timeout: 20000 });
    times.push(await p.evaluate(() => performance.getEntriesByName('tz:ready')[0].startTime));
    await ctx.close();
  }
  console.log(`\nnavigation start → tz:ready over ${RUNS} cold loads: median ${median(times).toFixed(1)} ms ` +
    `(min ${Math.min(...times).toFixed(1)}, max ${Math.max(...times).toFixed(1)})`);

  const ok = total.gzip <= BUDGET_GZIP;
  console.log(`\nbudget: first view ≤ ${BUDGET_GZIP / 1000} KB gzip: ${ok ? 'within' : 'OVER'} (${(total.gzip / 1000).toFixed(1)} KB)`);
  if (!ok) process.exitCode = 1;
} finally {
  await browser.close();
  await server.close();
}
