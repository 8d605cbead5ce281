import { describe, expect, it } from 'vitest';
import { type CompileInput, compileDataset, formatError } from './compileDataset';

const TEXT = [
  'Headline',
  'A. Writer 27 November 2018',
  'On Sunday, agents fired tear gas at the San Ysidro crossing. “We are not criminals,” they chanted.',
  'The Obama administration provided 112 million dollars in weapons and equipment from 2009 to 2013 to the Mexican police forces.',
  'The Department of Homeland Security announced the programme at San Ysidro.',
].join('\n\n');

function input(
  events: unknown[],
  texts: Map<string, string> | null = new Map([['a.txt', TEXT]]),
): CompileInput {
  return {
    articles: {
      file: 'data/articles.json',
      json: [
        {
          id: 'art',
          file: 'a.txt',
          title: 'T',
          author: 'A',
          published: '2018-11-27',
          publisher: 'P',
        },
      ],
    },
    administrations: {
      file: 'data/administrations.json',
      json: [
        {
          id: 'obama',
          country: 'US',
          name: 'Barack Obama',
          short: 'Obama',
          party: 'D',
          start: '2009-01-20',
          end: '2017-01-19',
        },
        {
          id: 'trump',
          country: 'US',
          name: 'Donald Trump',
          short: 'Trump',
          party: 'R',
          start: '2017-01-20',
          end: '2021-01-19',
        },
        {
          id: 'bush',
          country: 'US',
          name: 'George W. Bush',
          short: 'Bush',
          party: 'R',
          start: '2001-01-20',
          end: '2009-01-19',
        },
        {
          id: 'calderon',
          country: 'MX',
          name: 'Felipe Calderón',
          short: 'Calderón',
          party: 'PAN',
          start: '2006-12-01',
          end: '2012-11-30',
        },
        {
          id: 'pena-nieto',
          country: 'MX',
          name: 'EPN',
          short: 'Peña Nieto',
          party: 'PRI',
          start: '2012-12-01',
          end: '2018-11-30',
        },
      ],
    },
    places: {
      file: 'data/places.json',
      json: [
        {
          id: 'san-ysidro',
          name: 'San Ysidro',
          kind: 'port-of-entry',
          country: 'US',
          lon: -117.03,
          lat: 32.54,
        },
      ],
    },
    events: [{ file: 'data/events/art.json', json: events }],
    articleTexts: texts,
  };
}

const good = {
  id: 'tear-gas',
  title: 'Tear gas at San Ysidro',
  summary: 'Agents fired tear gas.',
  date: {
    start: '2018-11-25',
    precision: 'day',
    basis: 'relative',
    relative: { phrase: 'sunday', article: 'art' },
  },
  places: ['san-ysidro'],
  category: 'violence',
  quote: { text: 'We are not criminals', speaker: 'Marchers' },
  sources: [{ article: 'art', excerpt: 'agents fired tear gas at the San Ysidro crossing' }],
};

const errorsOf = (events: unknown[], texts?: Map<string, string> | null) => {
  const r = compileDataset(input(events, texts));
  return r.ok ? [] : r.errors.map(formatError);
};

describe('compileDataset', () => {
  it('accepts valid data and derives bounds and administrations', () => {
    const r = compileDataset(input([good]));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const [ev] = r.dataset.events;
    expect(ev?.t0).toBe(Date.UTC(2018, 10, 25));
    expect(ev?.t1).toBe(Date.UTC(2018, 10, 26));
    expect(ev?.admins).toEqual({ us: ['trump'], mx: ['pena-nieto'] });
    expect(ev?.sources[0]?.paragraph).toBe(1);
    expect(ev?.date.approximate).toBe(false);
  });

  it('names file, event, field and reason for an unknown place', () => {
    expect(errorsOf([{ ...good, places: ['atlantis'] }])).toEqual([
      'data/events/art.json › event tear-gas › places.0: unknown place "atlantis"',
    ]);
  });

  it('rejects duplicate ids', () => {
    expect(errorsOf([good, good])).toEqual([
      'data/events/art.json › event tear-gas › id: duplicate event id',
    ]);
  });

  it('rejects unparseable, impossible and reversed dates', () => {
    const date = (d: object) => errorsOf([{ ...good, date: d }]);
    expect(date({ start: 'Nov 2018', precision: 'month' })[0]).toMatch(
      /date.start: "Nov 2018" does not match precision "month"/,
    );
    expect(date({ start: '2018-02-30', precision: 'day' })[0]).toMatch(
      /"2018-02-30" is not a calendar date/,
    );
    expect(date({ start: '2013', end: '2009', precision: 'year' })[0]).toMatch(
      /date.end: end 2009 is before start 2013/,
    );
  });

  it('rejects a precision that contradicts the date', () => {
    expect(errorsOf([{ ...good, date: { start: '2018-11-25', precision: 'month' } }])[0]).toMatch(
      /does not match precision "month" \(expected YYYY-MM\)/,
    );
  });

  it('rejects a relative date that does not follow the rule', () => {
    const wrong = {
      ...good,
      date: {
        start: '2018-11-26',
        precision: 'day',
        basis: 'relative',
        relative: { phrase: 'sunday', article: 'art' },
      },
    };
    expect(errorsOf([wrong])[0]).toMatch(
      /"sunday" against 2018-11-27 resolves to 2018-11-25 \(day\)/,
    );
  });

  it('rejects an excerpt not found verbatim, but tolerates line breaks and quote styles', () => {
    expect(
      errorsOf([
        { ...good, sources: [{ article: 'art', excerpt: 'agents fired rubber bullets' }] },
      ])[0],
    ).toMatch(/sources.0.excerpt: excerpt not found verbatim in the article/);
    const wrapped = {
      ...good,
      sources: [{ article: 'art', excerpt: 'agents   fired\ntear gas' }],
      quote: { text: '"We are not criminals,"', speaker: 'x' },
    };
    expect(errorsOf([wrapped])).toEqual([]);
  });

  it('skips the excerpt check when the article texts are absent', () => {
    expect(
      errorsOf([{ ...good, sources: [{ article: 'art', excerpt: 'not in the text' }] }], null),
    ).toEqual([]);
  });

  it('reports schema violations with the field path', () => {
    const errors = errorsOf([{ ...good, category: 'gossip', extra: 1 }]);
    expect(
      errors.some((e) => e.startsWith('data/events/art.json › event tear-gas › category:')),
    ).toBe(true);
    expect(errors.some((e) => /Unrecognized key/.test(e))).toBe(true);
  });

  it('rejects an excerpt longer than 20 words', () => {
    const long = Array.from({ length: 21 }, () => 'word').join(' ');
    expect(errorsOf([{ ...good, sources: [{ article: 'art', excerpt: long }] }])[0]).toMatch(
      /at most 20 words/,
    );
  });

  it('refuses our text when it shares 8 consecutive words with its article', () => {
    const copied = {
      ...good,
      summary: 'On Sunday agents fired tear gas at the San Ysidro crossing.',
    };
    expect(errorsOf([copied])).toEqual([
      'data/events/art.json › event tear-gas › summary: repeats the article word for word ("on sunday agents fired tear gas at the san ysidro crossing"): write it in our own words',
    ]);
    // Seven shared words are fine; so is a long proper name on the allow-list.
    expect(
      errorsOf([{ ...good, summary: 'Agents fired tear gas at the crossing in San Ysidro.' }]),
    ).toEqual([]);
    const named = {
      ...good,
      summary:
        'It says the Department of Homeland Security announced the programme at San Ysidro on Monday.',
    };
    expect(errorsOf([named])).toHaveLength(1);
    const allowed = compileDataset({
      ...input([named]),
      allowedPhrases: {
        file: 'data/allowed-phrases.json',
        json: [{ phrase: 'Department of Homeland Security', why: 'agency name' }],
      },
    });
    expect(allowed.ok).toBe(true);
  });

  it('checks notes, captions and figures too, not only titles and summaries', () => {
    const ev = {
      ...good,
      figures: [
        {
          min: 112,
          qualifier: 'exact',
          unit: 'million USD',
          counts: 'in weapons and equipment from 2009 to 2013 to the Mexican police',
        },
      ],
    };
    expect(errorsOf([ev])[0]).toMatch(/› figures.0.counts: repeats the article/);
  });

  it('refuses a planned event given a day the text does not give', () => {
    const planned = {
      ...good,
      status: 'planned',
      date: { start: '2018-11-28', precision: 'day', basis: 'inferred', note: 'guessed' },
    };
    expect(errorsOf([planned])).toEqual([
      'data/events/art.json › event tear-gas › date.precision: a planned event is given a day the text does not give',
    ]);
    const month = {
      ...planned,
      date: {
        start: '2018-11',
        precision: 'month',
        basis: 'inferred',
        note: 'the article’s month',
      },
    };
    expect(errorsOf([month])).toEqual([]);
  });

  it('requires a note for inferred and external dates, and basis "relative" for a phrase', () => {
    expect(
      errorsOf([{ ...good, date: { start: '2018-11', precision: 'month', basis: 'external' } }])[0],
    ).toMatch(/date.note: basis "external" needs a note/);
    expect(errorsOf([{ ...good, date: { ...good.date, basis: 'explicit' } }])[0]).toMatch(
      /date.basis: a date resolved from a relative phrase has basis "relative"/,
    );
  });

  it('derives administrations by date, and an override needs a reason', () => {
    const merida = {
      ...good,
      id: 'merida',
      date: { start: '2009', end: '2013', precision: 'year' },
      sources: [{ article: 'art', excerpt: 'provided 112 million dollars' }],
    };
    const derived = compileDataset(input([merida]));
    expect(derived.ok && derived.dataset.events[0]?.admins).toEqual({
      us: ['obama', 'bush'],
      mx: ['calderon', 'pena-nieto'],
    });
    const overridden = compileDataset(
      input([
        {
          ...merida,
          adminsOverride: {
            us: ['obama'],
            reason: 'The article credits the Obama administration.',
          },
        },
      ]),
    );
    expect(overridden.ok && overridden.dataset.events[0]?.admins).toEqual({
      us: ['obama'],
      mx: ['calderon', 'pena-nieto'],
      reason: 'The article credits the Obama administration.',
    });
    expect(errorsOf([{ ...merida, adminsOverride: { us: ['obama'], reason: ' ' } }])[0]).toMatch(
      /adminsOverride.reason: an administrations override needs a reason/,
    );
    expect(
      errorsOf([{ ...merida, adminsOverride: { us: ['pena-nieto'], reason: 'x' } }])[0],
    ).toMatch(/"pena-nieto" is not a US presidency/);
  });

  it('refuses a range no administration covers', () => {
    const early = { ...good, date: { start: '1998', end: '2009', precision: 'year' } };
    expect(errorsOf([early])).toContain(
      'data/events/art.json › event tear-gas › date: no US administration in administrations.json covers 1998-01-01 – 2001-01-19',
    );
  });

  it('numbers the paragraph of each excerpt after the byline', () => {
    const ev = {
      ...good,
      sources: [{ article: 'art', excerpt: 'announced the programme at San Ysidro' }],
    };
    const r = compileDataset(input([ev]));
    expect(r.ok && r.dataset.events[0]?.sources[0]?.paragraph).toBe(3);
  });

  it('keeps a figure’s bounds and refuses a reversed range', () => {
    const fig = (f: object) => ({
      ...good,
      figures: [{ unit: 'people', counts: 'migrants', ...f }],
    });
    const r = compileDataset(input([fig({ min: 6000, max: 7000 })]));
    expect(r.ok && r.dataset.events[0]?.figures[0]).toEqual({
      min: 6000,
      max: 7000,
      qualifier: 'exact',
      unit: 'people',
      counts: 'migrants',
    });
    expect(errorsOf([fig({ min: 7000, max: 6000 })])[0]).toMatch(
      /figures.0.max: max must be greater/,
    );
  });

  it('refuses an empty dataset', () => {
    expect(errorsOf([])).toEqual(['data/events/: no events: the dataset would be empty']);
  });

  it('reports a bad place once, by its own name, without cascading to the events using it', () => {
    const base = input([good]);
    const places = base.places.json as { lat: number }[];
    const broken = compileDataset({
      ...base,
      places: { ...base.places, json: [{ ...places[0], lat: 123 }] },
    });
    expect(broken.ok ? [] : broken.errors.map(formatError)).toEqual([
      'data/places.json › place san-ysidro › lat: Too big: expected number to be <=90',
    ]);
  });

  it('refuses an administration that ends before it starts', () => {
    const base = input([good]);
    const admins = base.administrations.json as object[];
    const r = compileDataset({
      ...base,
      administrations: {
        ...base.administrations,
        json: [
          ...admins,
          {
            id: 'x',
            country: 'MX',
            name: 'X',
            short: 'X',
            party: 'X',
            start: '2030-01-01',
            end: '2020-01-01',
          },
        ],
      },
    });
    expect(r.ok ? [] : r.errors.map(formatError)).toContain(
      'public/data/frontera.json › administrations.5.end: term ends (2020-01-01) before it starts (2030-01-01)',
    );
  });

  it('refuses a gazetteer place no event names', () => {
    const r = compileDataset(input([{ ...good, places: [] }]));
    expect(r.ok ? [] : r.errors.map(formatError)).toEqual([
      'data/places.json › place san-ysidro: no event names this place: remove it, or tie an event to it',
    ]);
  });
});
