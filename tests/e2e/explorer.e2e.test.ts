/**
 * Reader journeys in real Chromium against the production build: the map offline, a real click
 * on a marker, scrubbing the playhead, phone width, and a browser without WebGL.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DatasetSchema } from '../../src/data/schema';
import { PALETTES } from '../../src/ui/palette';
import { CHROMIUM_FLAGS } from '../../vite.config';
import {
  ARTIFACTS,
  drawnMarks,
  drawnSites,
  guardContext,
  type Harness,
  openPage,
  ROOT,
  ringShare,
  startHarness,
  waitForMap,
} from './harness';

const dataset = DatasetSchema.parse(
  JSON.parse(readFileSync(resolve(ROOT, 'public/data/frontera.json'), 'utf8')),
);
const SAN_YSIDRO = dataset.places.find((p) => p.id === 'san-ysidro-poe');
const eventsAt = (id: string) => dataset.events.filter((e) => e.places.includes(id));

let h: Harness;
beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  h = await startHarness();
});
afterAll(async () => h?.close());

const foreignRequests = (requests: string[]) =>
  requests.filter(
    (u) => !u.startsWith(h.baseUrl) && !u.startsWith('data:') && !u.startsWith('blob:'),
  );

/** x pixel of an instant on the timeline, interpolated between two labelled year ticks. */
async function xOfDate(page: Page, year: number, fraction: number): Promise<number> {
  const tick = async (label: string) => {
    const box = await page
      .locator('.timeline-axis .tick', { hasText: new RegExp(`^${label}$`) })
      .first()
      .boundingBox();
    if (!box) throw new Error(`no tick ${label}`);
    return box.x + box.width / 2;
  };
  const a = await tick(String(year));
  const b = await tick(String(year + 1));
  return a + (b - a) * fraction;
}

describe('explorer in Chromium', () => {
  it('draws the map with no request to any host but the app’s', async () => {
    const { page, requests, errors, context } = await openPage(h);
    await waitForMap(page);
    await expect(page.getByTestId('filter-summary').textContent()).resolves.toContain(
      `${dataset.events.length} of ${dataset.events.length} events`,
    );
    expect(foreignRequests(requests)).toEqual([]);
    expect(requests.some((u) => u.includes('basemap/overview.geojson'))).toBe(true);
    expect(requests.some((u) => u.includes('noto-sans-latin-400'))).toBe(true);
    expect(errors).toEqual([]);
    await page.screenshot({ path: resolve(ARTIFACTS, 'desktop-1280x800.png') });
    await context.close();
  });

  it('selects San Ysidro, not Tijuana, with a click at the zoom where the two nearly touch', async () => {
    if (!SAN_YSIDRO) throw new Error('San Ysidro missing from the gazetteer');
    // At zoom 7 the port of entry and Tijuana's centre are about 3 px apart on their true spots.
    const { page, errors, context } = await openPage(
      h,
      `?map=${SAN_YSIDRO.lon},${SAN_YSIDRO.lat},7`,
    );
    await waitForMap(page);
    const box = await page.getByTestId('map').boundingBox();
    if (!box) throw new Error('no map box');
    const sites = await drawnSites(page);
    const sy = sites.find((s) => s.id === 'san-ysidro-poe');
    const tj = sites.find((s) => s.id === 'tijuana');
    if (!sy || !tj) throw new Error(`San Ysidro or Tijuana not drawn: ${JSON.stringify(sites)}`);
    // Drawn apart, so each can be clicked on its own.
    expect(Math.hypot(sy.x - tj.x, sy.y - tj.y)).toBeGreaterThanOrEqual(sy.r + tj.r);
    await page.mouse.move(box.x + sy.x, box.y + sy.y);
    await page.mouse.click(box.x + sy.x, box.y + sy.y);
    await page
      .getByRole('heading', { name: 'San Ysidro Port of Entry', level: 2 })
      .waitFor({ timeout: 10_000 });
    const items = page.locator('.place-events li');
    await expect(items.count()).resolves.toBe(eventsAt('san-ysidro-poe').length);
    await expect.poll(() => new URL(page.url()).searchParams.get('site')).toBe('san-ysidro-poe');
    // The timeline highlights exactly the site's events among those it draws.
    const here = new Set(eventsAt('san-ysidro-poe').map((e) => e.id));
    const lit = async () => {
      const marks = await drawnMarks(page);
      return {
        highlighted: marks.filter((m) => m.hl).map((m) => m.id),
        atSite: marks.filter((m) => here.has(m.id)).map((m) => m.id),
      };
    };
    await expect.poll(async () => (await lit()).highlighted.length).toBeGreaterThan(0);
    const { highlighted, atSite } = await lit();
    expect(highlighted).toEqual(atSite);
    expect(errors).toEqual([]);
    await page.screenshot({ path: resolve(ARTIFACTS, 'san-ysidro-selected.png') });
    await context.close();
  });

  it('reaches San Ysidro’s events in one click from the home view', async () => {
    const { page, context } = await openPage(h);
    await waitForMap(page);
    const box = await page.getByTestId('map').boundingBox();
    const sy = (await drawnSites(page)).find((s) => s.id === 'san-ysidro-poe');
    if (!box || !sy) throw new Error('San Ysidro is not drawn on the home view');
    // Inside the map, clear of its edges: the home view frames the border sites.
    expect(sy.x).toBeGreaterThan(sy.r);
    expect(sy.y).toBeGreaterThan(sy.r);
    expect(sy.x).toBeLessThan(box.width - sy.r);
    expect(sy.y).toBeLessThan(box.height - sy.r);
    await page.mouse.click(box.x + sy.x, box.y + sy.y);
    await page
      .getByRole('heading', { name: 'San Ysidro Port of Entry', level: 2 })
      .waitFor({ timeout: 10_000 });
    await context.close();
  });

  it('scrubbing to November 2018 lights up Tijuana and San Ysidro', async () => {
    const { page, context } = await openPage(h, '?t=2016-06-01');
    await waitForMap(page);
    const lit = PALETTES.light.map.lit;
    const before = await ringShare(page, 'tijuana', lit);
    const handle = page.getByRole('slider', { name: 'Playhead date' });
    const hb = await handle.boundingBox();
    if (!hb) throw new Error('no playhead');
    const target = await xOfDate(
      page,
      2018,
      (31 + 28 + 31 + 30 + 31 + 30 + 31 + 31 + 30 + 31 + 24) / 365,
    );
    await page.mouse.move(hb.x + hb.width / 2, hb.y + hb.height / 2);
    await page.mouse.down();
    for (let i = 1; i <= 10; i++)
      await page.mouse.move(hb.x + ((target - hb.x) * i) / 10, hb.y + hb.height / 2);
    await page.mouse.up();
    await expect(handle.getAttribute('aria-valuetext')).resolves.toMatch(/November 2018/);
    const names = await page.locator('.sites-list li.lit').allTextContents();
    expect(names.join(' ')).toMatch(/Tijuana/);
    expect(names.join(' ')).toMatch(/San Ysidro/);
    // On the map itself: a halo in the lit colour now rings Tijuana's marker.
    expect(before).toBeLessThan(0.2);
    await expect
      .poll(() => ringShare(page, 'tijuana', lit), { timeout: 5_000 })
      .toBeGreaterThan(0.5);
    await page.screenshot({ path: resolve(ARTIFACTS, 'scrub-nov-2018.png') });
    await context.close();
  });

  it('steps the playhead by keyboard and opens the event under it', async () => {
    const { page, context } = await openPage(h, '?t=2018-11-24');
    await waitForMap(page);
    const handle = page.getByRole('slider', { name: 'Playhead date' });
    await handle.focus();
    await page.keyboard.press('ArrowRight');
    await expect(handle.getAttribute('aria-valuetext')).resolves.toMatch(/^25 November 2018/);
    await page.keyboard.press('Enter');
    await page.locator('.event-card h2').waitFor({ timeout: 10_000 });
    await expect.poll(() => new URL(page.url()).searchParams.get('event')).toMatch(/^2018-11-25/);
    await context.close();
  });

  it('works at phone width: stacked, every part reachable', async () => {
    const { page, errors, context } = await openPage(h, '?site=tijuana', {
      width: 390,
      height: 844,
    });
    await waitForMap(page);
    await page.getByRole('heading', { name: 'Tijuana', level: 2 }).waitFor({ timeout: 10_000 });
    await expect(page.getByRole('slider', { name: 'Playhead date' }).isVisible()).resolves.toBe(
      true,
    );
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    expect(errors).toEqual([]);
    await page.screenshot({ path: resolve(ARTIFACTS, 'phone-390x844.png'), fullPage: true });
    await context.close();
  });

  it('without WebGL the map says why it is empty and the timeline and card still work', async () => {
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [...CHROMIUM_FLAGS, '--disable-webgl', '--disable-webgl2'],
    });
    try {
      const context = await browser.newContext();
      const { page, errors } = await guardContext(context, [new URL(h.baseUrl).origin]);
      await page.goto(`${h.baseUrl}?t=2018-11-24`);
      await page.getByText('The map is unavailable.').waitFor();
      const handle = page.getByRole('slider', { name: 'Playhead date' });
      await handle.focus();
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('Enter');
      await page.locator('.event-card h2').waitFor({ timeout: 10_000 });
      expect(errors).toEqual([]);
      await context.close();
    } finally {
      await browser.close();
    }
  });
});
