// Writes docs/screenshot.png (and docs/screenshot-en.png) from dist/ for the README.
//   node tests/page/screenshot.mjs
import { chromium } from 'playwright-core';
import { serve, CHROMIUM_ARGS, chromiumPath } from './server.mjs';

const server = await serve();
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
try {
  for (const [query, file, width] of [['', 'docs/screenshot.png', 1280], ['?lang=en', 'docs/screenshot-en.png', 1280], ['', 'docs/screenshot-narrow.png', 360]]) {
    const page = await browser.newPage({ viewport: { width, height: 1400 } });
    await page.goto(server.url + query);
    await page.waitForFunction(() => performance.getEntriesByName('tz:ready').length > 0);
    await page.screenshot({ path: file });
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
