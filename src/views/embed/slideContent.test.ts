import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../data/schema';
import { buildDatasetModel } from '../../domain/datasetModel';
import { enAll as en } from '../../i18n/enAll';
import { es } from '../../i18n/es';
import { formatters } from '../../i18n/format';
import { deckSources, stepCopy, viewCopy } from './slideContent';

const article = {
  id: 'outlet-2019-01-26',
  file: 'a.txt',
  title: 'Asylum seekers to wait in Mexico',
  author: 'A. Reporter',
  published: '2019-01-26',
  publisher: 'The Outlet',
};
const event = {
  id: 'rules-take-effect',
  title: 'New rules take effect',
  summary: 'Asylum seekers must wait in Mexico.',
  date: { start: '2019-01-25', precision: 'day', approximate: false },
  status: 'occurred',
  places: [],
  actors: [],
  category: 'policy',
  figures: [],
  sources: [
    { article: article.id, excerpt: 'will be forced to wait in Mexico', paragraph: 3 },
    { article: article.id, excerpt: 'beginning Friday at San Ysidro', paragraph: 1 },
  ],
  t0: Date.UTC(2019, 0, 25),
  t1: Date.UTC(2019, 0, 26),
  admins: { us: [], mx: [] },
};
const narrative = {
  id: 'story',
  title: 'A story',
  description: 'Two steps.',
  steps: [
    {
      title: 'Rules',
      caption: 'Our words.',
      view: { start: '2019-01-01', end: '2019-02-28' },
      event: event.id,
    },
    { title: 'Context', caption: 'More words.', view: { start: '2019-01-01', end: '2019-02-28' } },
  ],
};
const model = buildDatasetModel({
  version: 1,
  articles: [article],
  administrations: [],
  places: [],
  events: [event],
  narratives: [narrative],
} as unknown as Dataset);

describe('slide content', () => {
  it('names outlet, article title, date and every paragraph in the source line', () => {
    const copy = stepCopy(model, narrative as never, 0, en, formatters('en'), event.t0);
    expect(copy.source).toBe(
      'Source: The Outlet, “Asylum seekers to wait in Mexico”, 26 January 2019, ¶ 1, 3',
    );
    expect(copy.kicker).toBe('Step 1 of 2 · 25 January 2019');
  });

  it('puts each verbatim excerpt and the full citation in the notes', () => {
    const { notes } = stepCopy(model, narrative as never, 0, en, formatters('en'), event.t0);
    expect(notes).toContain('“will be forced to wait in Mexico” (¶ 3)');
    expect(notes).toContain('“beginning Friday at San Ysidro” (¶ 1)');
    expect(notes).toContain(
      '— A. Reporter, “Asylum seekers to wait in Mexico”, The Outlet, 26 January 2019, ¶ 1, 3',
    );
  });

  it('a step with no event cites the dataset and says so in the notes', () => {
    const copy = stepCopy(model, narrative as never, 1, es, formatters('es'), event.t0);
    expect(copy.source).toMatch(/^Fuente: 1 artículo, The Outlet/);
    expect(copy.notes).toContain(es.slides.notesNoEvent);
  });

  it('lists the sources with the steps and paragraphs that cite them', () => {
    expect(deckSources(model, narrative as never, en, formatters('en'))).toEqual([
      expect.objectContaining({ usedIn: 'cited in steps 1 (¶ 1, 3)' }),
    ]);
  });

  it('a selected event outside a story gives its own title, summary and source', () => {
    const copy = viewCopy(
      model,
      { story: null, selectedEventId: event.id, playhead: 0 },
      en,
      formatters('en'),
    );
    expect(copy).toMatchObject({ title: event.title, caption: event.summary });
    expect(copy.source).toContain('¶ 1, 3');
  });
});
