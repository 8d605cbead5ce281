/**
 * The whole graphic in the first frame: before MapLibre is ready the page shows the timeline's
 * marks and a static map with the border and the sites; the switch to MapLibre moves no site by
 * more than 2 px; without WebGL the static map stays, says why, and the rest keeps working.
 */
import { resolve } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, CHROMIUM_FLAGS } from '../../vite.config';
import { ARTIFACTS, guardContext, type Harness, probe, startHarness, waitForMap } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h?.close());

interface StaticSite {
  id: string;
  x: number;
  y: number;
}

/** The static map's sites, in map-area pixels (the SVG fills the area). */
const staticSites = (page: Page) =>
  page.$$eval('[data-testid="static-map"] [data-site]', (groups) =>
    groups.map((g) => {
      const c = g.querySelector('circle');
      return {
        id: g.getAttribute('data-site') ?? '',
        x: Number(c?.getAttribute('cx')),
        y: Number(c?.getAttribute('cy')),
      };
    }),
  );

/** The border as drawn: its box in the page, and the map area's. */
const borderBox = (page: Page) =>
  page.evaluate(() => {
    const border = document.querySelector('[data-testid="static-border"]');
    const area = document.querySelector('.map-area');
    const b = border?.getBoundingClientRect();
    const a = area?.getBoundingClientRect();
    return b && a ? { border: b.toJSON(), area: a.toJSON() } : null;
  });

describe('the first frame', () => {
  it('shows the border and the sites before MapLibre, and MapLibre opens on them', async () => {
    const context = await h.browser.newContext({
      viewport: { width: 1280, height: 800 },
      reducedMotion: 'reduce',
    });
    const { page, errors, requests } = await guardContext(context, [new URL(h.baseUrl).origin]);
    // Hold MapLibre's worker back: whatever the machine's speed, what follows is seen before
    // the live map can be ready.
    let release = () => {};
    const held = new Promise<void>((r) => {
      release = r;
    });
    await page.route(/maplibre-gl-worker/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(h.baseUrl);
    await page.waitForSelector('[data-testid="static-map"][data-sites-drawn]');
    await page.waitForSelector('.timeline [data-marks-drawn]');
    expect(await probe<boolean>(page, 'mapReady')).not.toBe(true);
    const before = await staticSites(page);
    expect(before.length).toBeGreaterThan(5);
    const box = await borderBox(page);
    expect(box).not.toBeNull();
    if (box) {
      // The border is drawn across the map, inside it.
      expect(box.border.width).toBeGreaterThan(100);
      expect(box.border.left).toBeGreaterThanOrEqual(box.area.left - 1);
      expect(box.border.right).toBeLessThanOrEqual(box.area.right + 1);
      expect(box.border.top).toBeGreaterThanOrEqual(box.area.top);
      expect(box.border.bottom).toBeLessThanOrEqual(box.area.bottom);
    }
    // Every site inside the map area.
    const area = box?.area ?? { width: 0, height: 0 };
    for (const s of before) {
      expect(s.x, s.id).toBeGreaterThan(0);
      expect(s.x, s.id).toBeLessThan(area.width);
      expect(s.y, s.id).toBeGreaterThan(0);
      expect(s.y, s.id).toBeLessThan(area.height);
    }
    const staticLabels = await page.$$eval('[data-testid="static-map"] [data-site]', (groups) => {
      const svg = document.querySelector('[data-testid="static-map"]')?.getBoundingClientRect();
      return groups.flatMap((g) => {
        const b = g.querySelector('text')?.getBoundingClientRect();
        return b && svg
          ? [
              {
                id: g.getAttribute('data-site') ?? '',
                x: b.x + b.width / 2 - svg.x,
                y: b.y + b.height / 2 - svg.y,
              },
            ]
          : [];
      });
    });
    expect(staticLabels.length).toBeGreaterThan(3);
    await page.screenshot({ path: resolve(ARTIFACTS, 'first-frame-static.png') });

    release();
    await waitForMap(page);
    const after = (await probe<StaticSite[]>(page, 'sites')) ?? [];
    // Every marker the first frame drew is where the live map draws it (sites far from the
    // border, off the home view, wait for the live map's edge chips).
    const live = new Map(after.map((s) => [s.id, s]));
    for (const s of before) {
      const l = live.get(s.id);
      expect(l, s.id).toBeDefined();
      if (!l) continue;
      expect(Math.abs(l.x - s.x), `${s.id} x`).toBeLessThanOrEqual(2);
      expect(Math.abs(l.y - s.y), `${s.id} y`).toBeLessThanOrEqual(2);
    }
    // Each label of the first frame is beside the same marker, on the same side, as the live
    // map's layout puts it.
    const liveLabels = new Map(
      (
        (await probe<{ id: string; box: { x0: number; y0: number; x1: number; y1: number } }[]>(
          page,
          'mapLabels',
        )) ?? []
      ).map((l) => [l.id, l.box]),
    );
    for (const s of staticLabels) {
      const l = liveLabels.get(s.id);
      expect(l, `${s.id} label`).toBeDefined();
      if (!l) continue;
      expect(Math.abs((l.x0 + l.x1) / 2 - s.x), `${s.id} label x`).toBeLessThanOrEqual(4);
      expect(Math.abs((l.y0 + l.y1) / 2 - s.y), `${s.id} label y`).toBeLessThanOrEqual(4);
    }
    // The built-in data was trusted by its recorded hash: the validator (zod) never loaded.
    expect(requests.filter((u) => /\/assets\/(schema|schemas)-/.test(u))).toEqual([]);
    // By column (src/data/columns.ts), once.
    expect(requests.filter((u) => u.endsWith('/data/frontera.columns.json'))).toHaveLength(1);
    expect(requests.some((u) => u.endsWith('/data/frontera.json'))).toBe(false);
    // The static map has made way for the live one.
    await page.waitForSelector('[data-testid="static-map"]', { state: 'detached' });
    await page.screenshot({ path: resolve(ARTIFACTS, 'first-frame-live.png') });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('without WebGL keeps the static map, says why, and the timeline, list and cards work', async () => {
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [...CHROMIUM_FLAGS, '--disable-webgl', '--disable-webgl2'],
    });
    try {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const { page, errors } = await guardContext(context, [new URL(h.baseUrl).origin]);
      await page.goto(`${h.baseUrl}?t=2018-11-24`);
      const note = page.getByRole('status').filter({ hasText: 'The map is unavailable.' });
      await note.waitFor();
      expect(await note.textContent()).toMatch(/WebGL/);
      expect(await note.textContent()).toMatch(/still picture of the map/);
      await page.waitForSelector('[data-testid="static-map"][data-sites-drawn]');
      expect((await staticSites(page)).length).toBeGreaterThan(5);
      expect(await borderBox(page)).not.toBeNull();
      await page.screenshot({ path: resolve(ARTIFACTS, 'no-webgl-static-map.png') });
      // The timeline: a key on the playhead selects the event under it, and its card opens.
      const handle = page.getByRole('slider', { name: 'Playhead date' });
      await handle.focus();
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('Enter');
      await page.locator('.event-card h2').waitFor({ timeout: 10_000 });
      // The list: its tab opens rows, and a row opens its card.
      await page.getByRole('tab', { name: /^Event list/ }).click();
      const row = page.locator('[data-row] button.row-select').first();
      await row.waitFor({ timeout: 10_000 });
      const title = (await row.textContent()) ?? '';
      await row.click();
      await page.locator('.event-card h2').waitFor({ timeout: 10_000 });
      expect(title.length).toBeGreaterThan(0);
      expect(errors).toEqual([]);
      await context.close();
    } finally {
      await browser.close();
    }
  });
});
