// Parts of the page that fail to arrive, as behind a government proxy: the
// explore data aborted, answered with HTTP 500 or with corrupt bytes, the
// WebAssembly dropped once, the desk's published file refused. Each is
// fetched once more by itself after a pause; when that fails too, the page
// says so in plain words (the engine's words folded away), keeps the link
// to the raw data, and a button fetches again in place.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setup, env, READY } from './helpers.mjs';

setup();

const EXPLORE = /\/data\/explore-[0-9a-f]+\.bin$/;
const FAILURES = {
  aborted: (route) => route.abort('failed'),
  'HTTP 500': (route) => route.fulfill({ status: 500, contentType: 'text/plain', body: 'Internal Server Error' }),
  'corrupt bytes': (route) => route.fulfill({ status: 200, contentType: 'application/octet-stream', body: Buffer.from('\x00garbled by a proxy\x00') }),
};

/** A page whose requests matching `pattern` fail the first `times` times. */
async function failing(pattern, how, times) {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const asked = [];
  await context.route(pattern, (route) => {
    asked.push(route.request().url());
    return asked.length <= times ? how(route) : route.continue();
  });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  return { context, page, asked, errors };
}

for (const [name, how] of Object.entries(FAILURES)) {
  test(`explore data ${name} twice: a plain message, the raw data, and a button that fetches again in place`, async () => {
    const { context, page, asked, errors } = await failing(EXPLORE, how, 2);
    await page.goto(env.server.url + '?view=parks');
    await page.waitForSelector('.not-arrived');
    assert.equal(asked.length, 2, 'tried once more by itself before saying so');
    const message = await page.textContent('.not-arrived p');
    assert.match(message, /这部分页面的数据没有下载成功/);
    assert.doesNotMatch(message, /TypeError|Failed to fetch|HTTP|explore-/, 'no engine words in the message');
    assert.equal(await page.isVisible('.not-arrived details code'), false, 'the reason is folded away');
    await page.click('.not-arrived summary');
    // The file and the engine's words (with the integrity check on, Chromium
    // reports a refused status as a failed fetch too).
    assert.match(await page.textContent('.not-arrived details code'), /^data\/explore-[0-9a-f]+\.bin: .+/);
    assert.equal(await page.getAttribute('.not-arrived a', 'href'), 'data/figures.csv');
    // Trying again works in place: the same document, the view arrives.
    await page.evaluate(() => { window.__same = true; });
    await page.click('.not-arrived button.retry');
    await page.waitForSelector('tr[data-park]');
    assert.equal(await page.evaluate(() => window.__same), true, 'no reload');
    assert.equal(asked.length, 3);
    assert.equal(await page.$('.not-arrived'), null);
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('explore data dropped once: the second try brings the view, with no message', async () => {
  const { context, page, asked, errors } = await failing(EXPLORE, FAILURES.aborted, 1);
  await page.goto(env.server.url + '?view=parks&lang=en');
  await page.waitForSelector('tr[data-park]');
  assert.equal(asked.length, 2);
  assert.equal(await page.$('.not-arrived'), null);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the WebAssembly dropped once: the loader fetches it again and the page starts', async () => {
  const { context, page, asked, errors } = await failing(/taizhou-plan-[0-9a-f]+_bg\.wasm$/, FAILURES.aborted, 1);
  await page.goto(env.server.url);
  await page.waitForFunction(READY, null, { timeout: 15000 });
  assert.equal(asked.length, 2);
  assert.equal(await page.$('.boot.failed'), null);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the WebAssembly refused twice: the scorecard stays, in plain words, with a way to load again', async () => {
  const { context, page, asked } = await failing(/taizhou-plan-[0-9a-f]+_bg\.wasm$/, FAILURES['HTTP 500'], 2);
  await page.goto(env.server.url);
  await page.waitForSelector('.boot.failed');
  assert.equal(asked.length, 2);
  const message = await page.innerText('#boot');
  assert.match(message, /本页的互动部分未能启动/);
  assert.doesNotMatch(message, /HTTP|Error|版本较旧/);
  assert.match(await page.textContent('.boot-why code'), /Failed to fetch/);
  assert.equal(await page.$eval('#boot .fail-start[lang="zh-CN"] a', (a) => a.href), page.url(), 'a link that loads this address again');
  // Nothing visible that needs the app.
  assert.deepEqual(await page.$$eval('button, input, select, canvas', (es) => es.filter((e) => e.offsetParent !== null).map((e) => e.outerHTML.slice(0, 60))), []);
  await context.close();
});

test("the desk's published file refused twice: the same message and button, then the desk", async () => {
  const { context, page, asked, errors } = await failing(/\/data\/figures\.csv$/, FAILURES['HTTP 500'], 2);
  await page.goto(env.server.url + 'desk.html?view=data');
  await page.waitForSelector('.not-arrived');
  assert.equal(asked.length, 2);
  assert.match(await page.textContent('.not-arrived details code'), /^data\/figures\.csv: .+/);
  await page.click('.not-arrived button.retry');
  await page.waitForSelector('#desk-status');
  assert.deepEqual(errors, []);
  await context.close();
});
