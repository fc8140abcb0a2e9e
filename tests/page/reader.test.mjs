// The desk reads a document for the maintainer (desk.html?view=data, 从文本提取):
// a pasted bulletin-style text with a 2025 figure for a target without
// data; the proposal shows its sentence marked; accepting without a source
// is refused by the checks, accepting with the source entered once adds the
// row, the change list shows the target's new status and the download has
// the row. A saved HTML page of a county reads with its title and says its
// figures are the county's.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { setup, open } from './helpers.mjs';

setup();

const DESK = 'desk.html?view=data';
const DESK_READY = () => document.querySelector('#desk-status') !== null;
const TITLE = '台州市2025年国民经济和社会发展统计公报（测试文本）';
const DOC = [
  TITLE,
  '',
  '一、综合',
  '全年全市生产总值7128.6亿元，比上年增长6.1%。',
  '全年全市规上数字经济核心产业增加值125.3亿元，比上年增长11.2%。',
  '年末全市共有“瞪羚企业”三百家，比上年增加21家。',
  '积极探索大陈岛自由贸易港建设。',
].join('\n');
const item = (id) => `#desk-proposals li[data-indicator="${id}"]`;

test('a pasted bulletin: proposals with their sentences; accepted with the source, checked, in the change list and the download', async () => {
  const { page, context, problems } = await open(DESK);
  await page.waitForFunction(DESK_READY);
  await page.fill('#read-text', DOC);
  assert.equal(await page.inputValue('#read-title'), TITLE, 'the first line is the title');
  await page.click('#desk-read-go');
  await page.waitForSelector('#desk-proposals');
  assert.match(await page.textContent('#desk-read-status'), /找到 4 项数据建议；另有 1 句提到指标但没有可用数字。.*年份 2025 · 时期 全年 · 范围 台州市（全市）/);
  const ids = await page.$$eval('#desk-proposals > li', (lis) => lis.map((l) => l.dataset.indicator));
  assert.deepEqual(ids, ['gdp', 'gdp_growth', 'digital_core_va', 'gazelle_firms']);
  const p = item('digital_core_va');
  assert.match(await page.textContent(p), /125\.3 亿元.*2025年 · 全年 · 全市 规上/);
  assert.equal(await page.textContent(`${p} mark.name`), '规上数字经济核心产业增加值');
  assert.equal(await page.textContent(`${p} mark.num`), '125.3亿元');
  assert.match(await page.textContent(`${p} blockquote`), /第 5 行 全年全市规上数字经济核心产业增加值125\.3亿元，比上年增长11\.2%。/);
  // 三百家 is 300; 比上年增加21家 is a difference, not proposed.
  assert.match(await page.textContent(item('gazelle_firms')), /300 家.*2025年 · 年末 · 全市/);
  await page.click('#desk-mentions > summary');
  await page.waitForSelector('#desk-mentions li');
  assert.match(await page.textContent('#desk-mentions'), /大陈岛自由贸易港：是里程碑：是否完成请人工判断/);
  assert.equal(await page.$('#preview-banner'), null, 'nothing is added by reading');

  // Without a source the checks refuse it, and say why.
  await page.click(`${p} button[id$="-accept"]`);
  await page.waitForSelector(`${p}[data-state="refused"]`);
  assert.match(await page.textContent(p), /这一行还有问题，尚未添加/);
  assert.match(await page.textContent(p), /缺少出处/);
  assert.equal(await page.$('#preview-banner'), null);

  // The source once, for the document; the confidence is the maintainer's.
  assert.equal(await page.inputValue('#read-confidence'), '', 'no confidence until chosen');
  await page.fill('#read-url', 'https://example.org/bulletin-2025');
  await page.fill('#read-publisher', '台州市统计局（测试）');
  await page.fill('#read-date', '2026-03-20');
  await page.selectOption('#read-confidence', 'high');
  await page.click(`${p} button[id$="-accept"]`);
  await page.waitForSelector(`${p}[data-state="accepted"]`);
  assert.match(await page.textContent(p), /已检查并添加为第 \d+ 行/);
  assert.match(await page.textContent('#desk-status-changes li[data-target="digital_core_va"]'), /规上数字经济核心产业增加值：未找到公开数据 → 达成（2025年）/);
  assert.match(await page.textContent('#preview-banner'), /预览——未发布/);

  // Rejected, and back: nothing else is added.
  await page.click(`${item('gazelle_firms')} button[id$="-reject"]`);
  await page.waitForSelector(`${item('gazelle_firms')}[data-state="rejected"]`);
  await page.click(`${item('gazelle_firms')} button[id$="-undo"]`);
  await page.waitForSelector(`${item('gazelle_firms')}[data-state="draft"]`);
  assert.match(await page.textContent('#desk-summary'), /新增 1 条、修改 0 条、删除 0 条数据/);

  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#desk-download')]);
  const rows = fs.readFileSync(await download.path(), 'utf8').replace(/^\uFEFF/, '').trim().split('\r\n');
  const added = rows.filter((r) => r.startsWith('digital_core_va,'));
  assert.equal(added.length, 1, 'the accepted row, once');
  assert.ok(
    added[0].startsWith(`digital_core_va,2025,125.3,,亿元,全市 规上,全年,${TITLE},https://example.org/bulletin-2025,台州市统计局（测试）,2026-03-20,high,,`),
    added[0],
  );
  assert.match(added[0], /全年全市规上数字经济核心产业增加值125\.3亿元/, 'its sentence kept as the note');
  assert.match(added[0], /,3,$/, 'of the next edition');
  assert.deepEqual(problems, []);
  await context.close();
});

test("a county's HTML page, opened as a file: read with its title, its figures said to be the county's; in English", async () => {
  const { page, context, problems } = await open(DESK + '&lang=en');
  await page.waitForFunction(DESK_READY);
  const html = '<!doctype html><html><head><meta charset="utf-8"><title>玉环市2024年国民经济和社会发展统计公报</title></head><body>'
    + '<h1>玉环市2024年国民经济和社会发展统计公报</h1><p>全市规上工业增加值&nbsp;345.2亿元，增长8.3%。</p></body></html>';
  await page.setInputFiles('#read-file', { name: 'yuhuan-2024.html', mimeType: 'text/html', buffer: Buffer.from(html) });
  await page.waitForFunction(() => document.querySelector('#read-text').value.includes('345.2'));
  assert.equal(await page.inputValue('#read-title'), '玉环市2024年国民经济和社会发展统计公报');
  assert.doesNotMatch(await page.inputValue('#read-text'), /</, 'the tags are stripped');
  await page.click('#desk-read-go');
  await page.waitForSelector('#desk-proposals');
  const p = item('industrial_va_above_scale');
  assert.match(await page.textContent(p), /345\.2 亿元.*2024 · 全年 · 玉环市/);
  assert.match(await page.textContent(`${p} .unsure`), /A document of 玉环市: its 全市 means 玉环市/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('axe: the desk with a document read (drafts, a refused and an accepted proposal, the sentences without a figure), zh and en, desktop and 320 px: no violation', async () => {
  const { createRequire } = await import('node:module');
  const AXE = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  const found = [];
  for (const [width, height] of [[1280, 900], [320, 640]]) {
    for (const lang of ['zh', 'en']) {
      const { page, context, problems } = await open(`${DESK}&lang=${lang}`, { viewport: { width, height } });
      await page.waitForFunction(DESK_READY);
      await page.fill('#read-text', DOC);
      await page.click('#desk-read-go');
      await page.waitForSelector('#desk-proposals');
      await page.click(`${item('gdp')} button[id$="-accept"]`);
      await page.waitForSelector(`${item('gdp')}[data-state="refused"]`);
      await page.fill('#read-url', 'https://example.org/bulletin-2025');
      await page.fill('#read-publisher', '台州市统计局（测试）');
      await page.selectOption('#read-confidence', 'medium');
      await page.click(`${item('digital_core_va')} button[id$="-accept"]`);
      await page.waitForSelector(`${item('digital_core_va')}[data-state="accepted"]`);
      await page.click(`${item('gazelle_firms')} button[id$="-reject"]`);
      await page.click('#desk-mentions > summary');
      await page.waitForSelector('#desk-mentions li');
      await page.evaluate(AXE);
      const violations = await page.evaluate(async () => {
        const r = await window.axe.run(document, { resultTypes: ['violations'] });
        return r.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
      });
      found.push(...violations.map((v) => `${lang}, ${width} px: ${v}`));
      assert.deepEqual(problems, []);
      await context.close();
    }
  }
  assert.deepEqual(found, []);
});
