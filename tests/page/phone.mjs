// Benchmark on a phone's profile (not a test): Lighthouse's mobile profile
// as DevTools applies it (412×823 at 1.75×, 150 ms round trip, 1.6 Mbit/s
// down, 750 kbit/s up, CPU 4× slower), cold cache each load.
//
// Times the widget beside the ECharts peer (tests/peer, built into
// target/peer-site by scripts/bench.sh) in one alternating run, and reports
// the median of the pairwise ratios (absolute times on a shared machine move
// from run to run):
// - a target's chart, ?indicator=ID: the widget's first chart on screen is
//   its still image (charts::still, painted: Element Timing's render time),
//   else its canvas (tz:chart); the peer's is peer:chart. Budget (issue 19):
//   ratio < 1.
// - the scorecard's text: first contentful paint of each.
// Also the bytes (as sent, gzip) that arrived before each moment.
//
//   node tests/page/phone.mjs [pairs]     (scripts/bench.sh builds first)
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { serve, CHROMIUM_ARGS, chromiumPath } from './server.mjs';

const PAIRS = Number(process.argv[2] || process.env.PHONE_PAIRS || 9);
const TARGET = 'market_leading_products';
const PEER = path.resolve(process.env.TZ_PEER || new URL('../../target/peer-site', import.meta.url).pathname);
const PHONE = { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true };
const NETWORK = { offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8 };

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };

if (!fs.existsSync(path.join(PEER, 'index.html'))) {
  console.error(`phone.mjs: no ECharts peer in ${PEER} (scripts/bench.sh builds it)`);
  process.exit(2);
}

/** Records painted elements (Element Timing) before the page's scripts run. */
function recorder() {
  window.__painted = {};
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__painted[e.identifier] = e.renderTime || e.loadTime;
  }).observe({ type: 'element', buffered: true });
}

/**
 * Loads `url` on the phone profile until `done` (a function of the page's
 * performance entries) returns a time; resolves to { at, bytes }: that time
 * from navigation start, and the bytes received by then.
 */
async function load(browser, url, done) {
  const context = await browser.newContext(PHONE);
  await context.addInitScript(recorder);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', NETWORK);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.goto(url);
  const at = await (await page.waitForFunction(done, null, { timeout: 60000, polling: 50 })).jsonValue();
  const bytes = await page.evaluate((at) => {
    const nav = performance.getEntriesByType('navigation')[0];
    return nav.encodedBodySize + performance.getEntriesByType('resource')
      .filter((r) => r.responseEnd <= at).reduce((a, r) => a + r.encodedBodySize, 0);
  }, at);
  await context.close();
  return { at, bytes };
}

// The moments, as functions evaluated in the page (null until they happen).
const ourChart = () => {
  const still = window.__painted['tz-still'];
  const canvas = performance.getEntriesByName('tz:chart')[0]?.startTime;
  const t = [still, canvas].filter((x) => x > 0);
  return t.length ? Math.min(...t) : null;
};
const ourCanvas = () => performance.getEntriesByName('tz:chart')[0]?.startTime ?? null;
const peerChart = () => performance.getEntriesByName('peer:chart')[0]?.startTime ?? null;
const text = () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null;

const ours = await serve();
const peer = await serve({}, PEER);
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
try {
  const rows = { chart: [], canvas: [], peerChart: [], text: [], peerText: [] };
  for (let i = 0; i < PAIRS; i++) {
    // A B, then B A: neither always runs first.
    const pair = [
      async () => rows.chart.push(await load(browser, `${ours.url}?indicator=${TARGET}`, ourChart)),
      async () => rows.peerChart.push(await load(browser, `${peer.url}?indicator=${TARGET}`, peerChart)),
    ];
    for (const run of i % 2 ? pair.reverse() : pair) await run();
    const scorecard = [
      async () => rows.text.push(await load(browser, ours.url, text)),
      async () => rows.peerText.push(await load(browser, peer.url, text)),
    ];
    for (const run of i % 2 ? scorecard.reverse() : scorecard) await run();
  }
  // The interactive canvas, for the record (its own loads: waiting for it
  // would not change the first chart's time, but keeps them apart).
  for (let i = 0; i < Math.min(PAIRS, 5); i++) rows.canvas.push(await load(browser, `${ours.url}?indicator=${TARGET}`, ourCanvas));

  const ms = (xs) => `${median(xs.map((r) => r.at)).toFixed(0).padStart(6)} ms`;
  const kb = (xs) => `${(median(xs.map((r) => r.bytes)) / 1000).toFixed(1).padStart(6)} KB`;
  const ratio = (a, b) => median(a.map((r, i) => r.at / b[i].at));
  console.log(`Phone profile: 412×823 at 1.75×, RTT 150 ms, 1.6 Mbit/s down, CPU 4× slower; ${PAIRS} alternating pairs, cold cache`);
  console.log('                                               median   bytes before (gzip, median)');
  console.log(`widget  ?indicator=${TARGET}: first chart   ${ms(rows.chart)}  ${kb(rows.chart)}`);
  console.log(`widget  ?indicator=${TARGET}: canvas drawn  ${ms(rows.canvas)}  ${kb(rows.canvas)}`);
  console.log(`ECharts ?indicator=${TARGET}: chart drawn   ${ms(rows.peerChart)}  ${kb(rows.peerChart)}`);
  console.log(`widget  scorecard: first contentful paint      ${ms(rows.text)}  ${kb(rows.text)}`);
  console.log(`ECharts scorecard: first contentful paint      ${ms(rows.peerText)}  ${kb(rows.peerText)}`);
  const chartRatio = ratio(rows.chart, rows.peerChart);
  console.log(`\nratio widget / ECharts, first chart (median of pairs): ${chartRatio.toFixed(2)}`);
  console.log(`ratio widget / ECharts, scorecard text (median of pairs): ${ratio(rows.text, rows.peerText).toFixed(2)}`);
  console.log(`budget: the first chart sooner than the ECharts page (ratio < 1): ${chartRatio < 1 ? 'within' : 'OVER'}`);
  if (!(chartRatio < 1)) process.exitCode = 1;
} finally {
  await browser.close();
  await ours.close();
  await peer.close();
}
