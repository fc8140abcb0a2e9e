// The data desk (desk.html?view=data, its own page: the same app with the
// desk) as a maintainer uses it: a GBK export dropped on the page, its
// change list and preview, the download; the form that refuses a row
// without a source and takes it once filled. The visitors' page links to it
// and does not carry its code.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { setup, open, env } from './helpers.mjs';
import { DIST } from './server.mjs';

setup();

// Typed with its edition cells empty: the desk marks it with the next edition.
const ROW = 'digital_core_va,2025,125.3,,亿元,全市 规上,全年,测试数据（非真实）,https://example.org/bulletin-2025,台州市统计局（测试）,2026-03-20,high,,测试用,,';
const ROW_OUT = ROW.replace(/,,$/, ',3,');
const published = () => fs.readFileSync(path.join(DIST, 'data', 'figures.csv'), 'utf8');
const DESK_READY = () => document.querySelector('#desk-status') !== null;

/** Drops a file with these bytes on the desk, as a file manager would. */
async function drop(page, name, bytes) {
  const marks = await page.evaluate(() => performance.getEntriesByName('tz:desk').length);
  await page.evaluate(({ name, bytes }) => {
    const dt = new DataTransfer();
    dt.items.add(new File([new Uint8Array(bytes)], name, { type: 'text/csv' }));
    const zone = document.querySelector('.desk-drop');
    zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }));
    zone.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, { name, bytes: [...bytes] });
  await page.waitForFunction((n) => performance.getEntriesByName('tz:desk').length > n, marks);
}

const DESK = 'desk.html?view=data';

test('the footer leads to the desk, which starts from the published file with nothing to change', async () => {
  const { page, context, problems } = await open();
  const wasm = new Set();
  page.on('request', (r) => { if (r.url().endsWith('.wasm')) wasm.add(new URL(r.url()).pathname); });
  const visitors = await page.evaluate(() => performance.getEntriesByType('resource').map((r) => r.name).filter((n) => n.endsWith('.wasm')));
  await page.click('footer.site-foot a[href*="desk.html"]');
  await page.waitForFunction(DESK_READY);
  assert.match(page.url(), /\/desk\.html\?view=data$/);
  // Two pages, two modules: the visitors' page never loads the desk's code.
  assert.equal(visitors.length, 1);
  assert.equal(wasm.size, 1);
  assert.ok(!visitors[0].endsWith([...wasm][0]), 'the desk has its own WebAssembly');
  assert.match(await page.textContent('#desk-status'), /figures\.csv（已发布的数据）：\d+ 行数据，0 处问题/);
  assert.match(await page.textContent('#desk-summary'), /与已发布的数据相同/);
  assert.equal(await page.$('#preview-banner'), null, 'no preview before a change');
  assert.deepEqual(problems, []);
  await context.close();
});

test("the visitors' page at ?view=data opens the desk's page, in the reader's language", async () => {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  await page.goto(env.server.url + '?view=data&lang=en');
  await page.waitForURL(/\/desk\.html\?view=data&lang=en$/);
  await page.waitForFunction(DESK_READY);
  assert.match(await page.textContent('#explore-h'), /Update the data/);
  await context.close();
});

test('a GBK export that adds a 2025 figure: the change list names the target and its new status; the download is the input plus the row', async () => {
  const { page, context, problems } = await open(DESK);
  await page.waitForFunction(DESK_READY);
  const input = published().replace(/^\uFEFF/, '') + ROW + '\r\n';
  // GB18030: GBK's bytes for every Chinese character, and no loss of the
  // Korean and German source titles that GBK proper cannot hold.
  const gbk = iconv.encode(input, 'gb18030');
  assert.deepEqual(iconv.encode('台州市统计局', 'gb18030'), iconv.encode('台州市统计局', 'gbk'));
  assert.notEqual(gbk.toString('utf8'), input, 'the file is not UTF-8');
  await drop(page, '2025年数据.csv', gbk);
  assert.match(await page.textContent('#desk-status'), /2025年数据\.csv：GBK \/ GB18030 编码，\d+ 行数据，0 处问题/);
  assert.match(await page.textContent('#desk-summary'), /新增 1 条、修改 0 条、删除 0 条数据；1 项目标状态改变/);
  const status = await page.textContent('#desk-status-changes li[data-target="digital_core_va"]');
  assert.match(status, /规上数字经济核心产业增加值：未找到公开数据 → 达成（2025年）/);
  assert.match(await page.textContent('#desk-added'), /规上数字经济核心产业增加值 · 2025年 · 125.3 亿元 · 全市 规上 · 全年 — 台州市统计局（测试）/);
  // Every view shows the preview, marked as such.
  assert.match(await page.textContent('#preview-banner'), /预览——未发布/);
  await page.click('#desk-status-changes li[data-target="digital_core_va"] a');
  await page.waitForSelector('#detail-h');
  assert.match(await page.textContent('main'), /125\.3 亿元（2025年）/);
  assert.match(await page.textContent('#preview-banner'), /预览——未发布/);
  await page.click('#preview-banner a');
  await page.waitForFunction(DESK_READY);
  // The next edition, proposed from the change list, its summary editable.
  assert.match(await page.textContent('#desk-edition legend'), /这次发布为第 3 版/);
  assert.equal(await page.inputValue('#edition-summary-zh'), '新增 1 项数据；1 项目标的完成情况变化');
  assert.match(await page.inputValue('#edition-date'), /^\d{4}-\d{2}-\d{2}$/);
  await page.fill('#edition-summary-zh', '新增 2025 年规上数字经济核心产业增加值（测试）');
  // The download: UTF-8 with BOM, the input's rows plus none other, the new row in its place, of edition 3.
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#desk-download')]);
  assert.equal(download.suggestedFilename(), 'figures.csv');
  const text = fs.readFileSync(await download.path(), 'utf8');
  assert.ok(text.startsWith('\uFEFF'), 'a byte-order mark for Excel');
  const lines = text.replace(/^\uFEFF/, '').trim().split('\r\n');
  const expected = input.trim().split('\r\n').map((l) => (l === ROW ? ROW_OUT : l));
  assert.deepEqual([...lines].sort(), expected.sort(), 'the input and the row, nothing lost or added');
  const without = lines.filter((l) => l !== ROW_OUT);
  // editions.csv gains the entry, with the maintainer's words.
  const [editions] = await Promise.all([page.waitForEvent('download'), page.click('#desk-download-editions')]);
  assert.equal(editions.suggestedFilename(), 'editions.csv');
  const entries = fs.readFileSync(await editions.path(), 'utf8').replace(/^\uFEFF/, '').trim().split('\r\n');
  assert.equal(entries.length, 4, 'the header, editions 1 and 2, and the new one');
  assert.match(entries[3], /^3,\d{4}-\d{2}-\d{2},新增 2025 年规上数字经济核心产业增加值（测试）,1 figure added; the status of 1 target changed,,$/);
  assert.deepEqual(without, published().replace(/^\uFEFF/, '').trim().split('\r\n'), 'the published rows in their order');
  // Reloading returns to the published data.
  await page.reload();
  await page.waitForFunction(DESK_READY);
  assert.equal(await page.$('#preview-banner'), null);
  assert.deepEqual(problems, []);
  await context.close();
});

test('files of the wrong kind say what they are and replace nothing', async () => {
  const { page, context, problems } = await open(DESK + '&lang=en');
  await page.waitForFunction(DESK_READY);
  const before = await page.textContent('#desk-status');
  await drop(page, 'book.xlsx', fs.readFileSync(new URL('../fixtures/desk/book.xlsx', import.meta.url)));
  assert.match(await page.textContent('#desk-refused'), /book\.xlsx cannot be used: this is a spreadsheet workbook \(\.xlsx or \.xls\), not CSV/);
  assert.equal(await page.textContent('#desk-status'), before);
  await drop(page, 'targets.csv', fs.readFileSync(new URL('../../seeds/targets.csv', import.meta.url)));
  assert.match(await page.textContent('#desk-refused'), /this is the targets file/);
  // A file with bad rows: each named with its line; kept, not previewed.
  await drop(page, 'bad.csv', fs.readFileSync(new URL('../fixtures/desk/unit_mismatch.csv', import.meta.url)));
  assert.match(await page.textContent('#desk-problems tr[data-line="2"]'), /unit mismatch: "万元" where indicator digital_core_va is in "亿元"/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('the form refuses a row with a missing source and adds it once filled, by keyboard', async () => {
  const { page, context, problems } = await open(DESK);
  await page.waitForFunction(DESK_READY);
  const rows = Number((await page.textContent('#desk-status')).match(/(\d+) 行数据/)[1]);
  await page.fill('#f-search', '数字经济核心');
  await page.selectOption('#f-indicator_id', 'digital_core_va');
  assert.equal(await page.inputValue('#f-unit'), '亿元', 'the unit comes from the indicator');
  assert.equal(await page.inputValue('#f-scope'), '全市 规上', "the target's scope");
  await page.fill('#f-year', '2025');
  await page.fill('#f-value', '125.3');
  await page.selectOption('#f-confidence', 'high');
  await page.focus('#f-value');
  await page.keyboard.press('Enter');
  await page.waitForSelector('#desk-form-status .error');
  assert.match(await page.textContent('#desk-form-status'), /这一行还有问题，尚未添加/);
  assert.match(await page.textContent('.field.invalid'), /缺少出处/);
  assert.equal(await page.evaluate(() => document.activeElement.id), 'f-source_title', 'focus goes to the first field at fault');
  assert.equal(await page.$('#preview-banner'), null, 'nothing was added');
  await page.fill('#f-source_title', '测试数据（非真实）');
  await page.fill('#f-source_url', 'https://example.org/bulletin-2025');
  await page.fill('#f-publisher', '台州市统计局（测试）');
  await page.fill('#f-published_date', '2026-03-20');
  await page.focus('#f-publisher');
  await page.keyboard.press('Enter');
  await page.waitForSelector('#desk-form-status .ok');
  assert.match(await page.textContent('#desk-form-status'), new RegExp(`已检查并添加为第 ${rows + 2} 行`));
  assert.match(await page.textContent('#desk-status'), new RegExp(`${rows + 1} 行数据，0 处问题`));
  assert.match(await page.textContent('#desk-status-changes'), /规上数字经济核心产业增加值：未找到公开数据 → 达成（2025年）/);
  assert.match(await page.textContent('#preview-banner'), /预览——未发布/);
  // Discarding returns to the published data.
  await page.click('#preview-discard');
  await page.waitForFunction(() => document.querySelector('#preview-banner') === null);
  assert.deepEqual(problems, []);
  await context.close();
});
