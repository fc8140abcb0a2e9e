// Parks side by side: added and removed from the directory and the park
// pages by mouse and keyboard, kept by reload and back, unknown ids dropped
// with the page's notice.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setup, open } from './helpers.mjs';

setup();

const EXPLORED = () => performance.getEntriesByName('tz:explore').length > 0;
const columns = (page) => page.$$eval('.compare-table thead th', (ths) => ths.map((t) => t.textContent));

test('compare three parks by mouse and by keyboard; reload and back keep them', async () => {
  const { page, context, problems } = await open('?view=parks');
  await page.waitForFunction(EXPLORED);
  // By mouse, from the directory.
  await page.click('tr[data-park="tzw_etdz"] .compare-toggle');
  await page.waitForFunction(() => /compare=tzw_etdz$/.test(location.search));
  await page.click('tr[data-park="tzw_new_area"] .compare-toggle');
  await page.waitForFunction(() => /compare=tzw_etdz,tzw_new_area/.test(location.search));
  assert.equal((await columns(page)).length, 2);
  // By keyboard, from a park's page.
  await page.goto(page.url().replace('?view=parks', '?view=parks&park=hy_etdz'));
  await page.waitForFunction(EXPLORED);
  await page.focus('.compare-here .compare-toggle');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => /compare=tzw_etdz,tzw_new_area,hy_etdz/.test(location.search));
  assert.match(await page.textContent('.compare-here .compare-toggle'), /移出对比/);
  await page.click('.compare-here a:last-child');
  await page.waitForSelector('.compare-table');
  assert.deepEqual(await columns(page), ['台州湾经济技术开发区', '台州湾新区', '浙江黄岩经济开发区']);
  // Rows that cannot be compared say so.
  const caveats = await page.$$eval('.compare-table tr.caveat .caveat-note', (ns) => ns.map((n) => n.textContent));
  assert.ok(caveats.length > 0 && caveats.every((t) => t.includes('不能直接比较')), caveats.join(' | '));
  // Every figure keeps its source.
  const figs = await page.$$eval('.cmp-fig', (ps) => ps.map((p) => !!p.querySelector('.cite a, .cite')));
  assert.ok(figs.length > 5 && figs.every(Boolean));
  // Reload keeps the comparison; a chip removes one (by keyboard); back brings it again.
  await page.reload();
  await page.waitForSelector('.compare-table');
  assert.equal((await columns(page)).length, 3);
  await page.focus('.compare .chip-x');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => /compare=tzw_new_area,hy_etdz/.test(location.search));
  assert.equal((await columns(page)).length, 2);
  await page.goBack();
  await page.waitForFunction(() => document.querySelectorAll('.compare-table thead th').length === 3);
  assert.deepEqual(problems, []);
  await context.close();
});

test('unknown ids are dropped with a notice; a fifth park is refused', async () => {
  const { page, context } = await open('?view=parks&compare=tzw_etdz,nowhere,hy_etdz');
  await page.waitForFunction(EXPLORED);
  await page.waitForFunction(() => /compare=tzw_etdz,hy_etdz/.test(location.search));
  assert.match(await page.textContent('.notice'), /nowhere/);
  assert.equal((await columns(page)).length, 2);
  await context.close();
  const full = await open('?view=parks&compare=tzw_etdz,hy_etdz,dachen,sino_german,tz_etdz');
  await full.page.waitForFunction(EXPLORED);
  assert.equal((await columns(full.page)).length, 4);
  assert.match(await full.page.textContent('.notice'), /tz_etdz/);
  assert.match(await full.page.textContent('tr[data-park="tzw_new_area"]'), /最多同时对比 4 个园区/);
  await full.context.close();
});
