// The share poster: made in the page (plotters, the chart's drawing code),
// 1080 px wide, its QR code decoding (jsQR, from npm) to the view's
// address; in embed mode, to the portal's page when the embed code gives it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import jsQR from 'jsqr';
import { setup, open, env } from './helpers.mjs';

setup();

/** The poster's pixels and the QR code read from them. */
async function poster(page) {
  await page.click('#share-button');
  await page.waitForSelector('.share-poster');
  const img = await page.evaluate(async () => {
    const im = document.querySelector('.share-poster');
    await im.decode();
    const c = document.createElement('canvas');
    c.width = im.naturalWidth;
    c.height = im.naturalHeight;
    const ctx = c.getContext('2d');
    ctx.drawImage(im, 0, 0);
    const d = ctx.getImageData(0, 0, c.width, c.height);
    return { width: c.width, height: c.height, data: Array.from(d.data), bytes: Math.round((im.src.length - im.src.indexOf(',') - 1) * 3 / 4), alt: im.alt };
  });
  const qr = jsQR(Uint8ClampedArray.from(img.data), img.width, img.height);
  return { ...img, qr: qr && qr.data };
}

for (const query of ['?indicator=market_leading_products', '?view=parks&park=tzw_etdz&lang=en', '', '?view=clusters&cluster=pharma']) {
  test(`${query || './'}: the poster is 1080 px wide and its QR code opens this view`, async () => {
    const { page, context, problems } = await open(query);
    if (query.includes('view=')) await page.waitForFunction(() => performance.getEntriesByName('tz:explore').length > 0);
    const p = await poster(page);
    assert.equal(p.width, 1080);
    assert.equal(p.qr, env.server.url + query, 'the QR code holds the view\'s address');
    assert.ok(p.alt.length > 10, 'the image has its text as alt');
    assert.match(p.alt, /数据第 2 版 · 更新于 2026-11-27|Data edition 2 · updated 2026-11-27/, 'the poster says its data edition');
    console.log(`poster ${query || './'}: ${p.bytes} bytes`);
    // Saved under a name that says what it is.
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('.share-save')]);
    assert.match(download.suggestedFilename(), /^taizhou-plan-.*\.png$/);
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test('in embed mode the poster points at the portal\'s page when the embed code gives it', async () => {
  const portal = 'https://www.zjtz.gov.cn/col/col1229/index.html';
  const { page, context, problems } = await open(`?indicator=market_leading_products&embed=1&share=${encodeURIComponent(portal)}`);
  const p = await poster(page);
  assert.equal(p.qr, portal);
  assert.deepEqual(problems, []);
  await context.close();
  // Without share=, the widget's own address, without the frame's options.
  const bare = await open('?indicator=market_leading_products&embed=1&theme=dark');
  const q = await poster(bare.page);
  assert.equal(q.qr, `${env.server.url}?indicator=market_leading_products`);
  await bare.context.close();
});
