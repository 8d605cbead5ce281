/**
 * Get the data, as a reader uses it: filter, open the event list, press CSV or JSON, and load
 * the file that lands in Downloads back through the importer — the same events come back.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Dataset, DatasetSchema } from '../../src/data/schema';
import { importText } from '../../src/import';
import { type Harness, openPage, startHarness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h?.close());

const BUILT_IN: Dataset = DatasetSchema.parse(
  JSON.parse(readFileSync(resolve('public/data/frontera.json'), 'utf8')),
);
const reference = { places: BUILT_IN.places, administrations: BUILT_IN.administrations };
const violence = BUILT_IN.events.filter((e) => e.category === 'violence');

describe('Get the data', () => {
  it('downloads the filtered events as CSV and as JSON, and both load back as those events', async () => {
    const { page, context } = await openPage(h, '?cat=violence');
    await page.getByRole('tab', { name: /Event list/ }).click();
    const csvButton = page.getByRole('button', { name: /as CSV/ });
    await expect
      .poll(() => csvButton.getAttribute('aria-label'))
      .toContain(`Download the ${violence.length} events shown as CSV`);

    const [csvDownload] = await Promise.all([page.waitForEvent('download'), csvButton.click()]);
    expect(csvDownload.suggestedFilename()).toMatch(/^frontera-\d+-events-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = readFileSync(await csvDownload.path(), 'utf8');
    const fromCsv = importText(csvDownload.suggestedFilename(), csv, { reference });
    expect(fromCsv.errors).toEqual([]);
    expect(fromCsv.dataset?.events.map((e) => e.id).sort()).toEqual(
      violence.map((e) => e.id).sort(),
    );
    for (const e of fromCsv.dataset?.events ?? []) {
      const original = violence.find((v) => v.id === e.id);
      expect(e.title).toBe(original?.title);
      expect(e.sources.map((s) => s.excerpt)).toEqual(original?.sources.map((s) => s.excerpt));
    }

    const [jsonDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /as Frontera JSON/ }).click(),
    ]);
    const json = readFileSync(await jsonDownload.path(), 'utf8');
    const fromJson = importText(jsonDownload.suggestedFilename(), json, { reference });
    expect(fromJson.errors).toEqual([]);
    expect(fromJson.dataset?.events).toEqual(violence);
    expect(fromJson.dataset?.provenance).toMatchObject({
      events: violence.length,
      of: BUILT_IN.events.length,
      view: `${h.baseUrl}?cat=violence&lang=en`,
    });
    await expect
      .poll(() => page.getByRole('status').allTextContents())
      .toContainEqual(`${violence.length} events downloaded as JSON.`);
    await context.close();
  });
});
