/**
 * One session per dataset, and the language as a text layer, as a reader meets them: switching
 * language ten times creates no new map (no new WebGL context), keeps the camera and the
 * selection; leaving a story and then switching language or importing a file leaves a timeline
 * that still works.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, openPage, probe, startHarness, waitForMap } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h?.close());

/** Counts every WebGL context the page asks for, from before the app starts. */
async function countWebglContexts(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { __webglContexts: number };
    w.__webglContexts = 0;
    const original = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (
      this: HTMLCanvasElement,
      kind: string,
      ...rest: unknown[]
    ) {
      const existing = (this as unknown as { __gl?: unknown }).__gl;
      const ctx = (original as (...a: unknown[]) => unknown).call(this, kind, ...rest);
      if (/webgl/.test(kind) && ctx && !existing) {
        (this as unknown as { __gl?: unknown }).__gl = ctx;
        w.__webglContexts++;
      }
      return ctx;
    } as typeof original;
  });
}

const webglContexts = (page: Page) =>
  page.evaluate(() => (window as unknown as { __webglContexts: number }).__webglContexts);

/** The timeline answers: the zoom button changes the view, and no view reports it broke. */
async function expectTimelineWorks(page: Page) {
  await expect(page.locator('.view-broken').count()).resolves.toBe(0);
  const flag = page.getByRole('slider', { name: /Playhead|Fecha/ });
  await expect(flag.count()).resolves.toBe(1);
  const before = await flag.getAttribute('aria-valuenow');
  await flag.focus();
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => flag.getAttribute('aria-valuenow')).not.toBe(before);
  const span = () =>
    page.evaluate(() =>
      [...document.querySelectorAll('.timeline-axis .tick')].map((t) => t.textContent).join('|'),
    );
  const ticks = await span();
  await page.locator('.zoom-controls button').first().click();
  await expect.poll(span).not.toBe(ticks);
  // The window strip takes a drag and sets a window.
  const strip = page.locator('.timeline-brush .overlay');
  const box = await strip.boundingBox();
  if (!box) throw new Error('the window strip is not drawn');
  await page.mouse.move(box.x + box.width * 0.3, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.6, box.y + box.height / 2, { steps: 4 });
  await page.mouse.up();
  await expect.poll(() => new URL(page.url()).searchParams.get('window')).toMatch(/\.\./);
  await expect(page.locator('.view-broken').count()).resolves.toBe(0);
}

describe('one session, language as a text layer', () => {
  it('switches language ten times with no new map, the same camera and the same selection', async () => {
    const { page, context, errors } = await openPage(h, 'about:blank');
    await countWebglContexts(page);
    await page.goto(new URL('?site=tijuana', h.baseUrl).href);
    await waitForMap(page);
    await page
      .getByRole('button', { name: /Tijuana/ })
      .first()
      .waitFor();
    const contexts = await webglContexts(page);
    const maps = await probe<number>(page, 'mapsCreated');
    const camera = await probe<{ lon: number; lat: number; zoom: number }>(page, 'camera');
    expect(contexts).toBeGreaterThan(0);
    expect(maps).toBe(1);
    for (let i = 0; i < 10; i++) {
      const lang = i % 2 === 0 ? 'ES' : 'EN';
      await page.getByRole('button', { name: new RegExp(`^${lang}`) }).click();
      await expect
        .poll(() => page.evaluate(() => document.documentElement.lang))
        .toBe(lang.toLowerCase());
    }
    await waitForMap(page);
    expect(await webglContexts(page)).toBe(contexts);
    expect(await probe<number>(page, 'mapsCreated')).toBe(1);
    const after = await probe<{ lon: number; lat: number; zoom: number }>(page, 'camera');
    expect(after?.lon).toBeCloseTo(camera?.lon ?? Number.NaN, 6);
    expect(after?.lat).toBeCloseTo(camera?.lat ?? Number.NaN, 6);
    expect(after?.zoom).toBeCloseTo(camera?.zoom ?? Number.NaN, 6);
    const params = new URL(page.url()).searchParams;
    expect(params.get('site')).toBe('tijuana');
    expect(params.get('lang')).toBe('en');
    await expect(page.locator('#place-title').textContent()).resolves.toBe('Tijuana');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('keeps the timeline working after Story → Escape → Español', async () => {
    const { page, context, errors } = await openPage(h);
    await waitForMap(page);
    await page.getByRole('button', { name: /^Story/ }).click();
    await page.locator('.story-panel').waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.story-panel').count()).toBe(0);
    await page.getByRole('button', { name: /^ES/ }).click();
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('es');
    await expectTimelineWorks(page);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('keeps the timeline working after Story → Escape → importing a file', async () => {
    const { page, context, errors } = await openPage(h);
    await waitForMap(page);
    await page.getByRole('button', { name: /^Story/ }).click();
    await page.locator('.story-panel').waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.story-panel').count()).toBe(0);
    await page.getByRole('button', { name: 'Your data' }).click();
    await page.getByLabel('Choose a file').setInputFiles({
      name: 'two.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(
        'title,date,places\nFence vote,2019-03-05,Tijuana\nPatrol report,2020-02-10,El Paso\n',
      ),
    });
    await page.getByRole('button', { name: /^Show these 2 events/ }).click();
    await expect
      .poll(() => page.getByTestId('filter-summary').textContent())
      .toMatch(/^2 of 2 events/);
    await expectTimelineWorks(page);
    expect(errors).toEqual([]);
    await context.close();
  });
});
