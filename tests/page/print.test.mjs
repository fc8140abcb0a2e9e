// One A4 page for a target, a cluster, a park and a county: the browser's
// own print (Chromium's PDF) has exactly one page, for every one of them,
// and the printed page carries a QR code of the view's address that scans
// back to it, and the date of the data.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import jsQR from 'jsqr';
import { setup, env, csvRows, READY } from './helpers.mjs';

setup();

const ids = (file) => csvRows(file).ids.filter((id) => id && !id.startsWith('#'));
const pages = (pdf) => (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;

async function printed(page, query) {
  await page.goto(env.server.url + query);
  await page.waitForFunction(READY, null, { timeout: 15000 });
  if (query.includes('view=')) await page.waitForFunction(() => performance.getEntriesByName('tz:explore').length > 0);
  await page.waitForFunction(() => [...document.querySelectorAll('canvas')].every((c) => c.width > 0));
  return pages(await page.pdf({ format: 'A4', preferCSSPageSize: true }));
}

for (const [what, file, address] of [
  ['target', 'targets.csv', (id) => `?indicator=${id}`],
  ['park', 'parks.csv', (id) => `?view=parks&park=${id}`],
  ['cluster', 'clusters.csv', (id) => `?view=clusters&cluster=${id}`],
  ['county', 'counties.csv', (id) => `?view=counties&county=${id}`],
]) {
  test(`every ${what} prints on one A4 page, in Chinese and in English`, async () => {
    const list = file === 'targets.csv' ? ids(file) : await seedIds(file);
    assert.ok(list.length >= 5, `${list.length} ${what}s`);
    const context = await env.browser.newContext({ viewport: { width: 1100, height: 900 } });
    const page = await context.newPage();
    const over = [];
    for (const id of list) {
      for (const lang of ['', '&lang=en']) {
        const n = await printed(page, address(id) + lang);
        if (n !== 1) over.push(`${address(id)}${lang}: ${n} pages`);
      }
    }
    await context.close();
    assert.deepEqual(over, []);
  });
}

/** The ids of a seed file the build does not copy into dist/ (clusters, parks, counties). */
async function seedIds(file) {
  const fs = await import('node:fs');
  const text = fs.readFileSync(new URL(`../../seeds/${file}`, import.meta.url), 'utf8');
  return text.split(/\r?\n/).filter((l) => l && !l.startsWith('#')).slice(1).map((l) => l.split(',')[0]);
}

test('the printed page has a QR code of its address in the corner, and the date of the data', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1100, height: 900 } });
  const page = await context.newPage();
  const query = '?view=parks&park=tzw_etdz';
  assert.equal(await printed(page, query), 1);
  await page.emulateMedia({ media: 'print' });
  const box = await page.$eval('.print-qr', (e) => { const r = e.getBoundingClientRect(); return { x: r.x, y: r.y, w: r.width, right: innerWidth - r.right }; });
  assert.ok(box.y < 40 && box.right < 40, `in the top right corner: ${JSON.stringify(box)}`);
  // Scan it: a screenshot of the printed layout, read by jsQR.
  const shot = await page.screenshot({ clip: { x: box.x - 10, y: Math.max(0, box.y - 10), width: box.w + 20, height: box.w + 20 } });
  const pixels = await page.evaluate(async (b64) => {
    const im = new Image();
    im.src = `data:image/png;base64,${b64}`;
    await im.decode();
    const c = document.createElement('canvas');
    c.width = im.width; c.height = im.height;
    const x = c.getContext('2d');
    x.drawImage(im, 0, 0);
    return { w: c.width, h: c.height, d: Array.from(x.getImageData(0, 0, c.width, c.height).data) };
  }, shot.toString('base64'));
  const code = jsQR(Uint8ClampedArray.from(pixels.d), pixels.w, pixels.h);
  assert.equal(code && code.data, env.server.url + query);
  assert.match(await page.textContent('#edition-stamp'), /数据第 2 版 · 更新于 2026-11-27/);
  assert.ok(await page.isVisible('#edition-stamp'), 'the printed page says its data edition');
  // On screen the stamp is not shown.
  await page.emulateMedia({ media: 'screen' });
  assert.equal(await page.isVisible('.print-stamp'), false);
  await context.close();
});
