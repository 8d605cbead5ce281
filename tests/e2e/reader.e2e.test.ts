/**
 * The reader's and presenter's experience, asserted as they would see it: the map gets the
 * room, the home view frames the sites, Play moves time and the map follows, story controls are
 * on screen, and a phone gets a short header, big targets and the card in view after a tap.
 */
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ARTIFACTS,
  drawnSites,
  type Harness,
  openPage,
  probe,
  startHarness,
  waitForMap,
} from './harness';

type Marker = { id: string; x: number; y: number; r: number };

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h?.close());

/** Is the element's centre inside the viewport and the element itself what a click there hits? */
async function onTop(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((sel) => {
    const el = document.querySelector(sel);
    if (!el) return false;
    const r = el.getBoundingClientRect();
    const x = r.left + r.width / 2;
    const y = r.top + r.height / 2;
    if (x < 0 || y < 0 || x > innerWidth || y > innerHeight) return false;
    const hit = document.elementFromPoint(x, y);
    return !!hit && (hit === el || el.contains(hit));
  }, selector);
}

describe('reader and presenter', () => {
  for (const [w, hgt] of [
    [1280, 800],
    [1920, 1080],
  ] as const) {
    it(`gives the map at least 55 % of the height, and shows every site drawn or as an edge chip, at ${w}×${hgt}`, async () => {
      const { page, context } = await openPage(h, '', { width: w, height: hgt });
      await waitForMap(page);
      const map = await page.getByTestId('map').boundingBox();
      if (!map) throw new Error('no map');
      expect(map.height / hgt).toBeGreaterThanOrEqual(0.55);
      const sites = (await probe<Marker[]>(page, 'renderedSites')) ?? [];
      expect(sites.length).toBeGreaterThan(10);
      for (const s of sites) {
        expect(s.x - s.r, s.id).toBeGreaterThanOrEqual(0);
        expect(s.y - s.r, s.id).toBeGreaterThanOrEqual(0);
        expect(s.x + s.r, s.id).toBeLessThanOrEqual(map.width);
        expect(s.y + s.r, s.id).toBeLessThanOrEqual(map.height);
      }
      // The rest are chips on the edge: "Mexico +8" stands for nine sites.
      const drawn = sites.reduce(
        (n, s) => n + (s.id.startsWith('group:') ? s.id.split(',').length : 1),
        0,
      );
      const chips = await page
        .locator('.edge-chip')
        .evaluateAll((els) =>
          els.reduce((n, el) => n + 1 + Number(/\+(\d+)/.exec(el.textContent ?? '')?.[1] ?? 0), 0),
        );
      expect(drawn + chips).toBe((await drawnSites(page)).length);
      // Every lane is visible without an inner scrollbar.
      const clipped = await page.evaluate(() => {
        const c = document.querySelector('.timeline-canvas') as HTMLElement;
        return c.scrollHeight > c.clientHeight + 1;
      });
      expect(clipped).toBe(false);
      await context.close();
    });
  }

  it('Play moves the playhead through the window and the map lights the sites it passes', async () => {
    const { page, context } = await openPage(
      h,
      '?t=2018-09-01',
      { width: 1280, height: 800 },
      {
        reducedMotion: 'no-preference',
      },
    );
    await waitForMap(page);
    const flag = page.locator('.playhead-text');
    const before = await flag.textContent();
    await page.getByRole('combobox', { name: 'Speed' }).selectOption('slow');
    await page.getByRole('button', { name: 'Play', exact: true }).click();
    await expect.poll(() => flag.textContent(), { timeout: 10_000 }).not.toBe(before);
    // Around late November 2018 the Tijuana sites light up on the map's list.
    await expect
      .poll(() => page.locator('.sites-list li.lit').count(), { timeout: 20_000 })
      .toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Pause', exact: true }).click();
    const paused = await flag.textContent();
    await page.waitForTimeout(600);
    await expect(flag.textContent()).resolves.toBe(paused);
    await context.close();
  });

  for (const [w, hgt] of [
    [1280, 800],
    [1920, 1080],
  ] as const) {
    it(`keeps every story control on screen and on top at ${w}×${hgt}`, async () => {
      const { page, context } = await openPage(h, '?story=southern-border-to-mexico-city:1', {
        width: w,
        height: hgt,
      });
      await waitForMap(page);
      for (const name of ['← Back', 'Next →', 'Full screen', 'Leave story']) {
        const id = await page.getByRole('button', { name }).evaluate((b) => {
          b.id ||= `t-${Math.random().toString(36).slice(2)}`;
          return b.id;
        });
        expect(await onTop(page, `#${id}`), name).toBe(true);
      }
      // The app's own chrome steps back while presenting.
      await expect(page.getByRole('button', { name: /^Filters/ }).isVisible()).resolves.toBe(false);
      await page.screenshot({ path: resolve(ARTIFACTS, `story-${w}x${hgt}.png`) });
      await context.close();
    });
  }

  it('on a phone: a short header, 44 px targets, and the card in view after a tap', async () => {
    const { page, context } = await openPage(h, '', { width: 390, height: 844 }, { touch: true });
    await waitForMap(page);
    const header = await page.locator('.app-header').boundingBox();
    expect(header?.height).toBeLessThanOrEqual(120);
    const small = await page.evaluate(() =>
      [...document.querySelectorAll('button, select, input, summary, [role="slider"], a[href]')]
        .filter((el) => {
          const r = el.getBoundingClientRect();
          const style = getComputedStyle(el);
          // Visible and on the page (the skip link waits off-screen until it is focused).
          return (
            r.width > 0 &&
            r.height > 0 &&
            r.right > 0 &&
            r.left < innerWidth &&
            style.visibility !== 'hidden'
          );
        })
        .map((el) => {
          const r = el.getBoundingClientRect();
          return {
            what: (el.textContent || el.getAttribute('aria-label') || el.tagName)
              .trim()
              .slice(0, 30),
            w: Math.round(r.width),
            h: Math.round(r.height),
          };
        })
        .filter((t) => t.w < 44 || t.h < 44),
    );
    expect(small).toEqual([]);
    const box = await page.getByTestId('map').boundingBox();
    const sy = (await drawnSites(page)).find((s) => s.id === 'san-ysidro-poe');
    if (!box || !sy) throw new Error('San Ysidro is not drawn');
    await page.touchscreen.tap(box.x + sy.x, box.y + sy.y);
    const heading = page.getByRole('heading', { name: 'San Ysidro Port of Entry', level: 2 });
    await heading.waitFor();
    await expect
      .poll(async () => {
        const r = await heading.boundingBox();
        return !!r && r.y >= 0 && r.y + r.height <= 844;
      })
      .toBe(true);
    await page.screenshot({ path: resolve(ARTIFACTS, 'phone-after-tap.png') });
    await context.close();
  });
});
