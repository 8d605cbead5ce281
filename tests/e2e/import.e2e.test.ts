/**
 * A newsroom's own spreadsheet: every problem listed by row and column before anything is drawn,
 * the valid rows loaded only when asked, the file kept across a reload until closed, `?data=` for
 * a file published beside the app, and another site's file refused.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, type Harness, openPage, ROOT, startHarness, waitForMap } from './harness';

const CSV = [
  'title,date,category,places,summary',
  'Council votes on the border fence,2019-03-05,legislation,Tijuana,A made-up event for the test.',
  'Second event,2019-13-01,policy,,Month thirteen does not exist.',
  'Third event,2020-02-10,humanitarian,Atlantis,No such place.',
  '<img src=x onerror=alert(1)>,2021,statement,El Paso,Hostile text stays text.',
].join('\n');

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
  mkdirSync(resolve(ROOT, 'dist/test-data'), { recursive: true });
  writeFileSync(
    resolve(ROOT, 'dist/test-data/ours.csv'),
    'title,date,places\nA published event,2018-11-20,San Diego\n',
  );
});
afterAll(async () => h?.close());

describe('bring your own data', () => {
  it('lists every problem by row and column, loads the valid rows only when asked, and keeps the file', async () => {
    const { page, context } = await openPage(h);
    await waitForMap(page);
    await page.getByRole('button', { name: 'Your data' }).click();
    await page.getByLabel('Choose a file').setInputFiles({
      name: 'newsroom.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(CSV),
    });
    const issues = page.locator('.import-errors');
    await expect.poll(() => issues.textContent()).toMatch(/row 3, column date/);
    await expect(issues.textContent()).resolves.toMatch(
      /row 4, column places: "Atlantis" is not in the gazetteer/,
    );
    // Nothing half-valid is drawn without the reader saying so.
    await expect(page.getByRole('button', { name: /^Show these/ }).count()).resolves.toBe(0);
    await page.getByRole('button', { name: /Load the 2 rows without errors/ }).click();
    await expect
      .poll(() => page.locator('.import-status').textContent())
      .toMatch(/Ready: 2 events\. 2 rows with errors will be left out/);
    await page.getByRole('button', { name: 'Show these 2 events' }).click();
    await expect
      .poll(() => page.locator('.data-banner').textContent())
      .toMatch(/newsroom\.csv \(2 events\)/);
    await expect(page.getByTestId('filter-summary').textContent()).resolves.toMatch(
      /^2 of 2 events/,
    );
    // The hostile title is shown as text and never runs.
    await page.getByRole('tab', { name: /Event list/ }).click();
    await expect
      .poll(() => page.getByRole('button', { name: '<img src=x onerror=alert(1)>' }).count())
      .toBe(1);
    await page.screenshot({ path: resolve(ARTIFACTS, 'import-loaded.png') });
    // A reload keeps the file until the reader closes it.
    await page.reload();
    await expect.poll(() => page.locator('.data-banner').textContent()).toMatch(/newsroom\.csv/);
    await page.getByRole('button', { name: 'Close your data' }).click();
    await expect
      .poll(() => page.getByTestId('filter-summary').textContent())
      .toMatch(/^101 of 101/);
    await context.close();
  });

  it('tells a ?data= link to a missing file apart from a broken install, and offers the way back', async () => {
    for (const [lang, text, back] of [
      [
        'en',
        /This link asks for data at \S*test-data\/missing\.csv, and there is no file there\./,
        'Back to Frontera’s data',
      ],
      [
        'es',
        /Este enlace pide datos en \S*test-data\/missing\.csv, y no hay ningún archivo ahí\./,
        'Volver a los datos de Frontera',
      ],
    ] as const) {
      const { page, context } = await openPage(h, `?lang=${lang}&data=test-data/missing.csv`);
      const alert = page.getByRole('alert');
      await expect.poll(() => alert.textContent()).toMatch(text);
      expect(await alert.textContent()).not.toContain('npm run data');
      await page.getByRole('button', { name: back }).click();
      await expect
        .poll(() => page.getByTestId('filter-summary').textContent(), { timeout: 20_000 })
        .toMatch(/^101 (of|de) 101/);
      await context.close();
    }
  });

  it('loads ?data= from this site, and refuses another site’s file', async () => {
    const { page, context } = await openPage(h, '?data=test-data/ours.csv');
    await expect
      .poll(() => page.locator('.data-banner').textContent())
      .toMatch(/test-data\/ours\.csv/);
    await expect(page.getByTestId('filter-summary').textContent()).resolves.toMatch(
      /^1 of 1 event\b/,
    );
    const warnings: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'warning') warnings.push(m.text());
    });
    await page.goto(new URL('?data=https://example.com/evil.json', h.baseUrl).href);
    await waitForMap(page);
    await expect(page.getByTestId('filter-summary').textContent()).resolves.toMatch(/^101 of 101/);
    expect(warnings.some((w) => w.includes('data from another site'))).toBe(true);
    await context.close();
  });
});
