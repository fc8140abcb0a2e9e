// Layout on small screens, in every view and reading mode: no sideways
// scroll at 320 px (WCAG's reflow width), and no box above the fold taller
// than its content needs (a flex basis that turned into a height once the
// masthead became a column left ~230 px of blank space on phones).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setup, open } from './helpers.mjs';

setup();

const VIEWS = ['', '?lang=en', '?view=clusters', '?view=clusters&cluster=pharma', '?view=parks', '?view=parks&park=tzw_etdz',
  '?view=counties', '?view=counties&county=linhai', '?view=plan', '?indicator=market_leading_products', '?q=yiyao',
  '?view=parks&compare=tzw_etdz,laser_park'];
const MODES = ['', 'text=large', 'contrast=high'];

/** Waits until the address's view is on screen, not its loading line. */
const SETTLED = () => !document.querySelector('[aria-busy="true"]') && !document.documentElement.classList.contains('tz-route');

const join = (query, mode) => (mode ? (query ? `${query}&${mode}` : `?${mode}`) : query);

for (const mode of MODES) {
  test(`320 px wide${mode ? `, ${mode}` : ''}: no view scrolls sideways`, async () => {
    const wide = [];
    for (const query of VIEWS) {
      const { page, context, problems } = await open(join(query, mode), { viewport: { width: 320, height: 640 } });
      await page.waitForFunction(SETTLED);
      const overflow = await page.evaluate(() => {
        const width = document.documentElement.clientWidth;
        if (document.documentElement.scrollWidth <= width) return null;
        // Name the widest elements, to say where it comes from.
        const culprits = [...document.querySelectorAll('body *')]
          .filter((e) => e.getBoundingClientRect().right > width + 0.5)
          .map((e) => `${e.tagName.toLowerCase()}.${[...e.classList].join('.')} → ${Math.round(e.getBoundingClientRect().right)}`);
        return `${document.documentElement.scrollWidth} px: ${culprits.slice(-3).join(', ')}`;
      });
      if (overflow) wide.push(`${join(query, mode) || './'}: ${overflow}`);
      assert.deepEqual(problems, []);
      await context.close();
    }
    assert.deepEqual(wide, []);
  });
}

test('a 390 px phone: nothing above the fold is taller than its content needs', async () => {
  const slack = [];
  for (const query of ['', '?lang=en', '?view=parks', '?indicator=market_leading_products', '?text=large']) {
    const { page, context, problems } = await open(query, { viewport: { width: 390, height: 844 }, isMobile: true });
    await page.waitForFunction(SETTLED);
    slack.push(...(await page.evaluate((query) => {
      const fold = window.innerHeight;
      const out = [];
      for (const e of document.querySelectorAll('body *')) {
        const box = e.getBoundingClientRect();
        if (box.top >= fold || box.height === 0 || !e.children.length) continue;
        const parent = e.parentElement && getComputedStyle(e.parentElement);
        const style = getComputedStyle(e);
        // A grid cell or a flex row's item may be stretched by its neighbours.
        if (parent && (parent.display.includes('grid') || (parent.display.includes('flex') && !parent.flexDirection.startsWith('column')))) continue;
        if (style.display === 'table' || style.display.startsWith('table-') || ['CANVAS', 'SVG', 'svg'].includes(e.tagName)) continue;
        // The content's extent: its text and its children, with their margins.
        const range = document.createRange();
        range.selectNodeContents(e);
        const text = range.getBoundingClientRect();
        let top = text.height ? text.top : Infinity, bottom = text.height ? text.bottom : -Infinity;
        for (const c of e.children) {
          const r = c.getBoundingClientRect();
          if (r.height === 0 && r.width === 0) continue;
          const m = getComputedStyle(c);
          top = Math.min(top, r.top - parseFloat(m.marginTop));
          bottom = Math.max(bottom, r.bottom + parseFloat(m.marginBottom));
        }
        if (top === Infinity) continue;
        const inner = box.height - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom)
          - parseFloat(style.borderTopWidth) - parseFloat(style.borderBottomWidth);
        const need = Math.max(bottom - top, parseFloat(style.minHeight) || 0);
        if (inner - need > 24) out.push(`${query || './'}: ${e.tagName.toLowerCase()}.${[...e.classList].join('.')} is ${Math.round(inner)} px for ${Math.round(need)} px of content`);
      }
      return out;
    }, query)));
    assert.deepEqual(problems, []);
    await context.close();
  }
  assert.deepEqual(slack, []);
});
