import { describe, expect, it } from 'vitest';
import { type CompileInput, compileDataset, formatError } from './compileDataset';

const TEXT =
  'On Sunday, agents fired tear gas at the San Ysidro crossing. “We are not criminals,” they chanted.';

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
  date: { start: '2018-11-25', precision: 'day', relative: { phrase: 'sunday', article: 'art' } },
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
    expect(ev?.date.approximate).toBe(false);
  });

  it('names file, event, field and reason for an unknown place', () => {
    expect(errorsOf([{ ...good, places: ['atlantis'] }])).toEqual([
      'data/events/art.json › event tear-gas › places.0: unknown place id "atlantis"',
    ]);
  });

  it('rejects duplicate ids', () => {
    expect(errorsOf([good, good])).toEqual([
      'data/events/art.json › event tear-gas › id: duplicate event id (also in data/events/art.json)',
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
    ).toMatch(/sources.0.excerpt: excerpt not found verbatim in a.txt/);
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
});
