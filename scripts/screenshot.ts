/**
 * npm run screenshot -- [path] [out.png] [width] [height]
 * Builds the app, serves it on 127.0.0.1 and saves a headless-Chromium screenshot to artifacts/.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { ARTIFACTS, openPage, startHarness, waitForMap } from '../tests/e2e/harness';

const [path = '', out = 'screenshot.png', w = '1280', h = '800'] = process.argv.slice(2);
mkdirSync(ARTIFACTS, { recursive: true });
const harness = await startHarness();
try {
  const { page, errors, requests } = await openPage(harness, path, {
    width: Number(w),
    height: Number(h),
  });
  await waitForMap(page).catch((e: Error) => console.warn(`map not ready: ${e.message}`));
  await page.screenshot({ path: resolve(ARTIFACTS, out), fullPage: true });
  console.log(`saved artifacts/${out}`);
  const foreign = requests.filter(
    (u) => !u.startsWith(harness.baseUrl) && !u.startsWith('blob:') && !u.startsWith('data:'),
  );
  if (foreign.length) console.warn('requests outside the app:', foreign);
  if (errors.length) console.warn('page errors:', errors);
} finally {
  await harness.close();
}
