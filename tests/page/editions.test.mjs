// Editions in the built page: a view pinned to edition 1 shows that
// edition's data under its banner and the embed builder keeps the pin; the
// changelog lists pass 4's edition with its four figures; a target's page
// shows its status history; the cite box copies; the JSON-LD block parses
// and names files that are there.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setup, open, env } from './helpers.mjs';

setup();

test('?edition=1 shows the first edition\'s data under its banner; the embed code keeps the pin; 查看最新 leaves it', async () => {
  const { page, context, problems } = await open('?edition=1', { permissions: ['clipboard-read', 'clipboard-write'] });
  assert.match(await page.textContent('#pin-banner'), /您正在查看第 1 版（2026-11-26）的数据/);
  assert.match(await page.textContent('#edition-stamp'), /数据第 1 版 · 更新于 2026-11-26/);
  assert.match(await page.textContent('#data-h'), /（89）/, 'the 89 figures of the first edition');
  // Links keep the pin.
  await page.click('.views a[href*="view=plan"]');
  await page.waitForURL(/\?view=plan&edition=1$/);
  await page.goBack();
  await page.waitForSelector('#pin-banner');
  // The embed builder: pinned by default on a pinned view; "always the latest" drops it.
  await page.click('#embed summary');
  await page.waitForSelector('#embed-code');
  const src = async () => page.$eval('#embed-code', (t) => new DOMParser().parseFromString(t.value, 'text/html').querySelector('iframe').getAttribute('src'));
  assert.ok(await page.isChecked('#embed-pinned'));
  assert.match(await src(), /[?&]edition=1&embed=1/);
  await page.check('#embed-latest');
  await page.waitForFunction(() => !/edition=/.test(document.querySelector('#embed-code').value));
  await page.check('#embed-pinned');
  await page.waitForFunction(() => /edition=1/.test(document.querySelector('#embed-code').value));
  await page.click('#embed .copy button');
  await page.waitForFunction(() => /已复制/.test(document.querySelector('#embed .copy-status').textContent));
  assert.match(await page.evaluate(() => navigator.clipboard.readText()), /edition=1&amp;embed=1|edition=1&embed=1/);
  // The Dataset block for the portal's own page: the same block, its addresses absolute.
  await page.click('.embed-jsonld summary');
  const offered = await page.$eval('#embed-jsonld', (t) => t.value);
  assert.match(offered, /^<script type="application\/ld\+json">[\s\S]*<\/script>$/);
  const block = JSON.parse(offered.replace(/^<script[^>]*>/, '').replace(/<\/script>$/, ''));
  assert.equal(block['@type'], 'Dataset');
  assert.ok(block.distribution.every((d) => d.contentUrl.startsWith(env.server.url + 'data/')), JSON.stringify(block.distribution));
  // The latest, in one click.
  await page.click('#see-latest');
  await page.waitForFunction(() => !document.querySelector('#pin-banner'));
  assert.doesNotMatch(page.url(), /edition=/);
  assert.match(await page.textContent('#data-h'), /（93）/);
  assert.match(await page.textContent('#edition-stamp'), /数据第 2 版 · 更新于 2026-11-27 · 最新数据年份 2025/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('an edition the data does not have falls back to the latest with the usual notice', async () => {
  const { page, context, problems } = await open('?edition=99&lang=en');
  assert.match(await page.textContent('#url-notice'), /edition/);
  assert.equal(await page.$('#pin-banner'), null);
  await page.waitForURL(/\?lang=en$/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('the changelog lists the pass-4 edition with its four figures, newest first', async () => {
  const { page, context, problems } = await open('?view=changes');
  await page.waitForSelector('#edition-2');
  const ids = await page.$$eval('article.edition', (a) => a.map((e) => e.id));
  assert.deepEqual(ids, ['edition-2', 'edition-1']);
  const added = await page.$$eval('#edition-2 .changes-added li', (l) => l.map((e) => e.textContent));
  assert.equal(added.length, 4, added.join('\n'));
  assert.ok(added.some((t) => /5786\.19 亿元（2021年）/.test(t)), added.join('\n'));
  assert.match(await page.textContent('#edition-2'), /经数据台核对新增 4 项全市数据/);
  // Reached from the stamp's link too.
  await page.goto(env.server.url);
  await page.click('#edition-stamp a');
  await page.waitForURL(/\?view=changes$/);
  await page.waitForSelector('#edition-2');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a target\'s page shows its status history', async () => {
  const { page, context, problems } = await open('?indicator=market_leading_products');
  const history = await page.textContent('#history');
  assert.match(history, /完成情况的变化/);
  assert.match(history, /提前实现/);
  assert.match(history, /\d{4}(-\d{2})?/, 'the date the public could know it');
  const none = await open('?indicator=gazelle_firms&lang=en');
  assert.match(await none.page.textContent('#history'), /No published figure yet/);
  assert.deepEqual([...problems, ...none.problems], []);
  await context.close();
  await none.context.close();
});

test('the cite box gives the pinned reference in three forms and copies it', async () => {
  const { page, context, problems } = await open('?indicator=market_leading_products', { permissions: ['clipboard-read', 'clipboard-write'] });
  await page.click('#cite summary');
  await page.waitForSelector('#cite-gbt');
  const gbt = await page.$eval('#cite-gbt', (t) => t.value);
  assert.match(gbt, /\[DS\/OL\]\. 第2版\. \(2026-11-27\)\[\d{4}-\d{2}-\d{2}\]\. http:\/\/[^ ]+\?indicator=market_leading_products&edition=2\./);
  assert.match(gbt, /数据原始出处：/, 'the figure\'s publisher is credited');
  assert.match(await page.$eval('#cite-apa', (t) => t.value), /（第2版）\[数据集\]/);
  assert.match(await page.$eval('#cite-bibtex', (t) => t.value), /^@misc\{taizhou_plan_ed2,/);
  await page.click('#copy-gbt');
  await page.waitForFunction(() => /已复制/.test(document.querySelector('#cite .copy-status')?.textContent ?? ''));
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), gbt);
  assert.deepEqual(problems, []);
  await context.close();
});

test('the JSON-LD block parses, says the edition, and its files are there; so is the zip', async () => {
  const { page, context, problems } = await open();
  const block = JSON.parse(await page.$eval('script[type="application/ld+json"]', (s) => s.textContent));
  assert.equal(block['@type'], 'Dataset');
  assert.equal(block.dateModified, '2026-11-27');
  assert.equal(block.version, '2');
  assert.ok(block.name.some((n) => n['@language'] === 'zh-CN') && block.name.some((n) => n['@language'] === 'en'));
  assert.ok(block.temporalCoverage && block.spatialCoverage);
  const urls = block.distribution.map((d) => d.contentUrl);
  assert.ok(urls.some((u) => /edition-2\.zip$/.test(u)), urls.join(' '));
  for (const u of urls) {
    const res = await page.evaluate(async (u) => { const r = await fetch(u); const b = new Uint8Array(await r.arrayBuffer()); return { status: r.status, head: [...b.slice(0, 2)] }; }, u);
    assert.equal(res.status, 200, u);
    if (u.endsWith('.zip')) assert.deepEqual(res.head, [0x50, 0x4b], 'a zip file');
  }
  assert.equal(await page.getAttribute('#data-zip', 'href'), urls.find((u) => u.endsWith('.zip')));
  assert.deepEqual(problems, []);
  await context.close();
});
