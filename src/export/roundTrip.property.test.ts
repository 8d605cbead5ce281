// @vitest-environment node
/**
 * Get the data, read back: the real dataset, any filtered part of it, its Spanish texts, and
 * synthetic datasets of any size and seed, exported to CSV in the template's columns and imported
 * through src/import, give the same events — everything the template's columns carry. The JSON
 * export, read back, gives the events themselves.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { syntheticDataset } from '../../scripts/lib/syntheticDataset';
import { compiledDatasetWithTexts } from '../../tests/support/compiledDataset';
import { messages, warningTexts } from '../../tests/support/issueText';
import { type Dataset, DatasetSchema, type FronteraEvent } from '../data/schema';
import { localizeDataset } from '../domain/localizeDataset';
import { importText } from '../import';
import { CSV_HEADER, eventsToCsv } from './csv';
import { eventsToJson } from './json';

/** The real dataset with every language's texts, as the importer and a JSON file carry them. */
const REAL: Dataset = compiledDatasetWithTexts();

/** An event as the template's columns hold it: its sources by what they name, not by id. */
function carried(e: FronteraEvent, d: Pick<Dataset, 'articles' | 'places'>) {
  const article = (id: string) => {
    const a = d.articles.find((x) => x.id === id);
    return (
      a && { title: a.title, author: a.author, publisher: a.publisher, published: a.published }
    );
  };
  const place = (id: string) => {
    const p = d.places.find((x) => x.id === id);
    // By position and kind: names differ by language, and a new place gets a new id.
    return p && { lon: p.lon, lat: p.lat, kind: p.kind };
  };
  return {
    id: e.id,
    title: e.title,
    summary: e.summary,
    date: {
      start: e.date.start,
      end: e.date.end,
      precision: e.date.precision,
      approximate: e.date.approximate,
    },
    t0: e.t0,
    t1: e.t1,
    status: e.status,
    category: e.category,
    places: e.places.map(place),
    actors: e.actors,
    sources: e.sources.map((s) => ({ article: article(s.article), excerpt: s.excerpt })),
    admins: { us: e.admins.us, mx: e.admins.mx },
  };
}

/** Export `events` to CSV, import the text as a reader would, and compare event by event. */
function roundTrip(d: Dataset, events: readonly FronteraEvent[], gazetteer = d) {
  const out = eventsToCsv(events, d, gazetteer.places);
  expect(out.unplaced).toEqual([]);
  const back = importText('frontera-events.csv', out.csv, {
    reference: { places: gazetteer.places, administrations: gazetteer.administrations },
  });
  expect(messages(back)).toEqual([]);
  expect(warningTexts(back)).toEqual([]);
  const imported = back.dataset;
  if (!imported) throw new Error('no dataset');
  const byId = new Map(imported.events.map((e) => [e.id, e]));
  expect(imported.events).toHaveLength(events.length);
  for (const e of events) {
    const again = byId.get(e.id);
    if (!again) throw new Error(`${e.id} did not come back`);
    // Presidencies come back by date: the editors' overrides are not a template column.
    const want = carried(e.admins.reason ? { ...e, admins: again.admins } : e, d);
    expect(carried(again, imported), e.id).toEqual(want);
  }
  return out;
}

describe('Get the data: CSV in the template’s columns', () => {
  it('writes exactly the header of public/templates/frontera-template.csv', () => {
    const template = readFileSync(resolve('public/templates/frontera-template.csv'), 'utf8');
    expect(CSV_HEADER.join(',')).toBe(template.split(/\r?\n/)[0]);
    const out = eventsToCsv(REAL.events, REAL);
    expect(out.csv.startsWith(`\uFEFF${CSV_HEADER.join(',')}\n`)).toBe(true);
    // One row per event: the real events each cite a single article.
    expect(out.rows).toBe(REAL.events.length);
  });

  it('reads the whole real dataset back to the same events, in English and in Spanish', () => {
    roundTrip(REAL, REAL.events);
    const es = localizeDataset(REAL, 'es');
    roundTrip(es, es.events, REAL);
  });

  it('reads back any filtered part of the real dataset', () => {
    fc.assert(
      fc.property(fc.subarray(REAL.events, { minLength: 1 }), (events) => {
        roundTrip(REAL, events);
      }),
      { numRuns: 40 },
    );
  });

  it('reads back synthetic datasets of any size and seed, several articles per event included', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 600 }), fc.integer(), (count, seed) => {
        const d = DatasetSchema.parse(syntheticDataset(REAL, count, seed));
        roundTrip(d, d.events);
      }),
      { numRuns: 25 },
    );
    const big = DatasetSchema.parse(syntheticDataset(REAL, 5000, 7));
    const out = roundTrip(big, big.events);
    expect(out.rows).toBeGreaterThan(big.events.length);
  }, 120_000);

  it('keeps commas, quotes, line breaks, semicolons in titles and formula-like text as text', () => {
    const first = REAL.events[0] as FronteraEvent;
    const tricky: FronteraEvent[] = [
      { ...first, id: 'comma-quote', title: 'Title, with "quotes", and; semicolons' },
      { ...first, id: 'formula', title: '=HYPERLINK("http://x")', summary: '-1+1 is not a sum' },
      {
        ...first,
        id: 'at-sign',
        title: '@mention',
        summary: 'Line one.\nLine two, after a break.',
      },
      { ...first, id: 'scripts', title: 'Ciudad Juárez — 东京 — القاهرة', actors: ['+ a plus'] },
    ];
    const d = DatasetSchema.parse({ ...REAL, events: tricky, narratives: [] });
    const out = roundTrip(d, d.events);
    // Formula-like cells open as text in a spreadsheet: a space before =, +, - and @.
    expect(out.csv).toContain('" =HYPERLINK(""http://x"")"');
    expect(out.csv).toContain(', -1+1 is not a sum,');
  });

  it('writes a place outside the gazetteer with its coordinates, once', () => {
    const [a, b] = REAL.events as [FronteraEvent, FronteraEvent];
    const shelter = {
      id: 'shelter',
      name: 'A shelter',
      kind: 'building' as const,
      country: 'XX',
      lon: -117.02,
      lat: 32.53,
    };
    const d = DatasetSchema.parse({
      ...REAL,
      places: [...REAL.places, shelter],
      events: [
        { ...a, places: ['shelter', 'tijuana'] },
        { ...b, places: ['shelter'] },
      ],
      narratives: [],
    });
    const out = eventsToCsv(d.events, d, REAL.places);
    expect(out.csv.match(/32\.53/g)).toHaveLength(1);
    roundTrip(d, d.events, REAL);
  });
});

describe('Get the data: Frontera JSON with provenance', () => {
  it('holds the chosen events, what they refer to and where they came from, and imports back', () => {
    fc.assert(
      fc.property(fc.subarray(REAL.events, { minLength: 1 }), (events) => {
        const out = eventsToJson(REAL, events, {
          exportedBy: 'Frontera (https://example.org/frontera/)',
          exportedAt: '2026-12-03T10:00:00.000Z',
          from: 'Frontera’s dataset (data/frontera.json)',
          view: 'https://example.org/frontera/?cat=violence',
          events: events.length,
          of: REAL.events.length,
        });
        const back = importText('frontera-events.json', JSON.stringify(out), {
          reference: { places: REAL.places, administrations: REAL.administrations },
        });
        expect(back.errors).toEqual([]);
        expect(back.dataset?.events).toEqual(events);
        expect(back.dataset?.provenance?.events).toBe(events.length);
        const cited = new Set(events.flatMap((e) => e.sources.map((s) => s.article)));
        expect(new Set(back.dataset?.articles.map((a) => a.id))).toEqual(cited);
        expect(Object.keys(back.dataset?.translations?.es?.events ?? {}).sort()).toEqual(
          events.map((e) => e.id).sort(),
        );
      }),
      { numRuns: 30 },
    );
  });
});
