/**
 * Every story step's slide text, laid out with Chromium's canvas and the app's own Noto Sans, in
 * both languages: as the PNG sets it (story step, and the step's event after leaving the story)
 * and as the PowerPoint export sets it. Fails on any word lost or any box overflowed, and on type
 * below the room minimums (title 40 px, body 24 px at 1920×1080).
 */
import font400 from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import font700 from '@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff2?url';
import { beforeAll, describe, expect, it } from 'vitest';
import { DatasetSchema } from '../../data/schema';
import { buildDatasetModel } from '../../domain/datasetModel';
import { localizeDataset } from '../../domain/localizeDataset';
import { enAll as en } from '../../i18n/enAll';
import { es } from '../../i18n/es';
import { formatters } from '../../i18n/format';
import { LANGS } from '../../i18n/lang';
import { stepCopy, viewCopy } from './slideContent';
import { type BlockName, layoutSlideText, type SlideTextLayout, TYPE } from './slideLayout';
import { canvasMeasure } from './snapshot';

let dataset: ReturnType<typeof DatasetSchema.parse>;
const ctx = document.createElement('canvas').getContext('2d') as CanvasRenderingContext2D;
const measure = canvasMeasure(ctx);

beforeAll(async () => {
  for (const [weight, url] of [
    ['400', font400],
    ['700', font700],
  ] as const)
    document.fonts.add(await new FontFace('Noto Sans', `url(${url})`, { weight }).load());
  // The base file and the Spanish texts, as a Spanish reader's page loads them.
  const [base, spanish] = await Promise.all(
    ['/data/frontera.json', '/data/texts/es.json'].map(async (u) => (await fetch(u)).json()),
  );
  dataset = DatasetSchema.parse({ ...base, translations: { es: spanish } });
});

const words = (s: string) => s.split(/\s+/).filter(Boolean);

function expectWhole(layout: SlideTextLayout, copy: Record<BlockName, string>, where: string) {
  expect(layout.fits, `${where}: overflows its box`).toBe(true);
  for (const b of layout.blocks) {
    expect(words(b.lines.join(' ')), `${where} ${b.name}`).toEqual(words(copy[b.name] ?? ''));
    expect(b.lines.join(' '), `${where} ${b.name}`).not.toContain('…');
    const width = Math.max(
      0,
      ...b.lines.map((l) => measure(l, `${b.weight} ${b.size}px "Noto Sans"`)),
    );
    expect(width, `${where} ${b.name} is wider than its column`).toBeLessThanOrEqual(
      layout.frame.text.w + 0.5,
    );
    expect(b.size).toBeGreaterThanOrEqual(TYPE[b.name].min);
  }
  const title = layout.blocks.find((b) => b.name === 'title');
  expect(title?.size).toBeGreaterThanOrEqual(40);
}

describe('slide text', () => {
  it('the fonts the slide measures with are Noto Sans, not a fallback', () => {
    expect(document.fonts.check('700 40px "Noto Sans"')).toBe(true);
    expect(document.fonts.check('400 24px "Noto Sans"')).toBe(true);
  });

  for (const lang of LANGS)
    it(`fits every story step and its event, whole, in ${lang}`, () => {
      const model = buildDatasetModel(localizeDataset(dataset, lang));
      const t = { en, es }[lang];
      const f = formatters(lang);
      let laid = 0;
      for (const narrative of model.dataset.narratives)
        narrative.steps.forEach((step, i) => {
          const playhead = model.index.byId.get(step.event ?? '')?.t0 ?? 0;
          const copy = stepCopy(model, narrative, i, t, f, playhead);
          const where = `${lang} ${narrative.id} step ${i + 1}`;
          expectWhole(layoutSlideText(measure, copy), copy, `${where} (PNG)`);
          const pptx = { ...copy, source: '' };
          expectWhole(layoutSlideText(measure, pptx), pptx, `${where} (pptx)`);
          const event = viewCopy(
            model,
            { story: null, selectedEventId: step.event ?? null, playhead },
            t,
            f,
          );
          expectWhole(layoutSlideText(measure, event), event, `${where} event`);
          laid += 3;
        });
      expect(laid).toBeGreaterThanOrEqual(39);
    });
});
