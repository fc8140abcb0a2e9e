// Embedding in a portal: the widget in an iframe of a page on another
// origin, served under the strict Content-Security-Policy; height messages;
// embed mode; the snippet builder; no WebAssembly; print.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { chromium } from 'playwright-core';
import { serve, STRICT_CSP, CHROMIUM_ARGS, chromiumPath } from './server.mjs';
import { csvRows, hostPage } from './helpers.mjs';

let widget, portal, browser;

before(async () => {
  widget = await serve({ 'content-security-policy': STRICT_CSP });
  const pages = new Map();
  const server = http.createServer((req, res) => {
    const body = pages.get(new URL(req.url, 'http://x').pathname);
    res.writeHead(body ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
    res.end(body ?? 'no');
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  portal = {
    origin: `http://127.0.0.1:${server.address().port}`,
    page(path, html) { pages.set(path, html); return this.origin + path; },
    close: () => new Promise((r) => server.close(r)),
  };
  browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
});
after(async () => { await browser?.close(); await widget?.close(); await portal?.close(); });

async function context(options = {}) {
  const ctx = await browser.newContext({ viewport: { width: 1100, height: 900 }, ...options });
  await ctx.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return ctx;
}

test('in a frame on another origin, under the strict policy, the widget sizes itself by its messages', async () => {
  const ctx = await context();
  const page = await ctx.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
  page.on('request', (r) => {
    const u = r.url();
    if (r.frame() !== page.mainFrame() && !u.startsWith(widget.origin) && !u.startsWith('data:') && !u.startsWith('blob:')) {
      problems.push(`the frame requested another origin: ${u}`);
    }
  });
  assert.notEqual(portal.origin, widget.origin);
  await page.goto(portal.page('/column.html', hostPage(`${widget.url}?view=parks&embed=1&tzid=abc123`)));
  const frame = page.frameLocator('#f');
  await frame.locator('tr[data-park]').first().waitFor();
  const inner = page.frames().find((f) => f.url().startsWith(widget.origin));
  // The parent got all three shapes, and the listener set the frame to the content's height.
  await page.waitForFunction(() => {
    const m = window.__messages;
    return m.some((d) => d && d['datawrapper-height'] && d['datawrapper-height'].abc123 > 0)
      && m.some((d) => d && d.sentinel === 'amp' && d.type === 'embed-size' && d.height > 0)
      && m.some((d) => d && d.type === 'taizhou-plan:height' && d.id === 'abc123');
  });
  const contentHeight = () => inner.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
  await page.waitForFunction(async (h) => Number(document.getElementById('f').height) === h, await contentHeight());
  const tall = Number(await page.getAttribute('#f', 'height'));
  assert.ok(tall > 1500, `the frame grew to the directory's height: ${tall}`);
  // A view change inside the frame sends a new height; the frame follows.
  await inner.selectOption('#f-level', 'national');
  await inner.waitForFunction(() => document.querySelectorAll('tr[data-park]').length === 2);
  await page.waitForFunction((t) => Number(document.getElementById('f').height) < t, tall);
  assert.equal(Number(await page.getAttribute('#f', 'height')), await contentHeight());
  // Links inside the frame keep embed mode.
  assert.match(inner.url(), /embed=1/);
  assert.match(inner.url(), /tzid=abc123/);
  assert.deepEqual(await inner.evaluate(() => window.__violations), []);
  assert.deepEqual(problems, []);
  await ctx.close();
});

test('embed mode shows the view alone, with the source line and a link to the full view; options apply', async () => {
  const ctx = await context();
  const page = await ctx.newPage();
  await page.goto(`${widget.url}?indicator=market_leading_products&embed=1&theme=dark&lang=en`);
  await page.waitForFunction(() => document.querySelector('.chart-full canvas')?.width > 0, null, { timeout: 15000 });
  assert.equal(await page.$('.masthead'), null, 'no navigation chrome');
  assert.equal(await page.$('nav.views'), null);
  assert.ok(await page.isVisible('.embed-head'));
  assert.match(await page.textContent('.embed-foot'), /Data: public news/);
  const full = await page.getAttribute('.embed-foot a', 'href');
  assert.equal(full, '?indicator=market_leading_products&lang=en');
  assert.equal(await page.getAttribute('.embed-foot a', 'target'), '_blank');
  assert.match(await page.getAttribute('.tz', 'class'), /theme-dark/);
  assert.equal(await page.evaluate(() => getComputedStyle(document.querySelector('.tz')).backgroundColor), 'rgb(21, 26, 34)');
  await page.goto(`${widget.url}?embed=1&header=0&bg=transparent`);
  await page.waitForFunction(() => performance.getEntriesByName('tz:ready').length > 0);
  assert.equal(await page.$('.embed-head'), null);
  assert.equal(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor), 'rgba(0, 0, 0, 0)');
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  await ctx.close();
});

test('the snippet builder gives the iframe code for the view on screen, a preview and a copy button', async () => {
  const ctx = await context({ permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await ctx.newPage();
  await page.goto(`${widget.url}?view=clusters&cluster=pharma`);
  await page.waitForFunction(() => performance.getEntriesByName('tz:explore').length > 0);
  await page.click('#embed summary');
  await page.waitForSelector('#embed-code');
  const code = await page.$eval('#embed-code', (t) => t.value);
  const doc = await page.evaluate((html) => {
    const f = new DOMParser().parseFromString(html, 'text/html').querySelector('iframe');
    return { src: f.getAttribute('src'), title: f.title, loading: f.getAttribute('loading'), id: f.id, fallback: f.innerHTML };
  }, code);
  assert.equal(doc.src, `${widget.url}?view=clusters&cluster=pharma&embed=1&tzid=${doc.id.replace('datawrapper-chart-', '')}`);
  assert.match(doc.title, /医药/);
  assert.equal(doc.loading, 'lazy');
  assert.match(doc.fallback, /<a href="[^"]+\?view=clusters&amp;cluster=pharma">/);
  await page.click('#embed .copy button');
  await page.waitForFunction(() => /已复制/.test(document.querySelector('#embed .copy-status').textContent));
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), code);
  // The preview is the frame itself.
  const preview = page.frames().find((f) => /embed=1/.test(f.url()));
  assert.ok(preview, 'the preview frame loaded');
  await preview.waitForSelector('.embed-foot');
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  await ctx.close();
});

test('with WebAssembly disabled in the engine, the page says so above the prerendered scorecard', async () => {
  // The V8 of this Chromium no longer has --expose-wasm (so --noexpose_wasm
  // is ignored); in jitless mode V8 does not expose WebAssembly at all.
  const noWasm = await chromium.launch({ executablePath: chromiumPath(), args: [...CHROMIUM_ARGS, '--js-flags=--jitless'] });
  const page = await noWasm.newPage();
  await page.goto(`${widget.url}?view=parks`);
  assert.equal(await page.evaluate(() => typeof WebAssembly), 'undefined');
  await page.waitForSelector('#boot[role="alert"]');
  assert.match(await page.innerText('#boot'), /版本较旧，只能显示下面的总体目标表.*您打开的视图无法在本浏览器中显示/s);
  assert.equal(await page.textContent('#boot .boot-why code'), 'no WebAssembly');
  // Nothing on it that needs the app (IE mode is the same case).
  assert.deepEqual(await page.$$eval('button, input, select, canvas', (es) => es.filter((e) => e.offsetParent !== null).map((e) => e.outerHTML.slice(0, 60))), []);
  // The address asked for another view; what can be shown is the scorecard, and it is shown.
  assert.ok(await page.isVisible('#verdict-h'));
  assert.equal(await page.$$eval('#app article.card', (r) => r.length), csvRows('targets.csv').ids.length);
  assert.match(await page.textContent('#app'), /提前实现|已达成/);
  assert.ok(await page.$('#boot a[href="data/targets.csv"]'));
  await noWasm.close();
});

test('a printed view has no controls, keeps its charts and sources, and ends with its address', async () => {
  const ctx = await context();
  const page = await ctx.newPage();
  await page.goto(`${widget.url}?indicator=market_leading_products`);
  await page.waitForFunction(() => document.querySelector('.chart-full canvas')?.width > 0, null, { timeout: 15000 });
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await page.emulateMedia({ media: 'print' });
  for (const sel of ['#lang-switch', 'nav.views', '.tools', '.chart-tools']) {
    assert.equal(await page.isVisible(sel), false, `${sel} is not printed`);
  }
  assert.ok(await page.isVisible('.chart-full canvas'));
  assert.ok(await page.isVisible('.sources'));
  assert.equal(await page.textContent('#print-url'), page.url());
  assert.ok(await page.isVisible('#print-url'));
  assert.equal(await page.isVisible('.detail > .back'), false);
  await page.screenshot({ path: new URL('../../target/print-indicator.png', import.meta.url).pathname, fullPage: true });
  await ctx.close();
});

test('without JavaScript the whole scorecard is readable: every target, its wording, latest figure with source, status', async () => {
  const ctx = await browser.newContext({ javaScriptEnabled: false });
  const page = await ctx.newPage();
  await page.goto(widget.url);
  const cards = await page.$$eval('#app article.card', (cs) => cs.map((c) => ({
    id: c.id.replace(/^t-/, ''),
    visible: c.offsetParent !== null,
    name: c.querySelector('h3')?.textContent ?? '',
    wording: c.querySelector('.target-wording')?.textContent ?? '',
    status: c.querySelector('p.st')?.textContent ?? '',
    latest: c.dataset.status === 'no_data' ? 'none' : (c.querySelector('.facts a.source[href^="http"]')?.href ?? ''),
  })));
  assert.deepEqual(cards.map((c) => c.id).sort(), csvRows('targets.csv').ids.sort());
  for (const c of cards) {
    assert.ok(c.visible && c.name && c.wording && c.status && c.latest, JSON.stringify(c));
  }
  assert.equal(await page.isVisible('#boot'), false, 'no loading line');
  assert.match(await page.textContent('noscript'), /需要 JavaScript/);
  assert.ok(await page.$('#app a[href="data/targets.csv"]'));
  await ctx.close();
});
