import { describe, expect, it } from 'vitest';
import { type CompileInput, compileDataset, formatError } from './compileDataset';
import { englishStamp } from './englishStamp';
import { formatTranslationFile, stampTranslations } from './stampTranslations';

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

  it('refuses presidencies of one country whose terms overlap, naming the file and the term', () => {
    const base = input([good]);
    const admins = (base.administrations.json as { id: string; end: string }[]).map((a) =>
      a.id === 'obama' ? { ...a, end: '2018-06-01' } : a,
    );
    const r = compileDataset({
      ...base,
      administrations: { ...base.administrations, json: admins },
    });
    expect(r.ok ? [] : r.errors.map(formatError)).toContain(
      'data/administrations.json › administration trump › start: US terms overlap: "trump" starts on 2017-01-20, before "obama" ends (2018-06-01); one president a day',
    );
  });

  it('dates an undated remark by its article alone: basis "reported" is the publication day', () => {
    const remark = (date: object) => ({
      ...good,
      id: 'remark',
      category: 'statement',
      quote: undefined,
      date: { precision: 'day', basis: 'reported', ...date },
    });
    expect(errorsOf([remark({ start: '2018-11-27' })])).toEqual([]);
    // A window inferred from another event (the Sunday clash) is refused.
    expect(errorsOf([remark({ start: '2018-11-25', end: '2018-11-27' })])).toEqual([
      `data/events/art.json › event remark › date: basis "reported" dates a remark by its article's publication: start "2018-11-27", precision "day", no end`,
    ]);
    expect(errorsOf([{ ...remark({ start: '2018-11-27' }), status: 'planned' }])).toContain(
      'data/events/art.json › event remark › status: a reported remark has been made: it cannot be planned',
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
      'data/administrations.json › administration x › end: term ends (2020-01-01) before it starts (2030-01-01)',
    );
  });

  it('refuses a gazetteer place no event names', () => {
    const r = compileDataset(input([{ ...good, places: [] }]));
    expect(r.ok ? [] : r.errors.map(formatError)).toEqual([
      'data/places.json › place san-ysidro: no event names this place: remove it, or tie an event to it',
    ]);
  });
});

describe('compileDataset: translations (data/languages.json, data/i18n/<lang>/)', () => {
  const ES = 'data/i18n/es/';
  const eventTexts = {
    'tear-gas': {
      title: 'Gas lacrimógeno en San Ysidro',
      summary: 'Agentes dispararon gas lacrimógeno.',
      'quote.speaker': 'Manifestantes',
    },
  };
  const placeTexts = { 'san-ysidro': { name: 'Puerto de entrada de San Ysidro' } };
  const narrative = {
    id: 'story',
    title: 'Story',
    description: 'What happened at San Ysidro.',
    steps: [
      {
        title: 'Tear gas',
        caption: 'Agents used tear gas.',
        view: { start: '2018-11-01', end: '2018-11-30' },
        event: 'tear-gas',
      },
    ],
  };
  const narrativeTexts = {
    story: {
      title: 'Relato',
      description: 'Lo que pasó en San Ysidro.',
      'steps.0.title': 'Gas lacrimógeno',
      'steps.0.caption': 'Agentes usaron gas lacrimógeno.',
    },
  };

  /** The fixture, its Spanish stamped as checked against the English (unless `stamped` is false). */
  function translated(
    es: {
      events?: { file: string; json: unknown }[];
      places?: unknown;
      narratives?: unknown;
      administrations?: unknown;
      actors?: unknown;
      unknownFiles?: string[];
    } = {},
    event: object = good,
    languages: unknown = ['en', 'es'],
    stamped = true,
  ): CompileInput {
    const i = structuredClone(unstamped(es, event, languages));
    if (stamped) stampTranslations(i, { unstamped: true });
    return i;
  }
  function unstamped(
    es: Parameters<typeof translated>[0] & object,
    event: object,
    languages: unknown,
  ): CompileInput {
    return {
      ...input([event]),
      narratives: [{ file: 'data/narratives/story.json', json: narrative }],
      languages: { file: 'data/languages.json', json: languages },
      translations: [
        {
          lang: 'es',
          dir: ES,
          events: es.events ?? [{ file: `${ES}events/art.json`, json: eventTexts }],
          places: { file: `${ES}places.json`, json: es.places ?? placeTexts },
          narratives: { file: `${ES}narratives.json`, json: es.narratives ?? narrativeTexts },
          ...(es.administrations
            ? { administrations: { file: `${ES}administrations.json`, json: es.administrations } }
            : {}),
          ...(es.actors ? { actors: { file: `${ES}actors.json`, json: es.actors } } : {}),
          ...(es.unknownFiles ? { unknownFiles: es.unknownFiles } : {}),
        },
      ],
    };
  }
  const errorsIn = (i: CompileInput) => {
    const r = compileDataset(i);
    return r.ok ? [] : r.errors.map(formatError);
  };
  const withEvents = (json: unknown) => ({ events: [{ file: `${ES}events/art.json`, json }] });

  it('compiles valid translations into the dataset, keyed by language, record and field', () => {
    const r = compileDataset(translated({ administrations: { obama: { party: 'Demócrata' } } }));
    expect(r.ok ? [] : r.errors.map(formatError)).toEqual([]);
    if (!r.ok) return;
    expect(r.dataset.translations).toEqual({
      es: {
        events: eventTexts,
        places: placeTexts,
        narratives: narrativeTexts,
        administrations: { obama: { party: 'Demócrata' } },
        actors: {},
      },
    });
  });

  it('flags a Spanish text whose English changed after it was translated', () => {
    const checked = translated();
    // The English summary is rewritten after the Spanish was checked and stamped.
    const events = checked.events[0]?.json as { summary: string }[];
    (events[0] as { summary: string }).summary = 'Agents fired tear gas and pepper balls.';
    expect(errorsIn(checked)).toEqual([
      `data/i18n/es/events/art.json › event tear-gas › summary: the English event text changed after this Spanish text was written (stamp ${englishStamp('Agents fired tear gas.')}, English now ${englishStamp('Agents fired tear gas and pepper balls.')}): revise the Spanish, then set "@en".summary to "${englishStamp('Agents fired tear gas and pepper balls.')}" (or npm run data -- --stamp <id>)`,
    ]);
    // Restamping the checked record clears it; nothing else is touched.
    const { files, stamped } = stampTranslations(checked, { ids: new Set(['tear-gas']) });
    expect(stamped).toBe(1);
    expect(Object.keys(files)).toEqual(['data/i18n/es/events/art.json']);
    expect(errorsIn(checked)).toEqual([]);
  });

  it('asks a new translation for its stamp and refuses a stamp for no text', () => {
    const fresh = translated({}, good, ['en', 'es'], false);
    expect(errorsIn(fresh).filter((e) => e.includes('tear-gas › title'))).toEqual([
      `data/i18n/es/events/art.json › event tear-gas › title: no "@en" stamp of the English this Spanish text translates: check it against the English, then add "@en": {"title": "${englishStamp('Tear gas at San Ysidro')}"} (or npm run data -- --stamp <id>)`,
    ]);
    const extra = translated();
    const file = extra.translations?.[0]?.events[0];
    const record = (file?.json as Record<string, { '@en': object }> | undefined)?.['tear-gas'];
    if (record) record['@en'] = { ...record['@en'], note: 'abcdef12' };
    expect(errorsIn(extra)).toContain(
      'data/i18n/es/events/art.json › event tear-gas › note: "@en" stamp for a text this record does not translate: remove it',
    );
  });

  it('writes stamps one line per record, leaving the texts as they were', () => {
    expect(
      formatTranslationFile({
        a: { title: 'T', '@en': { title: '12345678', summary: 'abcdef12' } },
      }),
    ).toBe(
      '{\n  "a": {\n    "title": "T",\n    "@en": { "title": "12345678", "summary": "abcdef12" }\n  }\n}\n',
    );
  });

  it('names every actor in each language, once, by its English name', () => {
    const acting = { ...good, actors: ['US Border Patrol', 'Migrant caravan'] };
    expect(errorsIn(translated({}, acting))).toEqual([
      'data/i18n/es/actors.json: missing: the 2 actor(s) of the events have no Spanish name',
    ]);
    const r = compileDataset(
      translated(
        { actors: { 'US Border Patrol': 'Patrulla Fronteriza', 'Migrant caravan': 'Caravana' } },
        acting,
      ),
    );
    expect(r.ok && r.dataset.translations?.es?.actors).toEqual({
      'Migrant caravan': 'Caravana',
      'US Border Patrol': 'Patrulla Fronteriza',
    });
    expect(
      errorsIn(
        translated({ actors: { 'US Border Patrol': 'Patrulla', 'Border Patrol': 'x' } }, acting),
      ),
    ).toEqual([
      'data/i18n/es/actors.json › Border Patrol: no event names this actor (was it renamed in data/events/?): remove it or rename it',
      'data/i18n/es/actors.json › Migrant caravan: missing Spanish name',
    ]);
  });

  it('accepts the article’s English marked [en:…] only in notes, summaries and checks', () => {
    const marked = (texts: object) =>
      errorsIn(translated(withEvents({ 'tear-gas': { ...eventTexts['tear-gas'], ...texts } })));
    expect(marked({ summary: 'Agentes dispararon “[en:tear gas]”.' })).toEqual([]);
    expect(marked({ title: 'Gas “[en:tear gas]”' })).toEqual([
      "data/i18n/es/events/art.json › event tear-gas › title: an [en:…] mark is for the article's English quoted in a note, summary or check, not in a title",
    ]);
    expect(marked({ summary: 'Agentes dispararon [en:tear gas.' })).toEqual([
      'data/i18n/es/events/art.json › event tear-gas › summary: a “[en:” mark that does not close with “]”',
    ]);
  });

  it('adds no translations without data/languages.json, or when it lists only English', () => {
    const none = compileDataset(input([good]));
    expect(none.ok && 'translations' in none.dataset).toBe(false);
    const english = { ...translated(), translations: [] };
    const r = compileDataset({
      ...english,
      languages: { file: 'data/languages.json', json: ['en'] },
    });
    expect(r.ok && r.dataset.translations).toBe(undefined);
  });

  it('refuses a missing text, naming file, record and field', () => {
    const { summary: _, ...titleOnly } = eventTexts['tear-gas'];
    expect(errorsIn(translated(withEvents({ 'tear-gas': titleOnly })))).toEqual([
      'data/i18n/es/events/art.json › event tear-gas › summary: missing Spanish text',
    ]);
    const { 'steps.0.caption': __, ...noCaption } = narrativeTexts.story;
    expect(errorsIn(translated({ narratives: { story: noCaption } }))).toEqual([
      'data/i18n/es/narratives.json › narrative story › steps.0.caption: missing Spanish text',
    ]);
    expect(errorsIn(translated({ places: { 'san-ysidro': {} } }))).toEqual([
      'data/i18n/es/places.json › place san-ysidro › name: missing Spanish text',
    ]);
  });

  it('refuses a record with no texts at all, and an events file with none of its events', () => {
    expect(errorsIn(translated(withEvents({})))).toEqual([
      'data/i18n/es/events/art.json › event tear-gas: missing Spanish text (title, summary, quote.speaker)',
    ]);
    expect(errorsIn(translated({ events: [] }))).toEqual([
      'data/i18n/es/events/art.json: missing: the 1 event(s) of data/events/art.json have no Spanish text',
    ]);
    expect(errorsIn(translated({ places: {} }))).toEqual([
      'data/i18n/es/places.json › place san-ysidro: missing Spanish text (name)',
    ]);
  });

  it('requires the figure texts, except the unit of money and percentages', () => {
    const event = {
      ...good,
      figures: [
        { min: 5, unit: 'USD', counts: 'spent', period: 'FY2018' },
        { min: 10, unit: 'people', counts: 'marchers' },
      ],
      attribution: { claimant: 'the article', via: 'AP' },
    };
    const texts = {
      ...eventTexts['tear-gas'],
      'figures.0.counts': 'gastado',
      'figures.0.period': 'año fiscal 2018',
      'figures.1.counts': 'manifestantes',
      'attribution.claimant': 'el artículo',
      'attribution.via': 'AP',
    };
    expect(errorsIn(translated(withEvents({ 'tear-gas': texts }), event))).toEqual([
      'data/i18n/es/events/art.json › event tear-gas › figures.1.unit: missing Spanish text',
    ]);
    const withUnit = { ...texts, 'figures.1.unit': 'personas' };
    expect(errorsIn(translated(withEvents({ 'tear-gas': withUnit }), event))).toEqual([]);
    expect(
      errorsIn(
        translated(withEvents({ 'tear-gas': { ...withUnit, 'figures.0.unit': 'USD' } }), event),
      ),
    ).toEqual([
      'data/i18n/es/events/art.json › event tear-gas › figures.0.unit: stale Spanish text: the English event has no such text; remove it',
    ]);
  });

  it('refuses a stale text (one the English lacks) and a field that is never translated', () => {
    const texts = { ...eventTexts['tear-gas'], note: 'Una nota.', 'quote.text': 'No somos' };
    expect(errorsIn(translated(withEvents({ 'tear-gas': texts })))).toEqual([
      'data/i18n/es/events/art.json › event tear-gas › note: stale Spanish text: the English event has no such text; remove it',
      'data/i18n/es/events/art.json › event tear-gas › quote.text: not a translatable event field (see src/data/translations.ts)',
    ]);
    const steps = { ...narrativeTexts.story, 'steps.1.title': 'Otro paso' };
    expect(errorsIn(translated({ narratives: { story: steps } }))).toEqual([
      'data/i18n/es/narratives.json › narrative story › steps.1.title: stale Spanish text: the English narrative has no such text; remove it',
    ]);
  });

  it('refuses an unknown event, place, narrative or administration id', () => {
    const events = { ...eventTexts, 'tear-gas-2': { title: 'x' } };
    expect(errorsIn(translated(withEvents(events)))).toEqual([
      'data/i18n/es/events/art.json › event tear-gas-2: unknown event id',
    ]);
    expect(
      errorsIn(
        translated({
          places: { ...placeTexts, atlantis: { name: 'Atlántida' } },
          narratives: { ...narrativeTexts, other: { title: 'Otro' } },
          administrations: { nixon: { party: 'Republicano' } },
        }),
      ),
    ).toEqual([
      'data/i18n/es/places.json › place atlantis: unknown place id',
      'data/i18n/es/narratives.json › narrative other: unknown narrative id',
      'data/i18n/es/administrations.json › administration nixon: unknown administration id',
    ]);
  });

  it('refuses an empty or non-string text', () => {
    const texts = { title: ' ', summary: 3, 'quote.speaker': 'Manifestantes' };
    expect(errorsIn(translated(withEvents({ 'tear-gas': texts })))).toEqual([
      'data/i18n/es/events/art.json › event tear-gas › title: Spanish text must be a non-empty string',
      'data/i18n/es/events/art.json › event tear-gas › summary: Spanish text must be a non-empty string',
    ]);
  });

  it('keeps an event’s texts beside its events file', () => {
    const r = errorsIn(
      translated({ events: [{ file: `${ES}events/other.json`, json: eventTexts }] }),
    );
    expect(r).toEqual([
      'data/i18n/es/events/other.json › event tear-gas: belongs in data/i18n/es/events/art.json, beside data/events/art.json where the event is',
    ]);
  });

  it('holds every language to the schema’s limits: a Spanish title over 140 characters', () => {
    const long = { 'tear-gas': { ...eventTexts['tear-gas'], title: 'Gas '.repeat(36).trim() } };
    expect(
      errorsIn(translated({ events: [{ file: `${ES}events/art.json`, json: long }] })),
    ).toEqual([
      'data/i18n/es/events/art.json › event tear-gas › title: Too big: expected string to have <=140 characters (in Spanish)',
    ]);
  });

  it('applies our own words to translated texts too', () => {
    const texts = {
      ...eventTexts['tear-gas'],
      summary: 'Según el artículo: on Sunday agents fired tear gas at the San Ysidro crossing.',
    };
    expect(errorsIn(translated(withEvents({ 'tear-gas': texts })))).toEqual([
      'data/i18n/es/events/art.json › event tear-gas › summary: repeats the article word for word ("on sunday agents fired tear gas at the san ysidro crossing"): write it in our own words',
    ]);
  });

  it('checks data/languages.json against the language folders', () => {
    expect(errorsIn(translated({}, good, ['en']))).toEqual([
      'data/i18n/es/: "es" is not listed in data/languages.json',
    ]);
    expect(errorsIn({ ...translated(), translations: [] })).toEqual([
      'data/i18n/es/: missing: data/languages.json lists "es" (Spanish) but it has no texts',
    ]);
    expect(errorsIn(translated({}, good, ['es']))).toEqual([
      'data/languages.json: must list "en", the authored base',
      'data/i18n/es/: "es" is not listed in data/languages.json',
    ]);
    expect(errorsIn(translated({ unknownFiles: [`${ES}articles.json`] }))).toEqual([
      'data/i18n/es/articles.json: not a translation file (expected events/<article-id>.json, places.json, narratives.json, administrations.json or actors.json)',
    ]);
  });
});

describe('readInputs', () => {
  it('reads a file that starts with a byte-order mark, and names an unreadable one', async () => {
    const { mkdtempSync, mkdirSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { readInputs } = await import('./readInputs');
    const root = mkdtempSync(join(tmpdir(), 'frontera-data-'));
    mkdirSync(join(root, 'data', 'events'), { recursive: true });
    writeFileSync(join(root, 'data', 'articles.json'), '\uFEFF[]');
    writeFileSync(join(root, 'data', 'administrations.json'), '[]');
    writeFileSync(join(root, 'data', 'places.json'), '[oops');
    writeFileSync(join(root, 'data', 'events', 'a.json'), '[]');
    const read = readInputs(root, join(root, 'no-articles'));
    expect(read.errors.map(formatError)).toEqual([
      expect.stringMatching(/^data\/places\.json: not valid JSON: /),
    ]);
  });
});
