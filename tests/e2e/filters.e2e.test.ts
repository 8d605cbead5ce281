/**
 * Filters and shareable URLs in real Chromium: filter by administration, reopen the URL in a new
 * page, step back through history, and survive garbage in the query string.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DatasetSchema } from '../../src/data/schema';
import { ARTIFACTS, type Harness, openPage, ROOT, startHarness, waitForMap } from './harness';

const dataset = DatasetSchema.parse(
  JSON.parse(readFileSync(resolve(ROOT, 'public/data/frontera.json'), 'utf8')),
);
const both = dataset.events.filter(
  (e) => e.admins.us.includes('trump') && e.admins.mx.includes('pena-nieto'),
).length;
const total = dataset.events.length;

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h?.close());

describe('filters and URLs', () => {
  it('filters to Trump + Peña Nieto, shares the URL, and Back undoes the last filter', async () => {
    const { page, context, errors } = await openPage(h);
    await waitForMap(page);
    const summary = page.getByTestId('filter-summary');
    await page.getByRole('button', { name: /^Filters/ }).click();
    await page.getByRole('button', { name: /^Trump \d+ events?$/ }).click();
    await page.getByRole('button', { name: /^Peña Nieto \d+ events?$/ }).click();
    await expect
      .poll(() => summary.textContent())
      .toBe(`${both} of ${total} events · Trump · Peña Nieto`);
    // The list and the timeline show the same filtered set.
    await expect
      .poll(() => page.getByRole('tab', { name: /Event list/ }).textContent())
      .toBe(`Event list (${both})`);
    // The address is written in the task after the frame that shows the filter.
    await expect.poll(() => new URL(page.url()).searchParams.get('mx')).toBe('pena-nieto');
    const url = page.url();
    expect(new URL(url).searchParams.get('us')).toBe('trump');
    await page.screenshot({ path: resolve(ARTIFACTS, 'filters-trump-pena-nieto.png') });

    const second = await context.newPage();
    await second.goto(url);
    await expect
      .poll(() => second.getByTestId('filter-summary').textContent())
      .toBe(`${both} of ${total} events · Trump · Peña Nieto`);

    await page.goBack();
    await expect.poll(() => summary.textContent()).toMatch(/ · Trump$/);
    await expect.poll(() => new URL(page.url()).searchParams.get('mx')).toBeNull();
    await page.goForward();
    await expect.poll(() => summary.textContent()).toMatch(/Trump · Peña Nieto$/);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('search ignores case and accents: "juarez" finds Ciudad Juárez', async () => {
    const { page, context } = await openPage(h);
    await page.getByRole('button', { name: /^Filters/ }).click();
    await page.getByLabel('Search', { exact: true }).fill('juarez');
    await page.getByLabel('Search', { exact: true }).press('Enter');
    const expected = dataset.events.filter((e) =>
      `${e.title} ${e.summary} ${e.actors.join(' ')} ${e.places.map((p) => dataset.places.find((x) => x.id === p)?.name).join(' ')} ${e.quote?.text ?? ''} ${e.quote?.speaker ?? ''}`
        .normalize('NFD')
        .replace(/\p{Diacritic}/gu, '')
        .toLowerCase()
        .includes('juarez'),
    ).length;
    expect(expected).toBeGreaterThan(0);
    await expect
      .poll(() => page.getByTestId('filter-summary').textContent())
      .toBe(`${expected} of ${total} events · “juarez”`);
    await page.getByRole('button', { name: /^Clear all/ }).click();
    await expect
      .poll(() => page.getByTestId('filter-summary').textContent())
      .toBe(`${total} of ${total} events`);
    await context.close();
  });

  it('ignores malformed parameters with a warning instead of failing', async () => {
    const warnings: string[] = [];
    const bad =
      '?view=yesterday..tomorrow&t=2018-02-31&event=%3Cscript%3E&us=nobody&map=999,0,0&cat=gossip&zzz=1';
    const { page, context, errors } = await openPage(h, '');
    page.on('console', (m) => {
      if (m.type() === 'warning') warnings.push(m.text());
    });
    await page.goto(new URL(bad, h.baseUrl).href);
    await waitForMap(page);
    await expect
      .poll(() => page.getByTestId('filter-summary').textContent())
      .toBe(`${total} of ${total} events`);
    expect(errors).toEqual([]);
    expect(warnings.some((w) => w.includes('invalid value for "view"'))).toBe(true);
    expect(warnings.some((w) => w.includes('unknown us filter value'))).toBe(true);
    // The address is cleaned to what is shown, so a shared link carries no junk.
    await expect.poll(() => new URL(page.url()).search).toBe('');
    await context.close();
  });

  it('selecting a row in the event list selects the event everywhere', async () => {
    const { page, context } = await openPage(h);
    await waitForMap(page);
    await page.getByRole('tab', { name: /Event list/ }).click();
    const first = page.locator('button.row-select').first();
    const title = await first.textContent();
    await first.focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.event-card h2').textContent()).toBe(title);
    const id = new URL(page.url()).searchParams.get('event');
    expect(id).toBeTruthy();
    await expect
      .poll(() => page.getByTestId('timeline-marks').getAttribute('data-selected'))
      .toBe(id);
    await context.close();
  });
});
