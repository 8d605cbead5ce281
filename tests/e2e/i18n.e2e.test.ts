/**
 * Frontera in Spanish, as a reader would meet it: the switch, <html lang>, Spanish dates and
 * numbers, Spanish event text, search that ignores accents, the choice kept in the URL and in
 * shared links, and no English left in the interface.
 */
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ARTIFACTS,
  axeViolations,
  type Harness,
  openPage,
  startHarness,
  waitForMap,
} from './harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h?.close());

/** English interface words that must not show on a Spanish page. */
const ENGLISH = [
  'Filters',
  'Story mode',
  'Download PNG',
  'About the data',
  'Share / Embed',
  'Play',
  'Window',
  'Details',
  'Event list',
  'How to explore',
  'Sites on the map',
  'events',
  'at playhead',
  'city or crossing',
  'Basemap',
];

describe('Spanish', () => {
  it('switches the whole page to Spanish and keeps the choice in the URL', async () => {
    const { page, context } = await openPage(h, '?event=2019-01-25-mpp-implemented');
    await waitForMap(page);
    await page.getByRole('button', { name: /^ES/ }).click();
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('es');
    await expect.poll(() => new URL(page.url()).searchParams.get('lang')).toBe('es');
    const card = page.locator('.event-card');
    await expect(card.locator('time').textContent()).resolves.toBe('25 de enero de 2019');
    await expect(card.locator('h2').textContent()).resolves.toMatch(/asilo|México/);
    // Figures with the bounds of "six to seven thousand", grouped as Mexican Spanish does.
    await expect(card.locator('.card-figures').textContent()).resolves.toMatch(
      /6,000\s*[–-]\s*7,000/,
    );
    // Excerpts stay in English, and say so.
    await expect(card.locator('.card-sources').textContent()).resolves.toMatch(/en inglés/);
    // The map's own credit follows the language switch.
    await expect
      .poll(() => page.locator('.map-credit').textContent())
      .toContain('Mapa base: Natural Earth');
    const visible = await page.evaluate(() => document.body.textContent);
    for (const word of ENGLISH) expect(visible, word).not.toMatch(new RegExp(`\\b${word}\\b`));
    await page.screenshot({ path: resolve(ARTIFACTS, 'es-card-1280x800.png') });
    await context.close();
  });

  it('searches in Spanish, ignoring accents, and shares links in Spanish', async () => {
    const { page, context } = await openPage(h, '?lang=es');
    await waitForMap(page);
    await page.getByRole('button', { name: /^Filtros/ }).click();
    const search = page.getByLabel('Buscar', { exact: true });
    await search.fill('ciudad juarez');
    await search.press('Enter');
    await expect
      .poll(() => page.getByTestId('filter-summary').textContent())
      .toMatch(/^[1-9]\d* de 101 eventos/);
    await search.fill('mexico');
    await search.press('Enter');
    await expect
      .poll(() => page.getByTestId('filter-summary').textContent())
      .toMatch(/^[1-9]\d* de 101 eventos/);
    await page.getByRole('button', { name: 'Listo' }).click();
    await page.getByRole('button', { name: /^Compartir/ }).click();
    const link = await page.getByLabel('Enlace a esta vista exacta').inputValue();
    expect(new URL(link).searchParams.get('lang')).toBe('es');
    const code = await page.getByLabel(/Código para insertar/).inputValue();
    expect(code).toContain('lang=es');
    await context.close();
  });

  for (const [name, path, viewport] of [
    ['main view', '?lang=es', { width: 1280, height: 800 }],
    ['phone, dark', '?lang=es&theme=dark', { width: 390, height: 844 }],
    [
      'story mode',
      '?lang=es&story=southern-border-to-mexico-city:5',
      { width: 1920, height: 1080 },
    ],
  ] as const) {
    it(`axe finds nothing serious in Spanish: ${name}`, async () => {
      const { page, context } = await openPage(h, path, viewport);
      await waitForMap(page);
      expect(await axeViolations(page)).toEqual([]);
      await page.screenshot({ path: resolve(ARTIFACTS, `es-${name.replace(/\W+/g, '-')}.png`) });
      await context.close();
    });
  }
});
