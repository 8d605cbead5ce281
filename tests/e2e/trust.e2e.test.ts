/**
 * The chrome around the map and timeline never misleads or hides: close buttons on top of what
 * covers them, focus back where the reader was, a header with nothing cut, a Play button that
 * does not push its neighbours, the filters' rule in words, an offer to show filtered events
 * beyond the view, and one playhead rule for the map, the timeline, the flag and the card.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DatasetSchema } from '../../src/data/schema';
import { type Harness, openPage, probe, ROOT, startHarness, waitForMap } from './harness';

const dataset = DatasetSchema.parse(
  JSON.parse(readFileSync(resolve(ROOT, 'public/data/frontera.json'), 'utf8')),
);

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h?.close());

/** Is what a click at the element's centre hits the element itself (or inside it)? */
const onTop = (page: Page, selector: string) =>
  page.evaluate((sel) => {
    const el = document.querySelector(sel);
    if (!el) return 'missing';
    const r = el.getBoundingClientRect();
    const x = r.left + r.width / 2;
    const y = r.top + r.height / 2;
    if (x < 0 || y < 0 || x > innerWidth || y > innerHeight) return 'off-screen';
    const hit = document.elementFromPoint(x, y);
    return hit && (hit === el || el.contains(hit))
      ? 'on top'
      : `under ${hit?.outerHTML.slice(0, 60)}`;
  }, selector);

/** Header elements a reader can see whose text is wider than their box. */
const clippedInHeader = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.app-header, .app-header *')]
      .filter((el) => {
        const r = el.getBoundingClientRect();
        if (r.width === 0 || r.height === 0 || !el.textContent?.trim()) return false;
        // Shown: what a click at its centre hits is the element or inside it.
        const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
        const seen = !!hit && (hit === el || el.contains(hit));
        return seen && el.scrollWidth > el.clientWidth + 0.5;
      })
      .map((el) => `${el.className || el.tagName}: "${el.textContent?.slice(0, 40)}"`),
  );

const SIZES = [
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
  { width: 390, height: 844 },
] as const;

describe('chrome that never hides content', () => {
  for (const size of SIZES) {
    it(`keeps the site card's × on top, and returns focus to what opened it, at ${size.width}×${size.height}`, async () => {
      const phone = size.width < 900;
      const { page, context } = await openPage(h, '?lang=en', size, {
        reducedMotion: 'reduce',
        touch: phone,
      });
      await waitForMap(page);
      // Opened from the sites list: focus comes back to that button.
      if (phone) await page.locator('.sites-list summary').click();
      const item = page.locator('.sites-list button', { hasText: 'San Ysidro Port of Entry' });
      await item.click();
      await page.getByRole('heading', { name: 'San Ysidro Port of Entry', level: 2 }).waitFor();
      expect(await onTop(page, '.place-panel .card-close')).toBe('on top');
      if (!phone) {
        // Scrolled down its list, the × still rides below the tabs, not under them.
        await page.locator('.side-panel').evaluate((el) => el.scrollBy(0, 400));
        expect(await onTop(page, '.place-panel .card-close')).toBe('on top');
      }
      await page.locator('.place-panel .card-close').click();
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.textContent ?? ''))
        .toContain('San Ysidro Port of Entry');

      // Opened from a deep link: the × is in view and on top.
      await page.goto(new URL('?lang=en&site=san-ysidro-poe', h.baseUrl).href);
      await page.getByRole('heading', { name: 'San Ysidro Port of Entry', level: 2 }).waitFor();
      expect(await onTop(page, '.place-panel .card-close')).toBe('on top');
      // Esc closes it too, and focus never falls to the page's body.
      await page.locator('.place-panel .card-close').focus();
      await page.keyboard.press('Escape');
      await page.getByRole('heading', { name: 'San Ysidro Port of Entry', level: 2 }).waitFor({
        state: 'detached',
      });
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.tagName))
        .not.toBe('BODY');
      await context.close();
    });

    for (const lang of ['en', 'es'] as const)
      it(`cuts no text in the header, with or without filters, at ${size.width}×${size.height} (${lang})`, async () => {
        for (const query of ['', '&us=obama&mx=pena-nieto']) {
          const { page, context } = await openPage(h, `?lang=${lang}${query}`, size);
          await waitForMap(page);
          expect(await clippedInHeader(page), query).toEqual([]);
          // Nor does the header push the page sideways.
          const page_ = await page.evaluate(() => ({
            scroll: document.documentElement.scrollWidth,
            width: document.documentElement.clientWidth,
          }));
          expect(page_.scroll).toBeLessThanOrEqual(page_.width);
          // The count itself is always there, whole.
          const count = await page.locator('[data-testid="filter-summary"] strong').textContent();
          if (query) expect(count).toMatch(/^22 (of|de) 101 (events|eventos)$/);
          await context.close();
        }
      });
  }

  it('returns focus to the map when a marker click opened the card', async () => {
    const { page, context } = await openPage(h, '?lang=en');
    await waitForMap(page);
    const box = await page.getByTestId('map').boundingBox();
    const sy = (
      (await probe<{ id: string; x: number; y: number }[]>(page, 'renderedSites')) ?? []
    ).find((s) => s.id === 'san-ysidro-poe');
    if (!box || !sy) throw new Error('San Ysidro not drawn');
    await page.mouse.click(box.x + sy.x, box.y + sy.y);
    await page.getByRole('heading', { name: 'San Ysidro Port of Entry', level: 2 }).waitFor();
    await page.locator('.place-panel .card-close').click();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.className ?? ''))
      .toContain('maplibregl-canvas');
    await context.close();
  });

  it('keeps Play and Pause one width, so nothing beside them moves', async () => {
    const { page, context } = await openPage(h, '?lang=es');
    await waitForMap(page);
    const play = page.locator('.play-button');
    const next = page.locator('.play-controls select');
    const before = { play: await play.boundingBox(), next: await next.boundingBox() };
    await play.click();
    await page.getByRole('button', { name: 'Pausa', exact: true }).waitFor();
    const after = { play: await play.boundingBox(), next: await next.boundingBox() };
    await page.getByRole('button', { name: 'Pausa', exact: true }).click();
    expect(after.play?.width).toBeCloseTo(before.play?.width ?? 0, 1);
    expect(after.next?.x).toBeCloseTo(before.next?.x ?? 0, 1);
    await context.close();
  });
});

describe('filters that say what they do, and one playhead rule', () => {
  it('states the overlap rule with the term’s dates', async () => {
    const { page, context } = await openPage(h, '?lang=en&us=trump');
    await waitForMap(page);
    await page.getByRole('button', { name: /^Filters/ }).click();
    await page.getByText('Trump: events overlapping 20 Jan 2017 – 19 Jan 2021').waitFor();
    await context.close();
  });

  it('offers to show filtered events beyond the view; then the flag, the card, the timeline and the map agree', async () => {
    const { page, context } = await openPage(h, '?lang=en&us=obama&mx=pena-nieto');
    await waitForMap(page);
    const offer = page.locator('.reframe-offer');
    await expect(offer.textContent()).resolves.toMatch(
      /\d+ of 22 filtered events are outside this view/,
    );
    await offer.getByRole('button').click();
    await offer.waitFor({ state: 'detached' });
    // The view now starts in the 1990s (the El Paso Sector span overlaps both terms).
    await expect.poll(() => new URL(page.url()).searchParams.get('view') ?? '').toMatch(/^199\d/);
    // The playhead followed onto the nearest of them: something is dated near it.
    const flag = (await page.locator('.playhead-text').textContent()) ?? '';
    const atFlag = Number(/· (\d+) events?/.exec(flag)?.[1]);
    const card = (await page.locator('.at-playhead-date').textContent()) ?? '';
    const marks = await probe<{ at: string[]; ongoing: string[] }>(page, 'playheadMarks');
    expect(atFlag).toBeGreaterThan(0);
    expect(marks?.at.length).toBe(atFlag);
    expect(card).toContain(`${atFlag} within 15 days`);
    // The map lights exactly the places of those events (its list says which).
    const places = new Set(
      dataset.events.filter((e) => marks?.at.includes(e.id)).flatMap((e) => e.places),
    );
    await expect(page.locator('.sites-list li.lit').count()).resolves.toBe(places.size);
    await context.close();
  });

  it('draws a long span at the playhead as under way, not as that week’s event', async () => {
    const { page, context } = await openPage(h, '?lang=en&t=2020-08-15');
    await waitForMap(page);
    const marks = await probe<{ at: string[]; ongoing: string[] }>(page, 'playheadMarks');
    expect(marks?.ongoing).toContain('1998-2022-el-paso-sector-deaths');
    expect(marks?.at).not.toContain('1998-2022-el-paso-sector-deaths');
    await expect(page.locator('.playhead-text').textContent()).resolves.toMatch(/under way/);
    // The sites list says so in words; the map's legend names the paler ring.
    await expect(
      page.locator('.sites-list li', { hasText: 'El Paso Sector' }).textContent(),
    ).resolves.toContain('under way');
    await expect(page.locator('.map-legend').textContent()).resolves.toContain(
      'longer span under way',
    );
    await context.close();
  });
});
