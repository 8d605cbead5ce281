/**
 * npm run shots -- [out-prefix]: one build, the views a reviewer looks at — home at the three
 * sizes in both themes and languages, a card, every story step — saved to artifacts/.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ARTIFACTS, openPage, ROOT, startHarness, waitForMap } from '../tests/e2e/harness';

const dataset = JSON.parse(readFileSync(resolve(ROOT, 'public/data/frontera.json'), 'utf8')) as {
  narratives: { id: string; steps: unknown[] }[];
};
const story = dataset.narratives[0] ?? { id: '', steps: [] };

const SHOTS: [string, string, number, number][] = [
  ['home-1280-en-light', '?lang=en&theme=light', 1280, 800],
  ['home-1280-es-dark', '?lang=es&theme=dark', 1280, 800],
  ['home-1920-en-dark', '?lang=en&theme=dark', 1920, 1080],
  ['home-1920-es-light', '?lang=es&theme=light', 1920, 1080],
  ['home-390-en-light', '?lang=en&theme=light', 390, 844],
  ['home-390-es-dark', '?lang=es&theme=dark', 390, 844],
  ['filters-1280-es', '?lang=es&us=obama&mx=pena-nieto', 1280, 800],
  ['card-1280-es', '?lang=es&event=2019-01-25-mpp-implemented', 1280, 800],
  ['site-1280-en', '?site=san-ysidro-poe', 1280, 800],
  // Every story step at projector size, in English; the last one in Spanish too.
  ...Array.from({ length: 13 }, (_, i): [string, string, number, number] => [
    `story-1920-en-${i + 1}`,
    `?story=southern-border-to-mexico-city:${i + 1}`,
    1920,
    1080,
  ]),
  [
    `story-1920-es-${story.steps.length}`,
    `?lang=es&story=${story.id}:${story.steps.length}`,
    1920,
    1080,
  ],
  ['embed-slide-1280x720', '?embed=1&fit=slide&story=southern-border-to-mexico-city:3', 1280, 720],
];
mkdirSync(ARTIFACTS, { recursive: true });
const only = process.argv[2];
const harness = await startHarness();
try {
  for (const [name, path, w, h] of SHOTS) {
    if (only && !name.startsWith(only)) continue;
    const { page, errors, context } = await openPage(harness, path, { width: w, height: h });
    await waitForMap(page).catch((e: Error) =>
      console.warn(`${name}: map not ready: ${e.message}`),
    );
    await page.waitForTimeout(400);
    await page.screenshot({ path: resolve(ARTIFACTS, `${name}.png`) });
    if (errors.length) console.warn(`${name}: page errors:`, errors);
    await context.close();
    console.log(`saved artifacts/${name}.png`);
  }
} finally {
  await harness.close();
}
