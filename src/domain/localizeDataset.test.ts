import { describe, expect, it } from 'vitest';
import { fixtureDataset } from '../../tests/fixtures';
import { type Dataset, DatasetSchema, type FronteraEvent } from '../data/schema';
import {
  administrationTexts,
  eventTexts,
  narrativeTexts,
  placeTexts,
  type TextField,
  TRANSLATABLE_PATHS,
} from '../data/translations';
import { actorNamer, datasetLanguages, localizeDataset } from './localizeDataset';

const base = fixtureDataset.events.find((e) => e.id === 'tear-gas') as FronteraEvent;

/** An event with every translatable field, and a quote, excerpt and actors that must not change. */
const full: FronteraEvent = {
  ...base,
  date: { ...base.date, note: 'How the date was found.' },
  note: 'What the text leaves open.',
  discrepancy: 'What the record says.',
  context: { text: 'What other reporting adds.', source: 'A newspaper, 1 May 2020' },
  attribution: { claimant: 'the article', via: 'the Guardian' },
  quote: { text: 'We are not criminals', speaker: 'Marchers' },
  sources: [{ article: 'a-2018', excerpt: 'agents fired tear gas', paragraph: 3 }],
  actors: ['US Customs and Border Protection'],
  figures: [
    { min: 112, qualifier: 'exact', unit: 'USD', counts: 'in equipment', period: '2009–2013' },
    { min: 6000, max: 7000, qualifier: 'about', unit: 'people', counts: 'marchers' },
  ],
  admins: { ...base.admins, reason: 'Why these presidents.' },
};

const narrative: Dataset['narratives'][number] = {
  id: 'story',
  title: 'A story',
  description: 'What it shows.',
  steps: [
    { title: 'Step one', caption: 'First.', view: { start: '2018-11-01', end: '2018-11-30' } },
    { title: 'Step two', caption: 'Second.', view: { start: '2018-11-01', end: '2018-11-30' } },
  ],
};

/** Every text of a record, translated as "es:<key>". */
const spanish = (fields: TextField[]) =>
  Object.fromEntries(fields.map((f) => [f.key, `es:${f.key}`]));

const events = fixtureDataset.events.map((e) => (e.id === full.id ? full : e));
const place = fixtureDataset.places.find((p) => p.id === 'san-ysidro-poe') as Dataset['places'][0];
const port = { ...place, note: 'A port.' };
const dataset: Dataset = DatasetSchema.parse({
  ...fixtureDataset,
  events,
  places: fixtureDataset.places.map((p) => (p === place ? port : p)),
  narratives: [narrative],
  translations: {
    es: {
      events: {
        [full.id]: { ...spanish(eventTexts(full)), 'figures.0.unit': 'dólares' },
        // Partly translated: the summary falls back to the English.
        memo: { title: 'Memorandos del DHS' },
      },
      places: { 'san-ysidro-poe': spanish(placeTexts(port)) },
      narratives: { story: spanish(narrativeTexts(narrative)) },
      administrations: { obama: { party: 'Demócrata' } },
    },
  },
});

const byId = <T extends { id: string }>(xs: T[], id: string) => xs.find((x) => x.id === id) as T;

describe('localizeDataset', () => {
  const es = localizeDataset(dataset, 'es');

  it('switches every translatable field of every record type', () => {
    const ev = byId(es.events, full.id);
    const texts = eventTexts(ev);
    // title, summary, date.note, note, discrepancy, context text and source, reason, claimant,
    // via, speaker, 2 counts, period, unit
    expect(texts.map((f) => f.key)).toHaveLength(15);
    for (const f of texts) expect(f.text, f.key).toBe(`es:${f.key}`);
    expect(ev.admins.reason).toBe('es:adminsOverride.reason');
    expect(ev.figures[1]?.unit).toBe('es:figures.1.unit');
    for (const f of placeTexts(byId(es.places, 'san-ysidro-poe')))
      expect(f.text, f.key).toBe(`es:${f.key}`);
    for (const f of narrativeTexts(byId(es.narratives, 'story')))
      expect(f.text, f.key).toBe(`es:${f.key}`);
    expect(byId(es.narratives, 'story').steps[1]?.caption).toBe('es:steps.1.caption');
    expect(administrationTexts(byId(es.administrations, 'obama'))[0]?.text).toBe('Demócrata');
  });

  it('covers exactly the paths src/data/translations.ts declares', () => {
    const pattern = (key: string) => key.replace(/\.\d+(?=\.|$)/g, '.i');
    const declared = (keys: string[]) => [...new Set(keys.map(pattern))].sort();
    expect(declared(eventTexts(full).map((f) => f.key))).toEqual(
      [...TRANSLATABLE_PATHS.events].sort(),
    );
    expect(declared(narrativeTexts(narrative).map((f) => f.key))).toEqual(
      [...TRANSLATABLE_PATHS.narratives].sort(),
    );
  });

  it('leaves ids, dates, quotes, excerpts, actors and formatted units untouched', () => {
    const ev = byId(es.events, full.id);
    const en = byId(dataset.events, full.id);
    expect(ev.id).toBe(en.id);
    // The quote stays as spoken; only who spoke it is described in Spanish.
    expect(ev.quote?.text).toBe(en.quote?.text);
    expect(ev.quote?.speaker).toBe('es:quote.speaker');
    expect(ev.sources).toBe(en.sources);
    expect(ev.actors).toBe(en.actors);
    expect(ev.places).toBe(en.places);
    expect([ev.t0, ev.t1, ev.date.start, ev.date.precision]).toEqual([
      en.t0,
      en.t1,
      en.date.start,
      en.date.precision,
    ]);
    expect(ev.admins.us).toBe(en.admins.us);
    // A USD or percent unit is formatted by the app, never translated, even if a file says so.
    expect(ev.figures[0]?.unit).toBe('USD');
    expect(ev.figures[0]?.min).toBe(112);
    expect(byId(es.places, 'san-ysidro-poe').lon).toBe(place.lon);
    expect(byId(es.narratives, 'story').steps[0]?.view).toBe(
      byId(dataset.narratives, 'story').steps[0]?.view,
    );
    expect(es.articles).toBe(dataset.articles);
  });

  it('falls back to the English text field by field, and keeps untranslated records as they are', () => {
    const memo = byId(es.events, 'memo');
    expect(memo.title).toBe('Memorandos del DHS');
    expect(memo.summary).toBe(byId(dataset.events, 'memo').summary);
    expect(byId(es.events, 'sbp')).toBe(byId(dataset.events, 'sbp'));
    expect(byId(es.places, 'tijuana')).toBe(byId(dataset.places, 'tijuana'));
    expect(byId(es.administrations, 'pena-nieto').party).toBe('PRI');
  });

  it('returns the dataset as is for English, an unknown language and a dataset without texts', () => {
    expect(localizeDataset(dataset, 'en')).toBe(dataset);
    expect(localizeDataset(dataset, 'fr')).toBe(dataset);
    expect(localizeDataset(fixtureDataset, 'es')).toBe(fixtureDataset);
  });

  it('is memoised per dataset and language, and localizes a localized dataset from its base', () => {
    expect(localizeDataset(dataset, 'es')).toBe(es);
    expect(localizeDataset(es, 'es')).toBe(es);
    expect(localizeDataset(es, 'en')).toBe(dataset);
    const copy = { ...dataset };
    expect(localizeDataset(copy, 'es')).not.toBe(es);
    expect(localizeDataset(copy, 'es')).toEqual(es);
  });

  it('does not change its input and gives a dataset the schema accepts', () => {
    const before = structuredClone(dataset);
    localizeDataset({ ...dataset }, 'es');
    expect(dataset).toEqual(before);
    expect(DatasetSchema.safeParse(es).success).toBe(true);
  });

  it('lists the languages a dataset can be shown in', () => {
    expect(datasetLanguages(dataset)).toEqual(['en', 'es']);
    expect(datasetLanguages(fixtureDataset)).toEqual(['en']);
  });
});

describe('actorNamer', () => {
  it('names actors from the language’s glossary and keeps the English name as the value', () => {
    const withActors: Dataset = {
      ...dataset,
      translations: {
        es: {
          ...(dataset.translations?.es as NonNullable<Dataset['translations']>[string]),
          actors: {
            'US Customs and Border Protection': 'Oficina de Aduanas y Protección Fronteriza',
          },
        },
      },
    };
    const es = actorNamer(localizeDataset(withActors, 'es'), 'es');
    expect(es('US Customs and Border Protection')).toBe(
      'Oficina de Aduanas y Protección Fronteriza',
    );
    expect(es('Someone unlisted')).toBe('Someone unlisted');
    expect(actorNamer(withActors, 'en')('US Customs and Border Protection')).toBe(
      'US Customs and Border Protection',
    );
    // The filter's values stay English in every language.
    expect(byId(localizeDataset(withActors, 'es').events, full.id).actors).toEqual([
      'US Customs and Border Protection',
    ]);
  });
});
