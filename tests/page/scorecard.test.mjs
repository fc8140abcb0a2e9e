// The built page (dist/), served under a sub-path, in headless Chromium.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setup, open, csvRows, env } from './helpers.mjs';

setup();

test('the scorecard lists every target of targets.csv, with no console error and no other origin', async () => {
  const { page, context, problems } = await open();
  const { ids } = csvRows('targets.csv');
  assert.ok(ids.length >= 40, `targets.csv has ${ids.length} rows`);
  const shown = await page.$$eval('article.card', (cards) => cards.map((c) => c.id.replace(/^t-/, '')));
  assert.deepEqual([...shown].sort(), [...ids].sort());
  const total = await page.textContent('.verdict-total strong');
  assert.equal(Number(total), ids.length);
  assert.equal(await page.getAttribute('html', 'lang'), 'zh-CN');
  assert.match(await page.textContent('h1'), /目标与进展/);
  // Targets without data say so, and are not hidden.
  assert.match(await page.textContent('#t-gazelle_firms'), /未找到公开数据/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('the English switch works by mouse and by keyboard, and ?lang=en opens in English', async () => {
  const { page, context, problems } = await open();
  await page.click('#lang-switch');
  await page.waitForFunction(() => document.querySelector('h1').textContent.startsWith('Taizhou manufacturing plan'));
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  await page.waitForURL(/\/zwgk\/sjfb\/zzy\/\?lang=en$/);
  assert.match(await page.textContent('#t-industrial_output_above_scale'), /518\.83 billion yuan \(5188\.3 亿元\)/);
  // Back to Chinese with the keyboard.
  await page.focus('#lang-switch');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('h1').textContent.includes('目标与进展'));
  await page.waitForFunction(() => !/lang=/.test(location.search));
  await context.close();

  const en = await open('?lang=en');
  assert.match(await en.page.textContent('h1'), /^Taizhou manufacturing plan/);
  assert.match(await en.page.textContent('#method'), /How status is computed/);
  assert.deepEqual([...problems, ...en.problems], []);
  await en.context.close();
});

test('a malformed query falls back to the default view with a notice naming it', async () => {
  const { page, context, problems } = await open('?lang=klingon&%E4%B8%AD=%ZZ&&=');
  assert.match(await page.textContent('#url-notice'), /klingon/);
  assert.match(await page.textContent('h1'), /目标与进展/);
  assert.equal(await page.$$eval('article.card', (c) => c.length), csvRows('targets.csv').ids.length);
  assert.deepEqual(problems, []);
  await context.close();
});

test('the downloads are linked, served from the same folder, UTF-8 with BOM', async () => {
  const { page, context } = await open();
  for (const [file, header] of [
    ['targets.csv', 'id,dimension,name_zh,name_en,kind,unit,target_value,target_value_max,target_year,baseline_value,baseline_year,latest_value,latest_year,status,plan_quote'],
    ['figures.csv', 'indicator_id,year,value,qualifier,unit,scope,period,source_title,source_url,publisher,published_date,confidence,as_of,note,edition,withdrawn_in'],
    ['place_figures.csv', 'place_kind,place_id,metric_zh,metric_en,year,value,qualifier,unit,period,source_title,source_url,publisher,published_date,confidence,note,cluster,edition'],
    ['editions.csv', 'edition,date,summary_zh,summary_en,next_update_zh,next_update_en'],
  ]) {
    const href = await page.getAttribute(`a[href="data/${file}"]`, 'href');
    assert.equal(href, `data/${file}`);
    const res = await page.request.get(new URL(href, page.url()).toString());
    assert.equal(res.status(), 200);
    const body = await res.body();
    assert.deepEqual([...body.subarray(0, 3)], [0xef, 0xbb, 0xbf], `${file} starts with a BOM`);
    assert.equal(body.toString('utf8').slice(1).split('\r\n')[0], header);
  }
  await context.close();
});

test('every latest figure shown links to its source', async () => {
  const { page, context } = await open();
  const missing = await page.$$eval('article.card', (cards) => cards
    .filter((c) => c.dataset.status !== 'no_data')
    .filter((c) => !c.querySelector('.facts a.source[href^="http"]'))
    .map((c) => c.id));
  assert.deepEqual(missing, []);
  await context.close();
});

test('a card\'s context figures are made when opened (not in the prerendered page), by mouse or keyboard, each with its source', async () => {
  const { page, context, problems } = await open();
  const boxes = await page.$$eval('details.context', (ds) => ds.map((d) => ({ card: d.closest('article').id, items: d.querySelectorAll('li').length, summary: d.querySelector('summary').textContent })));
  assert.ok(boxes.length >= 5, `${boxes.length} cards with context figures`);
  assert.deepEqual(boxes.filter((b) => b.items), [], 'nothing made before it is opened');
  const [first, second] = boxes;
  await page.click(`#${first.card} details.context summary`);
  await page.focus(`#${second.card} details.context summary`);
  await page.keyboard.press('Enter');
  for (const b of [first, second]) {
    const sel = `#${b.card} details.context li`;
    await page.waitForSelector(sel);
    const items = await page.$$eval(sel, (li) => li.map((l) => !!l.querySelector('a[href^="http"]')));
    assert.equal(items.length, Number(b.summary.match(/\d+/)[0]), `${b.card}: as many as the summary counts`);
    assert.ok(items.every(Boolean), `${b.card}: every context figure links to its source`);
  }
  // The verdict's list of targets with no published figure, likewise.
  assert.equal(await page.$$eval('details.missing li', (l) => l.length), 0);
  await page.click('details.missing summary');
  await page.waitForSelector('details.missing li a[href^="#t-"]');
  const missing = await page.$eval('details.missing', (d) => [d.querySelector('summary').textContent, d.querySelectorAll('li').length]);
  assert.equal(missing[1], Number(missing[0].match(/\d+/)[0]));
  assert.equal(missing[1], await page.$$eval('article.card[data-status="no_data"]', (c) => c.length));
  assert.deepEqual(problems, []);
  await context.close();
});

test('every published figure is in the data table, conflicts marked on both sides', async () => {
  const { page, context } = await open();
  const rows = csvRows('figures.csv').ids.length;
  assert.equal(await page.$$eval('#data tbody tr', (r) => r.length), 0, 'rows are built when the table is opened');
  await page.click('#data summary');
  await page.waitForFunction((n) => document.querySelectorAll('#data tbody tr').length === n, rows);
  // GDP 2019: 5134.05 (央广网) against 5600 (an aggregator): both kept, both marked.
  const gdp2019 = await page.$$eval('#data tbody tr.in-conflict[data-indicator="gdp"]', (r) => r.map((x) => x.textContent));
  assert.ok(gdp2019.some((t) => t.includes('5134.05')) && gdp2019.some((t) => t.includes('5600')), gdp2019.join('\n'));
  assert.match(await page.textContent('#data'), /发现 \d+ 组来源冲突/);
  await context.close();
});

for (const [what, prepare, message] of [
  // A browser without WebAssembly (the global removed before any script runs).
  ['without WebAssembly', (context) => context.addInitScript(() => { delete globalThis.WebAssembly; }), /版本较旧，只能显示下面的总体目标表/],
  // A proxy or filter that blocks the .wasm download.
  ['when the .wasm download is blocked', (context) => context.route('**/*.wasm', (route) => route.fulfill({ status: 403, body: 'blocked' })), /本页的互动部分未能启动.*重新载入本页/],
]) {
  test(`${what} the page says so and keeps the data links, never a blank or endless loading`, async () => {
    const context = await env.browser.newContext();
    await prepare(context);
    const page = await context.newPage();
    await page.goto(env.server.url);
    await page.waitForSelector('#boot[role="alert"]', { timeout: 10000 });
    // What the reader sees: the words for this case only, in Chinese.
    const seen = await page.innerText('#boot');
    assert.match(seen, message);
    assert.doesNotMatch(seen, /正在载入|This browser|could not start|TypeError/);
    assert.equal(await page.getAttribute('#boot a[href="data/targets.csv"]', 'href'), 'data/targets.csv');
    // The prerendered scorecard stays readable under the message.
    assert.ok(await page.isVisible('#verdict-h'));
    await context.close();
  });
}
