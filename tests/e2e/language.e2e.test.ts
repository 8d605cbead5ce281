import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/data/schema';
import { enAll as en } from '../../src/i18n/enAll';
import { es } from '../../src/i18n/es';
import type { Lang } from '../../src/i18n/lang';
import { compiledDatasetWithTexts } from '../support/compiledDataset';
import {
  ARTIFACTS,
  type Harness,
  type OpenedPage,
  openPage,
  ROOT,
  startHarness,
  waitForMap,
} from './harness';
import { ENGLISH_STOP, NAMES, SPANISH_STOP } from './languageLists';

/** The dataset with every language's texts, as the pages of each language show it. */
const dataset: Dataset = compiledDatasetWithTexts(ROOT);
const CATALOGUE = { en, es };
/** What a reader of each language must never meet: the other language's words. */
const STOP: Record<Lang, string[]> = { es: ENGLISH_STOP, en: SPANISH_STOP };
/** A text the catalogue could not fill, or a function printed instead of called. */
const UNFILLED = /\bundefined\b|\bNaN\b|\[object |=>|\bnull\b/;

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const word = (w: string) => new RegExp(`(?<![\\p{L}\\p{N}])${escapeRe(w)}(?![\\p{L}\\p{N}])`, 'u');
const STOP_RE: Record<Lang, [string, RegExp][]> = {
  es: STOP.es.map((w) => [w, word(w)]),
  en: STOP.en.map((w) => [w, word(w)]),
};
/** Article titles are citations, shown as published (on the slide, where no lang can be set). */
const TITLES = dataset.articles.map((a) => a.title);
const NAMES_RE = new RegExp(
  [...NAMES, ...TITLES]
    .sort((a, b) => b.length - a.length)
    .map(escapeRe)
    .join('|'),
  'gu',
);

/**
 * Every text of the page a reader or a screen reader meets in `lang`: text nodes whose nearest
 * lang attribute is the page's, SVG titles, and accessible names, titles and placeholders.
 * Quotes, excerpts and article titles carry lang="en" and are left out.
 */
async function pageTexts(page: Page, lang: Lang): Promise<string[]> {
  return page.evaluate((lang) => {
    const own = (el: Element | null) =>
      (el?.closest('[lang]')?.getAttribute('lang') ?? lang) === lang;
    const out: string[] = [document.title];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      const text = n.textContent?.trim();
      if (!el || !text || el.closest('script, style, noscript, textarea')) continue;
      const inSvgTitle = el.closest('svg title') !== null;
      if (!inSvgTitle && !el.checkVisibility({ visibilityProperty: true })) continue;
      if (own(el)) out.push(text);
    }
    for (const el of document.body.querySelectorAll('[aria-label], [title], [placeholder], [alt]'))
      if (own(el) && (el as HTMLElement).checkVisibility?.())
        for (const a of ['aria-label', 'title', 'placeholder', 'alt']) {
          const v = el.getAttribute(a);
          if (v) out.push(v);
        }
    return out;
  }, lang);
}

/** Problems in texts: the other language's words (after names are masked), or unfilled slots. */
function problems(texts: readonly string[], lang: Lang): string[] {
  const found = new Set<string>();
  for (const text of texts) {
    if (UNFILLED.test(text)) found.add(`unfilled: “${text}”`);
    // Names, and URL parameters quoted as code ("event=", "?data=").
    const masked = text.replace(NAMES_RE, ' ').replace(/[?&]?\b\w+=/g, ' ');
    for (const [w, re] of STOP_RE[lang])
      if (re.test(masked)) found.add(`“${w}” in “${text.slice(0, 160)}”`);
  }
  return [...found];
}

/** Moves the app to `query` the way the back button does: no reload, the URL applied. */
async function go(page: Page, query: string): Promise<void> {
  await page.evaluate((q) => {
    history.pushState(null, '', q);
    dispatchEvent(new PopStateEvent('popstate'));
  }, query);
}

/**
 * A page whose browser has no WebGL2: the map says so (in the page's language) and draws
 * nothing, so a walk through a hundred views is not a hundred software-WebGL redraws.
 */
async function openWithoutMap(
  path: string,
  lang: Lang,
  viewport = { width: 1280, height: 800 },
): Promise<OpenedPage> {
  const opened = await openPage(h, path, viewport);
  await opened.page.addInitScript(() => {
    const get = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (
      this: HTMLCanvasElement,
      id: string,
      o?: unknown,
    ) {
      return id === 'webgl2' ? null : get.call(this, id as '2d', o as undefined);
    } as typeof get;
  });
  await opened.page.reload();
  await opened.page.getByText(CATALOGUE[lang].map.noWebgl2).waitFor();
  return opened;
}

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h?.close());

const BAD_CSV = [
  'title,date,places,category',
  'Tear gas at the crossing,2018-11-25,san-ysidro-poe,violence',
  ',2018-13-45,nowhere,unknown',
  'Second row,not a date,,',
].join('\n');

for (const lang of ['es', 'en'] as const) {
  const t = CATALOGUE[lang];
  describe(`every view in ${lang === 'es' ? 'Spanish' : 'English'}`, () => {
    it('main view, every event card and every site panel', async () => {
      const { page, context } = await openPage(h, `?lang=${lang}`);
      await waitForMap(page);
      const seen: string[] = [];
      const check = async (what: string) => {
        const p = problems(await pageTexts(page, lang), lang);
        if (p.length) seen.push(`${what}:\n  ${p.join('\n  ')}`);
      };
      await check('main view');
      // The map's own controls, and MapLibre's name for the map, speak the page's language.
      await expect(
        page.locator('.map-controls button').first().getAttribute('aria-label'),
      ).resolves.toBe(t.map.zoomIn);
      await expect(page.locator('.maplibregl-canvas').getAttribute('aria-label')).resolves.toBe(
        t.map.controls.map,
      );
      await expect(page.locator('meta[name="description"]').getAttribute('content')).resolves.toBe(
        t.page.description,
      );
      // Switching language on the page: the map's own strings follow too.
      const other = lang === 'es' ? 'en' : 'es';
      await page.getByRole('button', { name: new RegExp(`^${other.toUpperCase()} `) }).click();
      await expect
        .poll(() => page.locator('.map-controls button').first().getAttribute('aria-label'))
        .toBe(CATALOGUE[other].map.zoomIn);
      await expect
        .poll(() => page.locator('.maplibregl-canvas').getAttribute('aria-label'))
        .toBe(CATALOGUE[other].map.controls.map);
      expect(await page.title()).toBe(CATALOGUE[other].page.title);
      await context.close();

      // 101 cards and 22 sites: read with the map off (software WebGL would redraw it for each),
      // which also shows the page a browser without WebGL2 gets.
      const cards = await openWithoutMap(`?lang=${lang}`, lang);
      for (const e of dataset.events) {
        await go(cards.page, `?lang=${lang}&event=${e.id}`);
        await cards.page.waitForSelector(`#title-${e.id}`);
        const p = problems(await pageTexts(cards.page, lang), lang);
        if (p.length) seen.push(`card ${e.id}:\n  ${p.join('\n  ')}`);
      }
      expect(await cards.page.title()).toMatch(/ — Frontera$/);
      for (const place of dataset.places) {
        await go(cards.page, `?lang=${lang}&site=${place.id}`);
        await cards.page.waitForSelector('.place-panel');
        const p = problems(await pageTexts(cards.page, lang), lang);
        if (p.length) seen.push(`site ${place.id}:\n  ${p.join('\n  ')}`);
      }
      await cards.context.close();
      expect(seen).toEqual([]);
    });

    it('filters, share, About, the import dialog with errors, and the PNG slide', async () => {
      const { page, context } = await openPage(h, `?lang=${lang}&event=2019-01-25-mpp-implemented`);
      // Every string drawn on a canvas: the slide's title, caption, source line and timeline.
      await page.addInitScript(() => {
        const drawn: string[] = [];
        (window as unknown as { __drawn: string[] }).__drawn = drawn;
        const fill = CanvasRenderingContext2D.prototype.fillText;
        CanvasRenderingContext2D.prototype.fillText = function (text, ...rest) {
          if (String(text).length > 1) drawn.push(String(text));
          return fill.call(this, text, ...rest);
        };
      });
      await page.reload();
      await waitForMap(page);
      const seen: string[] = [];
      const check = async (what: string) => {
        const p = problems(await pageTexts(page, lang), lang);
        if (p.length) seen.push(`${what}:\n  ${p.join('\n  ')}`);
      };

      await page.getByRole('button', { name: new RegExp(`^${t.header.filters}`) }).click();
      // Every list of choices open, the actors' among them.
      for (const d of await page.locator('.filter-panel details').all())
        await d.evaluate((el) => el.setAttribute('open', ''));
      await check('filters');
      await page.getByRole('button', { name: t.filterPanel.done }).click();

      await page.getByRole('button', { name: new RegExp(`^${t.header.share}`) }).click();
      await check('share');
      const code = await page.getByLabel(t.share.code).inputValue();
      expect(code).toContain(`title="${t.page.iframeTitle}"`);
      await page.getByRole('button', { name: t.share.close, exact: true }).click();

      await page.getByRole('button', { name: t.header.about }).click();
      await check('about');
      await page.getByRole('button', { name: t.about.close, exact: true }).click();

      await page.getByRole('button', { name: t.data.open }).click();
      await page.getByLabel(t.yourData.choose).setInputFiles({
        name: 'newsroom.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(BAD_CSV),
      });
      await page.locator('.import-errors').waitFor();
      // The file's own cells are quoted as the reader typed them (“not a date”): not ours to word.
      const own = (await pageTexts(page, lang)).map((x) => x.replace(/“[^”]*”/g, ' '));
      const imported = problems(own, lang);
      if (imported.length) seen.push(`import dialog with errors:\n  ${imported.join('\n  ')}`);
      await page.screenshot({ path: resolve(ARTIFACTS, `language-${lang}-import.png`) });
      await page.keyboard.press('Escape');

      await page.getByRole('button', { name: new RegExp(`${t.header.png}$`) }).click();
      await expect
        .poll(
          () => page.locator('.app-header [role="status"]', { hasText: t.snapshot.done }).count(),
          {
            timeout: 30_000,
          },
        )
        .toBe(1);
      const drawn = await page.evaluate(() => (window as unknown as { __drawn: string[] }).__drawn);
      const caption = dataset.translations?.es?.events['2019-01-25-mpp-implemented']?.summary;
      if (lang === 'es' && caption) expect(drawn.join(' ')).toContain(caption.slice(0, 40));
      // One text: a title wraps across the slide's lines. A label cut short ("in…" of
      // "inmigrantes") is a fragment, not a word in either language.
      const slide = problems([drawn.join(' ').replace(/[^\s…]*…/g, '…')], lang);
      if (slide.length) seen.push(`PNG slide:\n  ${slide.join('\n  ')}`);
      expect(seen).toEqual([]);
      await context.close();
    });

    it('every story step, the embed and the error page', async () => {
      const story = dataset.narratives[0];
      if (!story) throw new Error('the dataset has no story');
      const { page, context } = await openWithoutMap(`?lang=${lang}&story=${story.id}:1`, lang);
      const seen: string[] = [];
      const check = async (what: string) => {
        const p = problems(await pageTexts(page, lang), lang);
        if (p.length) seen.push(`${what}:\n  ${p.join('\n  ')}`);
      };
      for (let i = 0; i < story.steps.length; i++) {
        await expect.poll(() => page.locator('.story-kicker').textContent()).toContain(`${i + 1}`);
        await check(`story step ${i + 1}`);
        if (i < story.steps.length - 1)
          await page.getByRole('button', { name: new RegExp(`^${t.story.next}`) }).click();
      }
      await context.close();

      for (const [what, size] of [
        ['embed', { width: 1280, height: 800 }],
        ['compact embed', { width: 600, height: 400 }],
      ] as const) {
        const embed = await openPage(
          h,
          `?lang=${lang}&embed=1&event=2018-11-25-san-ysidro-tear-gas`,
          size,
        );
        await waitForMap(embed.page);
        const p = problems(await pageTexts(embed.page, lang), lang);
        if (p.length) seen.push(`${what}:\n  ${p.join('\n  ')}`);
        await embed.context.close();
      }

      const broken = await openPage(h, `?lang=${lang}&data=missing.json`);
      await broken.page.getByRole('heading', { name: t.error.title }).waitFor();
      const p = problems(await pageTexts(broken.page, lang), lang);
      if (p.length) seen.push(`error page:\n  ${p.join('\n  ')}`);
      await broken.context.close();
      expect(seen).toEqual([]);
    });
  });
}

describe('the lists themselves', () => {
  it('catch what they are for', () => {
    expect(problems(['Ver la ficha del evento'], 'es')).toEqual([]);
    expect(problems(['According to the article'], 'es')).toContain(
      '“the” in “According to the article”',
    );
    expect(problems(['Según The Washington Post'], 'es')).toEqual([]);
    expect(problems(['Migrants in El Paso'], 'en')).toEqual([]);
    expect(problems(['según el artículo'], 'en').length).toBeGreaterThan(0);
    expect(problems(['1 de undefined eventos'], 'es')).toContain(
      'unfilled: “1 de undefined eventos”',
    );
  });
});
