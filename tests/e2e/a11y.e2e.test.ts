/**
 * Accessibility as a user meets it: axe finds nothing serious on every view, in both themes, and
 * the keyboard reaches the playhead straight from the top of the page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, type Harness, openPage, startHarness, waitForMap } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h?.close());

type Prepare = (page: import('playwright-core').Page) => Promise<void>;
const openFilters: Prepare = async (page) => {
  await page.getByRole('button', { name: /^Filters/ }).click();
  await page.getByRole('searchbox').first().waitFor();
};

const VIEWS: [string, string, { width: number; height: number }, Prepare?][] = [
  ['main view', '', { width: 1280, height: 800 }],
  ['main view, dark', '?theme=dark', { width: 1920, height: 1080 }],
  ['phone', '', { width: 390, height: 844 }],
  ['an event card', '?event=2018-11-25-san-ysidro-tear-gas', { width: 1280, height: 800 }],
  ['the embed', '?embed=1', { width: 800, height: 500 }],
  ['the filter panel, phone', '', { width: 390, height: 844 }, openFilters],
  ['no results', '?q=zzzz', { width: 1280, height: 800 }],
  ['story mode', '?story=southern-border-to-mexico-city:7', { width: 1280, height: 800 }],
  [
    'story mode, dark',
    '?story=southern-border-to-mexico-city:2&theme=dark',
    { width: 1920, height: 1080 },
  ],
];

describe('accessibility', () => {
  for (const [name, path, viewport, prepare] of VIEWS) {
    it(`axe finds no serious or critical violation: ${name}`, async () => {
      const { page, context } = await openPage(h, path, viewport);
      await waitForMap(page);
      await prepare?.(page);
      expect(await axeViolations(page)).toEqual([]);
      await context.close();
    });
  }

  it('takes one Tab and Enter from page load to the playhead, whose date is visible text', async () => {
    const { page, context } = await openPage(h);
    await waitForMap(page);
    await page.keyboard.press('Tab');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent ?? ''))
      .toMatch(/Skip to the timeline/);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('playhead');
    const flag = page.locator('.playhead-text');
    await expect(flag.textContent()).resolves.toMatch(
      /^\d{1,2} [A-Z][a-z]{2} \d{4} · \d+ events?( \+\d+ under way)?$/,
    );
    const box = await flag.boundingBox();
    expect(box && box.y > 0 && box.y + box.height < 800).toBe(true);
    await page.keyboard.press('ArrowRight');
    await expect(flag.textContent()).resolves.not.toBe('25 Nov 2018 · 25 events');
    await context.close();
  });
});
