/**
 * The single-file build from file://, as a reader on a train would use it: import a sheet (and a
 * 5 MB one, in the inlined worker), save the view as a page, and open that page from the disk
 * with the network unplugged — the same events, the same view, and whose data it is.
 */
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ARTIFACTS,
  axeViolations,
  drawnSites,
  ensureBuild,
  guardContext,
  type Harness,
  ROOT,
  startHarness,
  waitForMap,
} from './harness';

let h: Harness;
let dir: string;
let single: string;

beforeAll(async () => {
  await ensureBuild();
  h = await startHarness();
  dir = mkdtempSync(join(tmpdir(), 'frontera-saved-'));
  single = join(dir, 'frontera.html');
  copyFileSync(resolve(ROOT, 'dist/frontera-offline.html'), single);
});
afterAll(async () => h?.close());

/** A context that may load nothing but file:, data: and blob: URLs (guardContext enforces it). */
async function offline(): Promise<{ context: BrowserContext; page: Page; requests: string[] }> {
  const context = await h.browser.newContext({
    viewport: { width: 1280, height: 800 },
    reducedMotion: 'reduce',
    acceptDownloads: true,
  });
  await context.route(/^https?:/, (route) => route.abort());
  const { page, requests } = await guardContext(context, []);
  return { context, page, requests };
}

const network = (requests: string[]) => requests.filter((u) => /^https?:/.test(u));

async function importFile(page: Page, name: string, buffer: Buffer) {
  await page.getByRole('button', { name: 'Your data', exact: true }).click();
  await page.getByLabel('Choose a file').setInputFiles({ name, mimeType: 'text/csv', buffer });
  await expect
    .poll(() => page.locator('.import-status').textContent(), { timeout: 60_000 })
    .toMatch(/^Ready: [\d,]+ events\./);
}

describe('the single-file build from file://', () => {
  it('saves the view as a page that opens offline with the same events, view and credit', async () => {
    const { page, context, requests } = await offline();
    await page.goto(pathToFileURL(single).href);
    await waitForMap(page);
    const sheet = readFileSync(resolve(ROOT, 'tests/fixtures/spreadsheets/place-lat-lon.csv'));
    await importFile(page, 'place-lat-lon.csv', sheet);
    await page.getByRole('button', { name: 'Show these 4 events' }).click();
    await page.getByRole('tab', { name: /Event list/ }).click();
    await page.getByRole('button', { name: 'Volunteer water drop' }).click();
    await expect.poll(() => page.url()).toMatch(/event=2023-08-30-volunteer-water-drop/);

    await page.getByRole('button', { name: 'Save as a page' }).click();
    await page.getByLabel('Title shown on the page').fill('Crossings in Arizona');
    await page
      .getByLabel('Whose data is this? (shown on the page)')
      .fill('Border desk, Example Gazette');
    expect(await axeViolations(page)).toEqual([]);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download the page' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('crossings-in-arizona.html');
    const saved = join(dir, download.suggestedFilename());
    await download.saveAs(saved);
    expect(network(requests)).toEqual([]);
    await context.close();

    const html = readFileSync(saved, 'utf8');
    // The data rides as an inert JSON block; the only script that runs is the app's own.
    expect(html.match(/<script type="application\/json" id="frontera-saved-data">/g)).toHaveLength(
      1,
    );
    expect(html).toContain('<title>Crossings in Arizona — Frontera</title>');

    const second = await offline();
    await second.page.goto(pathToFileURL(saved).href);
    await waitForMap(second.page);
    const banner = second.page.locator('.data-banner');
    await expect
      .poll(() => banner.textContent())
      .toMatch(
        /^“Crossings in Arizona”: data from Border desk, Example Gazette \(place-lat-lon\.csv, 4 events\), saved on \d+ \w+ \d{4}\. These events come from that file, not from Frontera’s own dataset\./,
      );
    // The same view: the selected event's card is open.
    await expect
      .poll(() => second.page.locator('.event-card h2').textContent())
      .toBe('Volunteer water drop');
    // The tab names the open event and whose data it is.
    await expect(second.page.title()).resolves.toBe('Volunteer water drop — Crossings in Arizona');
    await expect
      .poll(async () => (await drawnSites(second.page)).map((s) => s.id).sort(), {
        timeout: 15_000,
      })
      .toEqual(['el-paso', 'nogales', 'yuma']);
    await second.page.getByRole('tab', { name: /Event list/ }).click();
    // The list loads when its tab first opens.
    await expect
      .poll(() => second.page.locator('.list-row .row-select').allTextContents())
      .toEqual([
        'Council hearing on border lighting',
        'Forum on crossing wait times',
        'Shelter adds beds',
        'Volunteer water drop',
      ]);
    await second.page.screenshot({ path: resolve(ARTIFACTS, 'saved-page-offline.png') });
    expect(network(second.requests)).toEqual([]);
    await second.context.close();
  });

  it('imports a 5 MB CSV in the inlined worker, and records the long tasks while it parses', async () => {
    const { page, context, requests } = await offline();
    // Long tasks from the moment the page has the file (the "change" event): handing a file
    // to the page is the browser's work, not the app's.
    await page.addInitScript(() => {
      const w = window as unknown as { __tasks: [number, number][]; __changed: number };
      w.__tasks = [];
      w.__changed = Number.POSITIVE_INFINITY;
      document.addEventListener(
        'change',
        () => {
          w.__changed = performance.now();
        },
        true,
      );
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.__tasks.push([e.startTime, e.duration]);
      }).observe({ type: 'longtask', buffered: true });
    });
    await page.goto(pathToFileURL(single).href);
    await waitForMap(page);
    const row = (i: number) =>
      `Event number ${i} at the border,${2016 + (i % 8)}-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')},policy,El Paso,"A summary long enough to make the file large, row ${i}; it says nothing else at all, and repeats."\n`;
    let csv = 'title,date,category,places,summary\n';
    let rows = 0;
    while (csv.length < 5_000_000) csv += row(rows++);
    // Chosen from the disk, as a reader does (a file sent through the test driver is copied
    // into the page on its main thread).
    const big = join(dir, 'big.csv');
    writeFileSync(big, csv);
    const t0 = Date.now();
    await page.getByRole('button', { name: 'Your data', exact: true }).click();
    await page.getByLabel('Choose a file').setInputFiles(big);
    await expect
      .poll(() => page.locator('.import-status').textContent(), { timeout: 90_000 })
      .toMatch(/^Ready: [\d,]+ events\./);
    const seconds = (Date.now() - t0) / 1000;
    expect(await page.locator('.import-status').textContent()).toBe(
      `Ready: ${rows.toLocaleString('en-GB')} events.`,
    );
    const tasks = await page.evaluate(() => {
      const w = window as unknown as { __tasks: [number, number][]; __changed: number };
      return w.__tasks.filter(([start]) => start >= w.__changed).map(([, d]) => Math.round(d));
    });
    const report = {
      bytes: csv.length,
      rows,
      seconds,
      longTasksAfterChange: tasks,
      longestMs: Math.max(0, ...tasks),
      chromium: h.browser.version(),
    };
    writeFileSync(resolve(ARTIFACTS, 'import-5mb-longtasks.json'), JSON.stringify(report, null, 2));
    console.log('[import 5 MB from file://]', JSON.stringify(report));
    expect(network(requests)).toEqual([]);
    await context.close();
  });
});
