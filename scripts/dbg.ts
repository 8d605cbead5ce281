import { openPage, startHarness, waitForMap } from '../tests/e2e/harness';

const h = await startHarness();
const { page, context } = await openPage(h, '', { width: 1280, height: 800 });
await waitForMap(page);
for (const s of ['.explorer', '.explorer-main', '.side-panel', '.map-area', '.timeline-area']) {
  const v = await page.evaluate((sel) => {
    const e = document.querySelector(sel);
    if (!e) return 'none';
    const c = getComputedStyle(e);
    const r = e.getBoundingClientRect();
    return `${Math.round(r.top)}-${Math.round(r.bottom)} h=${c.height} oy=${c.overflowY} d=${c.display} minH=${c.minHeight}`;
  }, s);
  console.log(s, v);
}
await context.close();
await h.close();
