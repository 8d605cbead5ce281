/**
 * A browser without a GPU (this harness's Chromium draws WebGL with SwiftShader, as CI and many
 * virtual desktops do): the map's frames reach the screen through an asynchronous copy
 * (src/views/map/softwarePresent.ts). What the reader sees is what MapLibre drew, before and
 * after a filter; the pointer and the keyboard still reach the map; its focus ring shows.
 * Until its first frame is shown the map draws nothing: the static first frame stands in.
 * With a GPU there is no copy at all.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SOFTWARE_RENDERER } from '../../src/views/map/softwarePresent';
import { guardContext, type Harness, openPage, startHarness, waitForMap } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h?.close());

/** True when this browser draws WebGL on the CPU, by the app's own rule. */
const softwareWebgl = (page: Page) =>
  page.evaluate((pattern) => {
    const gl = document.createElement('canvas').getContext('webgl2');
    if (!gl) return false;
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const name = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return new RegExp(pattern, 'i').test(name);
  }, SOFTWARE_RENDERER.source);

/**
 * The shown copy and MapLibre's own drawing, sampled every 6 px: the mean difference per channel
 * (0–255), how much the copy varies (a blank copy would match nothing), and how many samples
 * changed since the copy kept under `since` (the copy is kept under `keep`).
 */
const compare = (page: Page, keep: string, since?: string) =>
  page.evaluate(
    ([keep, since]) => {
      const gl = document.querySelector<HTMLCanvasElement>('.maplibregl-canvas');
      const shown = document.querySelector<HTMLCanvasElement>('.map-mirror');
      if (!gl || !shown) throw new Error('no map canvas or no copy');
      const read = (draw: (ctx: CanvasRenderingContext2D) => void) => {
        const c = document.createElement('canvas');
        c.width = gl.width;
        c.height = gl.height;
        const ctx = c.getContext('2d');
        if (!ctx) throw new Error('no 2D context');
        draw(ctx);
        return ctx.getImageData(0, 0, c.width, c.height).data;
      };
      const drawn = read((ctx) => ctx.drawImage(gl, 0, 0));
      // The copy holds its rows bottom-up and is shown flipped: flip it back the same way.
      const copy = read((ctx) => {
        ctx.scale(1, -1);
        ctx.drawImage(shown, 0, -gl.height);
      });
      const holder = window as unknown as { __copies?: Record<string, Uint8ClampedArray> };
      const kept = holder.__copies ?? {};
      holder.__copies = kept;
      const earlier = since ? kept[since] : undefined;
      kept[keep] = copy;
      let diff = 0;
      let n = 0;
      let sum = 0;
      let sq = 0;
      let changed = 0;
      for (let y = 0; y < gl.height; y += 6)
        for (let x = 0; x < gl.width; x += 6) {
          const i = (y * gl.width + x) * 4;
          if (earlier && Math.abs((earlier[i] ?? 0) - (copy[i] ?? 0)) > 24) changed++;
          for (let k = 0; k < 3; k++) {
            const v = copy[i + k] ?? 0;
            diff += Math.abs(v - (drawn[i + k] ?? 0));
            sum += v;
            sq += v * v;
            n++;
          }
        }
      const mean = sum / n;
      return { diff: diff / n, spread: Math.sqrt(sq / n - mean * mean), changed };
    },
    [keep, since] as const,
  );

/**
 * What the reader sees over the map's canvas (a screenshot of that box) against what MapLibre
 * drew there, sampled every 6 px: the share of samples that match, and the same share against
 * MapLibre's drawing turned upside down (what a copy shown the wrong way up would give). Cards,
 * chips and the legend drawn over the map account for most of the samples that differ.
 */
async function shownMatch(page: Page) {
  const box = await page.locator('.maplibregl-canvas').boundingBox();
  if (!box) throw new Error('no map canvas');
  const png = await page.screenshot({ clip: box });
  return page.evaluate(async (b64) => {
    const gl = document.querySelector<HTMLCanvasElement>('.maplibregl-canvas');
    if (!gl) throw new Error('no map canvas');
    const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const shot = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const read = (source: CanvasImageSource, flip: boolean) => {
      const c = document.createElement('canvas');
      c.width = gl.width;
      c.height = gl.height;
      const ctx = c.getContext('2d');
      if (!ctx) throw new Error('no 2D context');
      if (flip) ctx.setTransform(1, 0, 0, -1, 0, gl.height);
      ctx.drawImage(source, 0, 0, gl.width, gl.height);
      return ctx.getImageData(0, 0, gl.width, gl.height).data;
    };
    const seen = read(shot, false);
    const share = (drawn: Uint8ClampedArray) => {
      let same = 0;
      let n = 0;
      for (let y = 3; y < gl.height; y += 6)
        for (let x = 3; x < gl.width; x += 6) {
          const i = (y * gl.width + x) * 4;
          let d = 0;
          for (let k = 0; k < 3; k++) d += Math.abs((seen[i + k] ?? 0) - (drawn[i + k] ?? 0));
          if (d < 24) same++;
          n++;
        }
      return same / n;
    };
    return { upright: share(read(gl, false)), upsideDown: share(read(gl, true)) };
  }, png.toString('base64'));
}

describe('the map without a GPU', () => {
  it('shows what MapLibre drew, follows a filter, and still takes the pointer and the keys', async () => {
    const { page, context, errors } = await openPage(h, '?lang=en');
    await waitForMap(page);
    const software = await softwareWebgl(page);
    const layers = await page.evaluate(() => {
      const gl = document.querySelector('.maplibregl-canvas');
      const copy = document.querySelector('.map-mirror');
      const box = (e: Element | null) => {
        const r = e?.getBoundingClientRect();
        return r ? [r.x, r.y, r.width, r.height].map(Math.round) : null;
      };
      return {
        copy: !!copy,
        glOpacity: gl ? getComputedStyle(gl).opacity : null,
        glBox: box(gl),
        copyBox: box(copy),
        copyPointer: copy ? getComputedStyle(copy).pointerEvents : null,
      };
    });
    if (!software) {
      // A GPU composites the map's own canvas: nothing is copied.
      expect(layers.copy).toBe(false);
      expect(layers.glOpacity).toBe('1');
      await context.close();
      return;
    }
    expect(layers).toMatchObject({ copy: true, glOpacity: '0', copyPointer: 'none' });
    expect(layers.copyBox).toEqual(layers.glBox);

    // What is shown is what MapLibre drew (and it is a map, not a blank).
    const before = await compare(page, 'home');
    expect(before.diff).toBeLessThan(1.5);
    expect(before.spread).toBeGreaterThan(10);
    // …and it is on screen the right way up.
    const home = await shownMatch(page);
    expect(home.upright).toBeGreaterThan(0.75);
    expect(home.upright - home.upsideDown).toBeGreaterThan(0.2);

    // A filter redraws the sites: the copy follows, and differs from the frame before.
    await page.getByRole('button', { name: /^Filters/ }).click();
    await page.getByRole('button', { name: /^Trump \d+ events?$/ }).click();
    await page.getByRole('button', { name: 'Done' }).click();
    await expect.poll(() => page.evaluate(() => location.search)).toContain('us=trump');
    await waitForMap(page);
    const after = await compare(page, 'trump', 'home');
    expect(after.diff).toBeLessThan(1.5);
    expect(after.changed).toBeGreaterThan(20);
    expect((await shownMatch(page)).upright).toBeGreaterThan(0.75);

    // The keyboard reaches the map under the copy, and its focus ring is drawn on the copy.
    let focused = false;
    for (let i = 0; i < 60 && !focused; i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(
        () => document.activeElement?.classList.contains('maplibregl-canvas') === true,
      );
    }
    expect(focused).toBe(true);
    const ring = await page.evaluate(() => {
      const s = getComputedStyle(document.querySelector('.map-mirror') as Element);
      return { style: s.outlineStyle, width: s.outlineWidth };
    });
    expect(ring).toEqual({ style: 'solid', width: '3px' });
    const zoom = () =>
      page.evaluate(
        () =>
          (
            window as unknown as { __frontera?: { camera?: () => { zoom: number } } }
          ).__frontera?.camera?.().zoom ?? Number.NaN,
      );
    const z0 = await zoom();
    await page.keyboard.press('Equal');
    await expect.poll(zoom, { timeout: 5_000 }).toBeGreaterThan(z0 + 0.5);
    await waitForMap(page);
    expect((await compare(page, 'zoomed')).diff).toBeLessThan(1.5);

    expect(errors).toEqual([]);
    await context.close();
  });

  it('draws nothing unseen while it loads: one frame, once everything is laid out', async () => {
    const context = await h.browser.newContext({
      viewport: { width: 1280, height: 800 },
      reducedMotion: 'reduce',
    });
    // Which animation frames issued WebGL draw calls before the map said it was on screen.
    await context.addInitScript(() => {
      const record = { frame: 0, drawnIn: new Set<number>() };
      (window as unknown as { __draws: typeof record }).__draws = record;
      const tick = () => {
        record.frame++;
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
      const proto = WebGL2RenderingContext.prototype;
      for (const name of ['drawElements', 'drawArrays'] as const) {
        const draw = proto[name] as (...args: unknown[]) => void;
        proto[name] = function (this: WebGL2RenderingContext, ...args: unknown[]) {
          if (performance.getEntriesByName('frontera:map-ready').length === 0)
            record.drawnIn.add(record.frame);
          return draw.apply(this, args);
        } as never;
      }
    });
    const { page, errors } = await guardContext(context, [new URL(h.baseUrl).origin]);
    await page.goto(new URL('?lang=en', h.baseUrl).href);
    await waitForMap(page);
    const software = await softwareWebgl(page);
    const frames = await page.evaluate(
      () => (window as unknown as { __draws: { drawnIn: Set<number> } }).__draws.drawnIn.size,
    );
    // With a GPU the map draws as it loads; without one, only the frame that is first shown (and,
    // at most, the one that follows it) is drawn before the map is ready.
    expect(frames).toBeGreaterThanOrEqual(1);
    if (software) {
      expect(frames).toBeLessThanOrEqual(2);
      // The frame shown is the whole map: the copy matches what MapLibre drew.
      const shown = await compare(page, 'first');
      expect(shown.diff).toBeLessThan(1.5);
      expect(shown.spread).toBeGreaterThan(10);
    }
    expect(errors).toEqual([]);
    await context.close();
  });
});
