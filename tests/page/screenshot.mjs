// Writes the README's screenshots into docs/ from dist/.
//   node tests/page/screenshot.mjs
import { chromium } from 'playwright-core';
import { serve, CHROMIUM_ARGS, chromiumPath } from './server.mjs';

const SHOTS = [
  ['', 'docs/screenshot.png', 1280, 1400],
  ['?lang=en', 'docs/screenshot-en.png', 1280, 1400],
  ['', 'docs/screenshot-narrow.png', 360, 1400],
  ['?indicator=market_leading_products', 'docs/chart-floor.png', 1000, 1100],
  ['?indicator=national_etdz&lang=en', 'docs/chart-milestone.png', 1000, 1100],
  ['?indicator=industrial_output_above_scale', 'docs/chart-single.png', 1000, 1100],
  ['?view=plan#high_tech_industry_share', 'docs/plan-view.png', 1000, 900],
  ['?view=clusters', 'docs/explore-clusters.png', 1100, 1000],
  ['?view=clusters&lang=en', 'docs/explore-clusters-en.png', 1100, 1000],
  ['?view=parks&cluster=pharma', 'docs/explore-parks.png', 1100, 1100],
  ['?indicator=market_leading_products&embed=1&theme=dark', 'docs/embed-dark.png', 800, 700],
  ['?text=large', 'docs/large-text-phone.png', 360, 1000],
  ['?indicator=market_leading_products&contrast=high', 'docs/high-contrast-phone.png', 360, 1000],
  ['?indicator=market_leading_products&embed=1&theme=dark&contrast=high', 'docs/high-contrast-dark-embed.png', 600, 900],
];

const server = await serve();
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
try {
  for (const [query, file, width, height] of SHOTS) {
    const page = await browser.newPage({ viewport: { width, height } });
    await page.goto(server.url + query);
    await page.waitForFunction(() => performance.getEntriesByName('tz:ready').length > 0);
    if (/view=(clusters|parks|counties)/.test(query)) await page.waitForFunction(() => performance.getEntriesByName('tz:explore').length > 0);
    if (/view=plan/.test(query)) await page.waitForSelector('.plan-text mark');
    await page.waitForFunction(() => [...document.querySelectorAll('.chart-full canvas')].every((c) => c.width > 0));
    await page.screenshot({ path: file });
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
