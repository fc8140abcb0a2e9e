// The search: typed in the header's field (hanzi, pinyin, initials,
// English; ↑ ↓ Enter Esc, and `/`), and the results view at ?q=.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setup, open, READY } from './helpers.mjs';

setup();

const listed = (page) => page.$$eval('#search-list [role="option"] .search-name', (ns) => ns.map((n) => n.textContent));

test('type "yiyao" and press Enter: the pharmaceutical cluster\'s page', async () => {
  const { page, context, problems } = await open('');
  await page.click('#search-input');
  await page.keyboard.type('yiyao');
  await page.waitForSelector('#search-list [role="option"]');
  assert.equal((await listed(page))[0], '医药');
  assert.equal(await page.getAttribute('#search-input', 'aria-expanded'), 'true');
  assert.match(await page.textContent('.search [role="status"]'), /找到 \d+ 项/, 'the count is announced');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => /view=clusters&cluster=pharma/.test(location.search));
  await page.waitForFunction(() => document.querySelector('#explore-h')?.textContent === '医药');
  assert.deepEqual(problems, []);
  await context.close();
});

test('initials, English, the arrow keys, Esc and the slash key', async () => {
  const { page, context, problems } = await open('?lang=en');
  // `/` from anywhere focuses the field.
  await page.keyboard.press('/');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'search-input');
  await page.keyboard.type('lh');
  await page.waitForSelector('#search-list [role="option"]');
  assert.equal((await listed(page))[0], 'Linhai', 'initials find the county');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  const active = await page.getAttribute('#search-input', 'aria-activedescendant');
  assert.equal(active, 'search-opt-1');
  assert.equal(await page.getAttribute(`#${active}`, 'aria-selected'), 'true');
  const second = await page.textContent(`#${active} .search-name`);
  await page.keyboard.press('Escape');
  assert.equal(await page.isVisible('#search-list'), false, 'Esc closes the suggestions');
  // English words, then Enter on the chosen suggestion.
  await page.fill('#search-input', '');
  await page.keyboard.type('laser');
  await page.waitForSelector('#search-list [role="option"]');
  assert.equal((await listed(page))[0], 'Laser industry park');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => /park=laser_park/.test(location.search));
  assert.ok(second.length > 0);
  assert.deepEqual(problems, []);
  await context.close();
});

test('?q= lists every result grouped by kind; back and forward keep the words', async () => {
  const { page, context, problems } = await open('?q=%E5%8C%BB%E8%8D%AF');
  await page.waitForSelector('.search-view .search-group');
  const groups = await page.$$eval('.search-group h3', (hs) => hs.map((h) => h.textContent));
  assert.ok(groups[0].startsWith('产业集群'), groups.join(' | '));
  for (const g of ['园区平台', '县（市、区）', '目标', '企业']) assert.ok(groups.some((x) => x.startsWith(g)), `${g} in ${groups.join(' | ')}`);
  assert.equal(await page.inputValue('#search-input'), '医药', 'the field shows the words');
  // Search again from the field: a new entry, and back returns to the first words.
  await page.fill('#search-input', 'wenling');
  await page.click('.search button[type="submit"]');
  await page.waitForFunction(() => location.search === '?q=wenling');
  await page.waitForFunction(() => document.querySelector('.search-view [role="status"]')?.textContent.includes('wenling'));
  await page.goBack();
  await page.waitForFunction(() => document.querySelector('#search-input').value === '医药');
  assert.deepEqual(problems, []);
  await context.close();
});

for (const q of ['?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E', `?q=${'%E5%8C%BB'.repeat(1000)}`, '?q=', '?q=%', '?q=zzzzqqq&lang=en']) {
  test(`${q.slice(0, 40)}: the page stands, says what it found, and logs nothing`, async () => {
    const { page, context, problems } = await open(q);
    await page.waitForSelector('.search-view [role="status"]');
    const status = await page.textContent('.search-view [role="status"]');
    assert.ok(status.length > 0 && status.length < 200, status);
    assert.equal(await page.$$eval('script', (s) => s.filter((x) => x.textContent.includes('alert')).length), 0);
    assert.deepEqual(problems, []);
    await context.close();
  });
}
