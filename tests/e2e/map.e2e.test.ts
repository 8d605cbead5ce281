/**
 * The map a reader can trust, at 1280×800, 1920×1080 and a 390×844 phone: the home view frames
 * every border site with its markers at least 40 px apart; each marker MapLibre rendered (read
 * back from its own features, spread positions included) opens its own site when clicked at its
 * centre, and the label nearest it (read back from MapLibre's own label hit tests) is its own;
 * labels stay inside the map; a click never moves the map; distant sites are a chip away.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DatasetSchema } from '../../src/data/schema';
import { isBorderSite } from '../../src/domain/borderFrame';
import { PALETTES } from '../../src/ui/palette';
import {
  ARTIFACTS,
  guardContext,
  type Harness,
  openPage,
  probe,
  ROOT,
  startHarness,
  waitForMap,
} from './harness';

const dataset = DatasetSchema.parse(
  JSON.parse(readFileSync(resolve(ROOT, 'public/data/frontera.json'), 'utf8')),
);
const withEvents = new Set(dataset.events.flatMap((e) => e.places));
const borderSites = dataset.places.filter((p) => withEvents.has(p.id) && isBorderSite(p));
const names = new Map(dataset.places.map((p) => [p.id, p.name]));

type Marker = { id: string; x: number; y: number; r: number };
type LabelBox = { id: string; x0: number; y0: number; x1: number; y1: number };
type Camera = { lon: number; lat: number; zoom: number };

const distanceToBox = (x: number, y: number, b: LabelBox) =>
  Math.hypot(Math.max(b.x0 - x, 0, x - b.x1), Math.max(b.y0 - y, 0, y - b.y1));

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h?.close());

/** What a click at this point of the page hits: the map's canvas, or what covers it. */
const hitAt = (page: Page, x: number, y: number) =>
  page.evaluate(
    ([px, py]) => {
      const el = document.elementFromPoint(px as number, py as number);
      return el?.classList.contains('maplibregl-canvas')
        ? 'canvas'
        : (el?.outerHTML.slice(0, 80) ?? 'nothing');
    },
    [x, y],
  );

const SIZES = [
  { width: 1280, height: 800, touch: false },
  { width: 1920, height: 1080, touch: false },
  { width: 390, height: 844, touch: true },
] as const;

describe('the map a reader can trust', () => {
  for (const size of SIZES) {
    it(`frames the border, and every click lands on the site it shows, at ${size.width}×${size.height}`, async () => {
      const { page, context, errors } = await openPage(
        h,
        '?lang=en',
        { width: size.width, height: size.height },
        { reducedMotion: 'reduce', touch: size.touch },
      );
      await waitForMap(page);
      const box = await page.getByTestId('map').boundingBox();
      if (!box) throw new Error('no map');
      const markers = (await probe<Marker[]>(page, 'renderedSites')) ?? [];

      // Every border site is drawn inside the map, alone or in a group drawn as one.
      const drawnIds = new Set(markers.flatMap((m) => m.id.replace(/^group:/, '').split(',')));
      for (const p of borderSites) expect(drawnIds.has(p.id), p.id).toBe(true);
      for (const m of markers) {
        expect(m.x - m.r, m.id).toBeGreaterThanOrEqual(0);
        expect(m.y - m.r, m.id).toBeGreaterThanOrEqual(0);
        expect(m.x + m.r, m.id).toBeLessThanOrEqual(box.width);
        expect(m.y + m.r, m.id).toBeLessThanOrEqual(box.height);
      }
      // At least 40 px between any two markers' centres.
      for (const a of markers)
        for (const b of markers)
          if (a.id < b.id)
            expect(Math.hypot(a.x - b.x, a.y - b.y), `${a.id} – ${b.id}`).toBeGreaterThanOrEqual(
              40 - 0.5,
            );

      // Labels as MapLibre drew them: inside the map, and the nearest to each marker is its own.
      const labels = (await probe<LabelBox[]>(page, 'renderedLabels')) ?? [];
      expect(labels.length).toBeGreaterThanOrEqual(Math.min(6, borderSites.length));
      for (const l of labels) {
        expect(l.x0, l.id).toBeGreaterThanOrEqual(0);
        expect(l.y0, l.id).toBeGreaterThanOrEqual(0);
        expect(l.x1, l.id).toBeLessThanOrEqual(box.width);
        expect(l.y1, l.id).toBeLessThanOrEqual(box.height);
      }
      const labelled = markers.filter((m) => labels.some((l) => l.id === m.id));
      if (size.width >= 1280) expect(labelled.length).toBeGreaterThanOrEqual(borderSites.length);
      for (const m of labelled) {
        const nearest = [...labels].sort(
          (a, b) => distanceToBox(m.x, m.y, a) - distanceToBox(m.x, m.y, b),
        )[0];
        expect(nearest?.id, `label nearest ${m.id}`).toBe(m.id);
      }

      // A click (or tap) at the centre of each marker opens that site; the map never moves.
      const camera = await probe<Camera>(page, 'camera');
      for (const m of markers.filter((x) => !x.id.startsWith('group:'))) {
        // On a phone the opened card scrolls into view below the map: back up to the map.
        await page.evaluate(() => window.scrollTo(0, 0));
        const at = await page.getByTestId('map').boundingBox();
        if (!at) throw new Error('no map');
        const x = at.x + m.x;
        const y = at.y + m.y;
        expect(await hitAt(page, x, y), `${m.id} is covered`).toBe('canvas');
        if (size.touch) await page.touchscreen.tap(x, y);
        else await page.mouse.click(x, y);
        await expect
          .poll(() => new URL(page.url()).searchParams.get('site'), { timeout: 5_000 })
          .toBe(m.id);
        await page
          .getByRole('heading', { name: names.get(m.id) ?? m.id, level: 2 })
          .waitFor({ timeout: 5_000 });
        const after = await probe<Camera>(page, 'camera');
        expect(after?.lon, `${m.id} moved the map`).toBeCloseTo(camera?.lon ?? Number.NaN, 6);
        expect(after?.lat).toBeCloseTo(camera?.lat ?? Number.NaN, 6);
        expect(after?.zoom).toBeCloseTo(camera?.zoom ?? Number.NaN, 6);
      }
      await page.screenshot({
        path: resolve(ARTIFACTS, `map-clicked-${size.width}x${size.height}.png`),
      });
      expect(errors).toEqual([]);
      await context.close();
    });
  }

  it('shows distant sites as chips on the edge, one click from them, and frames them after the click', async () => {
    const { page, context } = await openPage(h, '?lang=en', { width: 1280, height: 800 });
    await waitForMap(page);
    const before = await probe<Camera>(page, 'camera');
    // Washington is far east of the border: a chip on the right edge names it.
    const chip = page.getByRole('button', { name: /^White House: off the map to the east/ });
    await chip.waitFor();
    const map = await page.getByTestId('map').boundingBox();
    const chipBox = await chip.boundingBox();
    if (!map || !chipBox) throw new Error('no chip');
    expect(chipBox.x + chipBox.width).toBeGreaterThan(map.x + map.width - 60);
    await chip.click();
    await page.getByRole('heading', { name: 'White House', level: 2 }).waitFor();
    // Off-screen, so the map moved to show it (a jump here: the test runs with reduced motion).
    await expect.poll(async () => (await probe<Camera>(page, 'camera'))?.lon).not.toBe(before?.lon);
    await expect
      .poll(async () =>
        ((await probe<Marker[]>(page, 'renderedSites')) ?? []).some((m) => m.id === 'white-house'),
      )
      .toBe(true);
    // Home brings the border back.
    await page.getByRole('button', { name: 'Show the whole border' }).click();
    await expect
      .poll(async () => (await probe<Camera>(page, 'camera'))?.zoom)
      .toBeCloseTo(before?.zoom ?? 0, 3);
    await context.close();
  });
});

describe('coasts and borders as close as the reader looks', () => {
  /** Opens the page with its basemap requests timed (worker requests included). */
  async function openTimed(query: string) {
    const context = await h.browser.newContext({
      viewport: { width: 1280, height: 800 },
      reducedMotion: 'reduce',
    });
    const started = new Map<string, number>();
    context.on('request', (r) => {
      const file = new URL(r.url()).pathname.split('/').pop() ?? '';
      if (file.endsWith('.geojson') && !started.has(file)) started.set(file, Date.now());
    });
    const { page, errors } = await guardContext(context, [new URL(h.baseUrl).origin]);
    await page.goto(new URL(query, h.baseUrl).href);
    await waitForMap(page);
    // When the map was first shown, on the same clock as the requests.
    const readyAt = await page.evaluate(
      () =>
        performance.timeOrigin +
        (performance.getEntriesByName('frontera:map-ready')[0]?.startTime ?? Number.NaN),
    );
    return { context, page, errors, started, readyAt };
  }
  const basemap = (page: Page) => probe<string[]>(page, 'renderedBasemap');
  /** The land the reader sees is the overview's or the detail's, never both. */
  async function expectLandFrom(page: Page, layer: 'land' | 'land-detail') {
    const drawn = await basemap(page);
    expect(drawn).toContain(layer);
    expect(drawn).not.toContain(layer === 'land' ? 'land-detail' : 'land');
    return drawn;
  }
  const zoom = (page: Page) => probe<Camera>(page, 'camera').then((c) => c?.zoom ?? Number.NaN);

  it('opens on the overview, brings the detail once the map is shown, and draws it from zoom 5 in', async () => {
    const { context, page, errors, started, readyAt } = await openTimed('?lang=en');
    const home = await zoom(page);
    expect(home).toBeLessThan(4.5);
    // The home view is drawn from the overview (the static first frame's coasts and borders)…
    await expectLandFrom(page, 'land');
    expect(started.get('overview.geojson')).toBeLessThan(readyAt);
    // …and the detail is asked for only after the map is on screen.
    await expect.poll(() => started.has('detail.geojson'), { timeout: 10_000 }).toBe(true);
    expect(started.get('detail.geojson')).toBeGreaterThan(readyAt);

    // Zoomed in past 5 with the keyboard: the detail's coasts, not the overview's.
    await page.focus('.maplibregl-canvas');
    for (let i = 0; i < 6 && (await zoom(page)) < 5.5; i++) {
      const before = await zoom(page);
      await page.keyboard.press('Equal');
      await expect.poll(() => zoom(page)).toBeGreaterThan(before + 0.5);
    }
    expect(await zoom(page)).toBeGreaterThan(5.5);
    await waitForMap(page);
    expect(await expectLandFrom(page, 'land-detail')).not.toContain('borders');

    // Back out: the overview again.
    for (let i = 0; i < 6 && (await zoom(page)) > home + 0.1; i++) {
      const before = await zoom(page);
      await page.keyboard.press('Minus');
      await expect.poll(() => zoom(page)).toBeLessThan(before - 0.5);
    }
    expect(await zoom(page)).toBeLessThan(4.5);
    await waitForMap(page);
    await expectLandFrom(page, 'land');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows the detail as soon as the map is shown, for a link that opens close in', async () => {
    // San Ysidro at zoom 8, as a shared link opens it.
    const { context, page, errors, started, readyAt } = await openTimed(
      '?lang=en&map=-117.03,32.54,8',
    );
    expect(await zoom(page)).toBeCloseTo(8, 1);
    expect(started.get('detail.geojson')).toBeLessThan(readyAt);
    await expectLandFrom(page, 'land-detail');

    // A theme switch rebuilds the style: the detail comes back with it, still close in.
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(() => probe<boolean>(page, 'mapReady')).toBe(false);
    await waitForMap(page);
    await expectLandFrom(page, 'land-detail');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('never shows the land missing when a phone zooms in fast once the detail has taken over', async () => {
    const { context, page, errors, requests } = await openPage(
      h,
      '?lang=en',
      { width: 390, height: 844 },
      { reducedMotion: 'reduce', touch: true },
    );
    await waitForMap(page);
    expect(await zoom(page)).toBeLessThan(4);
    // The detail arrives after the map is shown, and the overview hands it zoom 5 and closer.
    await expect
      .poll(() => requests.some((u) => u.endsWith('/basemap/detail.geojson')), { timeout: 10_000 })
      .toBe(true);
    await page.waitForTimeout(1500);
    /** Share of the shown map (sampled) painted in the water's colour. */
    const waterShare = () =>
      page.evaluate((hex) => {
        const shown =
          document.querySelector<HTMLCanvasElement>('.map-mirror') ??
          document.querySelector<HTMLCanvasElement>('.maplibregl-canvas');
        if (!shown) throw new Error('no map canvas');
        const c = document.createElement('canvas');
        c.width = shown.width;
        c.height = shown.height;
        const ctx = c.getContext('2d');
        if (!ctx) throw new Error('no 2D context');
        ctx.drawImage(shown, 0, 0);
        const d = ctx.getImageData(0, 0, c.width, c.height).data;
        const rgb = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));
        let water = 0;
        let n = 0;
        for (let i = 0; i < d.length; i += 4 * 97) {
          n++;
          if (rgb.every((v, k) => Math.abs((d[i + k] ?? 0) - v) < 6)) water++;
        }
        return water / n;
      }, PALETTES.light.map.water);
    // Four steps in at once, over inland Mexico: land everywhere at zoom 7.4.
    await page.focus('.maplibregl-canvas');
    for (let i = 0; i < 4; i++) await page.keyboard.press('Equal');
    const shares: number[] = [];
    for (let i = 0; i < 20; i++) {
      shares.push(await waterShare());
      await page.waitForTimeout(50);
    }
    await expect.poll(() => zoom(page)).toBeGreaterThan(7);
    // While the new tiles load the map shows the ones it has; none of the frames is water alone.
    expect(Math.max(...shares)).toBeLessThan(0.5);
    expect(errors).toEqual([]);
    await context.close();
  });
});
