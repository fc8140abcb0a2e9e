// The browsers of government desks: 360, QQ, Sogou, UOS and Kylin browsers
// run Chromium kernels from 2020–2021. The built page in the headless builds
// of those kernels (scripts/kernels.mjs fetches and caches them), driven by
// puppeteer-core 10 (playwright no longer speaks their DevTools protocol):
// - Chromium 80, 83, 88 and 92 run the interactive page: the scorecard
//   hydrates, a parks filter repaints, a chart draws with its tooltip,
//   search finds, parks compare and a poster is made, a view prints, an
//   embedded frame sends its height, the desk opens a file, and the page's
//   own policy (its meta tag, with 'unsafe-eval' for these kernels' WebAssembly)
//   refuses an injected inline script;
// - Chromium 78, below the floor, gets the static page: the whole scorecard,
//   a message in plain words, and no control that needs the app.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import puppeteer from 'puppeteer-core';
import { serve, DIST } from './server.mjs';
import { csvRows } from './helpers.mjs';
import { ensureKernels, kernel } from '../../scripts/kernels.mjs';

const INTERACTIVE = [80, 83, 88, 92];
const BELOW = 78;
const READY = () => performance.getEntriesByName('tz:ready').length > 0;
const count = (name) => `performance.getEntriesByName(${JSON.stringify(name)}).length`;

let server, portal;
before(async () => {
  assert.ok(fs.existsSync(path.join(DIST, 'index.html')), 'dist/ is missing: run the release build first');
  ensureKernels();
  server = await serve();
  // A portal's page on another origin that frames the widget.
  portal = http.createServer((req, res) => {
    const src = new URL(req.url, 'http://x').searchParams.get('src') || '';
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,"><title>portal</title>
<script>window.__heights = []; addEventListener('message', function (e) {
  var d = e.data; if (d && d['datawrapper-height']) window.__heights.push(d['datawrapper-height']); });</script>
<iframe id="f" src="${src.replace(/"/g, '&quot;')}" width="100%" height="600"></iframe>`);
  });
  await new Promise((r) => portal.listen(0, '127.0.0.1', r));
});
after(async () => { await server?.close(); await new Promise((r) => portal ? portal.close(r) : r()); });

async function launch(major) {
  const k = kernel(major);
  return puppeteer.launch({
    executablePath: k.executablePath,
    env: k.env,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--single-process', '--no-zygote', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run', `--user-data-dir=${fs.mkdtempSync(path.join(os.tmpdir(), `tz-k${major}-`))}`],
    defaultViewport: { width: 1280, height: 900 },
  });
}

/** A page that records errors and failed or foreign requests. */
async function page(browser, query, { wait = READY } = {}) {
  const p = await browser.newPage();
  const problems = [];
  p.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  p.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  p.on('requestfailed', (r) => { if (!r.url().startsWith('data:')) problems.push(`failed: ${r.url()}`); });
  p.on('request', (r) => {
    const u = r.url();
    if (!u.startsWith(server.origin) && !/^(data|blob):/.test(u) && !u.startsWith(`http://127.0.0.1:${portal.address().port}`)) {
      problems.push(`another origin: ${u}`);
    }
  });
  await p.goto(server.url + query);
  if (wait) await p.waitForFunction(wait, { timeout: 30000 });
  return { p, problems };
}

for (const major of INTERACTIVE) {
  describe(`Chromium ${major} runs the interactive page`, () => {
    let browser;
    before(async () => { browser = await launch(major); });
    after(async () => { await browser?.close(); });

    test('the scorecard hydrates, every target on it', async () => {
      const { p, problems } = await page(browser, '');
      assert.equal(await p.evaluate(() => navigator.userAgent.match(/Chrome\/(\d+)/)[1]), String(major));
      assert.equal(await p.$$eval('#app article.card', (cs) => cs.length), csvRows('targets.csv').ids.length);
      assert.equal(await p.$('.boot.failed'), null, 'no failure message');
      // The app answers: the language switch re-renders in English.
      await p.click('#lang-switch');
      await p.waitForFunction(() => document.documentElement.lang === 'en' && /Taizhou/.test(document.querySelector('h1').textContent));
      assert.deepEqual(problems, []);
      await p.close();
    });

    test("the page's own policy (its meta tag) is in force: an injected inline script is refused", async () => {
      const { p, problems } = await page(browser, '');
      const refused = await p.evaluate(() => new Promise((resolve) => {
        document.addEventListener('securitypolicyviolation', (e) => resolve({ directive: e.violatedDirective, ran: window.__injected === true }));
        const s = document.createElement('script');
        s.textContent = 'window.__injected = true;';
        document.body.append(s);
        // Not a wait: a script that ran would set the flag at once; no report then.
        if (window.__injected) resolve({ directive: null, ran: true });
      }));
      assert.equal(refused.ran, false, 'the injected script did not run');
      assert.match(refused.directive, /^script-src/);
      assert.deepEqual(problems.filter((m) => !/Content Security Policy/.test(m)), []);
      await p.close();
    });

    test('a filter on the parks view repaints', async () => {
      const { p, problems } = await page(browser, '?view=parks', { wait: `${count('tz:explore')} > 0` });
      const rows = () => p.$$eval('tr[data-park]', (rs) => rs.map((r) => r.dataset.park));
      const all = await rows();
      assert.ok(all.length >= 25, `${all.length} parks`);
      const before = await p.evaluate(count('tz:explore'));
      await p.select('#f-cluster', 'pharma');
      await p.waitForFunction(`${count('tz:explore')} > ${before}`);
      const pharma = await rows();
      assert.ok(pharma.length > 3 && pharma.length < all.length && pharma.includes('tzw_etdz'), pharma.join(','));
      await p.waitForFunction(() => /cluster=pharma/.test(location.search));
      assert.deepEqual(problems, []);
      await p.close();
    });

    test("an indicator's chart draws, with its tooltip", async () => {
      const { p, problems } = await page(browser, '?indicator=market_leading_products', { wait: `${count('tz:chart')} > 0` });
      const ink = await p.$eval('.chart-full canvas', (c) => {
        const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
        let n = 0;
        for (let i = 3; i < d.length; i += 4) if (d[i] > 0) n++;
        return n;
      });
      assert.ok(ink > 2000, `${ink} inked pixels`);
      // The keyboard moves the highlight to the last point and says its figure.
      await p.focus('.chart-full canvas');
      await p.keyboard.press('End');
      await p.waitForSelector('.chart-full .tooltip[role="tooltip"]');
      assert.match(await p.$eval('.chart-full .tooltip', (e) => e.textContent), /\d/);
      assert.match(await p.$eval('.chart-full .chart-live', (e) => e.textContent), /\d/);
      assert.deepEqual(problems, []);
      await p.close();
    });

    test('search for "yiyao" finds the pharmaceutical cluster', async () => {
      const { p, problems } = await page(browser, '');
      await p.click('#search-input');
      await p.keyboard.type('yiyao');
      await p.waitForSelector('#search-list [role="option"] .search-name');
      assert.equal(await p.$eval('#search-list [role="option"] .search-name', (n) => n.textContent), '医药');
      assert.deepEqual(problems, []);
      await p.close();
    });

    test('parks side by side, and the share poster of that view', async () => {
      const { p, problems } = await page(browser, '?view=parks&compare=tzw_etdz,laser_park', { wait: `${count('tz:explore')} > 0` });
      assert.equal(await p.$$eval('.compare-table thead th', (ths) => ths.length), 2, 'a column per park');
      await p.click('#share-button');
      await p.waitForSelector('.share-poster');
      const width = await p.$eval('.share-poster', (im) => im.decode().then(() => im.naturalWidth));
      assert.equal(width, 1080);
      assert.deepEqual(problems, []);
      await p.close();
    });

    test('print: one page with the address, no controls', async () => {
      const { p, problems } = await page(browser, '?indicator=market_leading_products', { wait: `${count('tz:chart')} > 0` });
      await p.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
      await p.emulateMediaType('print');
      assert.equal(await p.$eval('#print-url', (e) => e.textContent), p.url());
      assert.equal(await p.$eval('#lang-switch', (e) => e.offsetParent), null, 'the switch is not printed');
      const pdf = await p.pdf({ format: 'A4' });
      assert.ok(pdf.length > 10000 && pdf.slice(0, 5).toString() === '%PDF-', 'a PDF');
      assert.deepEqual(problems, []);
      await p.close();
    });

    test('in a frame with embed=1, the parent page receives its height', async () => {
      const p = await browser.newPage();
      const src = `${server.url}?view=clusters&embed=1&tzid=k${major}`;
      await p.goto(`http://127.0.0.1:${portal.address().port}/?src=${encodeURIComponent(src)}`);
      const frame = await (await p.waitForSelector('#f')).contentFrame();
      // The app itself runs in the frame, in embed mode, with its view...
      await frame.waitForFunction(`${count('tz:explore')} > 0 && !!document.querySelector('.tz.embed #explore-h')`, { timeout: 30000 });
      // ...and the parent's last message gives the height of that content.
      const height = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
      assert.ok(height > 600, `${height} px`);
      await p.waitForFunction((id, h) => window.__heights.length > 0 && window.__heights[window.__heights.length - 1][id] === h,
        { timeout: 30000 }, `k${major}`, height);
      await p.close();
    });

    test("the desk's page opens a file", async () => {
      const { p, problems } = await page(browser, 'desk.html?view=data', { wait: () => !!document.querySelector('#desk-status') });
      const published = fs.readFileSync(path.join(DIST, 'data', 'figures.csv'), 'utf8').replace(/^\uFEFF/, '');
      const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'tz-desk-')), 'figures-2025.csv');
      fs.writeFileSync(file, published.trim().split(/\r?\n/).slice(0, -1).join('\r\n') + '\r\n');
      const before = await p.evaluate(count('tz:desk'));
      await (await p.$('#desk-file')).uploadFile(file);
      await p.waitForFunction(`${count('tz:desk')} > ${before}`);
      assert.match(await p.$eval('#desk-status', (e) => e.textContent), /figures-2025\.csv/);
      assert.match(await p.$eval('#desk-summary', (e) => e.textContent), /删除 1 条/);
      assert.deepEqual(problems, []);
      await p.close();
    });
  });
}

describe(`Chromium ${BELOW}, below the floor, gets a clean static page`, () => {
  let browser;
  before(async () => { browser = await launch(BELOW); });
  after(async () => { await browser?.close(); });

  for (const [query, cards] of [['', '#app'], ['?lang=en', '#app-en'], ['?view=parks', '#app'], ['?view=parks&lang=en', '#app-en']]) {
    const en = /lang=en/.test(query);
    test(`${query || 'the plain address'}: the whole scorecard, a plain message, nothing that needs the app`, async () => {
      const { p, problems } = await page(browser, query, { wait: () => !!document.querySelector('.boot.failed') });
      assert.equal(await p.$$eval(`${cards} article.card`, (cs) => cs.filter((c) => c.offsetParent !== null).length),
        csvRows('targets.csv').ids.length, 'every target visible');
      const message = await p.$eval('#boot', (e) => e.innerText);
      assert.match(message, en ? /too old.*overall scorecard only/ : /版本较旧，只能显示下面的总体目标表/);
      if (query.includes('view=')) assert.match(message, en ? /cannot be shown in this browser/ : /视图无法在本浏览器中显示/);
      assert.doesNotMatch(message, /Error|undefined|WebAssembly|Unexpected|正在载入|could not start|未能启动/, 'only the words for this case, none of the engine\'s');
      assert.doesNotMatch(message, en ? /版本较旧/ : /too old/, 'in the reader\'s language');
      assert.match(await p.$eval('.boot-why', (e) => e.textContent), /Chromium < 80/, 'the reason, for the staff');
      // Nothing visible that needs the app: no buttons, no fields, no chart, no link back to the same page.
      const dead = await p.evaluate(() => {
        const shown = (e) => e.offsetParent !== null || getComputedStyle(e).position === 'fixed';
        // A <details> whose content the app makes when opened would open on nothing.
        const empty = [...document.querySelectorAll('details')].filter((d) => d.children.length === 1);
        return [...document.querySelectorAll('button, input, select, textarea, canvas, a[href^="?view"], a[href^="?indicator"], a[href^="?q"]'), ...empty]
          .filter(shown).map((e) => e.outerHTML.slice(0, 80));
      });
      assert.deepEqual(dead, []);
      // The reading modes and the other language stay, as plain links.
      const links = await p.$$eval('.static-links a', (as) => as.filter((a) => a.offsetParent !== null).map((a) => a.getAttribute('href')));
      assert.deepEqual(links, ['?text=large', '?contrast=high', en ? '?' : '?lang=en']);
      // Only modes the address asked for are remembered (a stored 'normal'
      // would override the reader's system preference for more contrast).
      assert.equal(await p.evaluate(() => localStorage.getItem('taizhou-plan:contrast')), null);
      // No download of the WebAssembly it cannot use.
      assert.equal(await p.evaluate(() => performance.getEntriesByType('resource').filter((r) => /\.wasm$/.test(r.name)).length), 0);
      // The one error: this engine cannot parse the app's script (wasm-bindgen's
      // glue uses optional chaining, Chromium 80), which is why it is below the floor.
      assert.deepEqual(problems.filter((m) => !/^page error: SyntaxError: Unexpected token '\.'$/.test(m)), []);
      await p.close();
    });
  }

  test('the large-text link applies before the first paint and is kept on the next page', async () => {
    const { p } = await page(browser, '?text=large', { wait: () => !!document.querySelector('.boot.failed') });
    assert.equal(await p.evaluate(() => document.documentElement.classList.contains('tz-large')), true);
    assert.deepEqual(await p.$$eval('.static-links a', (as) => as.filter((a) => a.offsetParent !== null).map((a) => a.getAttribute('href'))),
      ['?text=normal', '?contrast=high', '?lang=en']);
    await Promise.all([p.waitForNavigation(), p.click('.static-links a[href="?lang=en"]')]);
    assert.equal(await p.evaluate(() => document.documentElement.classList.contains('tz-large')), true, 'remembered');
    await p.close();
  });
});
