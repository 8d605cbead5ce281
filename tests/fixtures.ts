/**
 * Small hand-made dataset for component and domain tests: stable, readable, independent of the
 * real data's growth.
 */
import { type Dataset, DatasetSchema, type FronteraEvent } from '../src/data/schema';
import { administrationsOverlapping } from '../src/domain/administrations';
import { periodBounds } from '../src/domain/isoDate';

const administrations: Dataset['administrations'] = [
  {
    id: 'obama',
    country: 'US',
    name: 'Barack Obama',
    short: 'Obama',
    party: 'Democratic',
    start: '2009-01-20',
    end: '2017-01-19',
  },
  {
    id: 'trump',
    country: 'US',
    name: 'Donald Trump',
    short: 'Trump',
    party: 'Republican',
    start: '2017-01-20',
    end: '2021-01-19',
  },
  {
    id: 'biden',
    country: 'US',
    name: 'Joe Biden',
    short: 'Biden',
    party: 'Democratic',
    start: '2021-01-20',
    end: '2025-01-19',
  },
  {
    id: 'pena-nieto',
    country: 'MX',
    name: 'Enrique Peña Nieto',
    short: 'Peña Nieto',
    party: 'PRI',
    start: '2012-12-01',
    end: '2018-11-30',
  },
  {
    id: 'lopez-obrador',
    country: 'MX',
    name: 'Andrés Manuel López Obrador',
    short: 'López Obrador',
    party: 'Morena',
    start: '2018-12-01',
    end: '2024-09-30',
  },
];

const places: Dataset['places'] = [
  {
    id: 'san-ysidro-poe',
    name: 'San Ysidro Port of Entry',
    kind: 'port-of-entry',
    country: 'US',
    lon: -117.0296,
    lat: 32.5422,
  },
  { id: 'tijuana', name: 'Tijuana', kind: 'city', country: 'MX', lon: -117.0382, lat: 32.5149 },
  {
    id: 'ciudad-juarez',
    name: 'Ciudad Juárez',
    kind: 'city',
    country: 'MX',
    lon: -106.4245,
    lat: 31.6904,
  },
  { id: 'chiapas', name: 'Chiapas', kind: 'state', country: 'MX', lon: -92.64, lat: 16.49 },
];

const articles: Dataset['articles'] = [
  {
    id: 'a-2018',
    file: 'a.txt',
    title: 'Article 2018',
    author: 'Author A',
    published: '2018-11-27',
    publisher: 'Pub',
  },
  {
    id: 'a-2023',
    file: 'b.txt',
    title: 'Article 2023',
    author: 'Author B',
    published: '2023-12-26',
    publisher: 'Pub',
  },
];

type Spec = Pick<FronteraEvent, 'id' | 'title' | 'category' | 'places'> & {
  date: Omit<FronteraEvent['date'], 'basis'> & { basis?: FronteraEvent['date']['basis'] };
  actors?: string[];
  article?: string;
};

function ev(s: Spec): FronteraEvent {
  const a = periodBounds(s.date.start, s.date.precision);
  const b = s.date.end ? periodBounds(s.date.end, s.date.precision) : a;
  if ('error' in a || 'error' in b) throw new Error('bad fixture date');
  return {
    id: s.id,
    title: s.title,
    summary: `Summary of ${s.title}.`,
    date: { basis: 'explicit', ...s.date },
    status: 'occurred',
    places: s.places,
    actors: s.actors ?? [],
    category: s.category,
    figures: [],
    sources: [{ article: s.article ?? 'a-2018', excerpt: 'excerpt' }],
    t0: a.t0,
    t1: b.t1,
    admins: {
      us: administrationsOverlapping(administrations, 'US', a.t0, b.t1),
      mx: administrationsOverlapping(administrations, 'MX', a.t0, b.t1),
    },
  };
}

const day = (start: string) => ({ start, precision: 'day' as const, approximate: false });

export const fixtureDataset: Dataset = DatasetSchema.parse({
  version: 1,
  articles,
  administrations,
  places,
  events: [
    ev({
      id: 'sbp',
      title: 'Southern Border Program announced',
      category: 'policy',
      places: ['chiapas'],
      date: { start: '2014-07', precision: 'month', approximate: false },
    }),
    ev({
      id: 'merida',
      title: 'Mérida Initiative equipment',
      category: 'funding',
      places: [],
      date: { start: '2009', end: '2013', precision: 'year', approximate: false },
    }),
    ev({
      id: 'memo',
      title: 'DHS memos',
      category: 'policy',
      places: [],
      date: day('2017-02-21'),
      actors: ['John Kelly'],
    }),
    ev({
      id: 'tear-gas',
      title: 'Tear gas at San Ysidro',
      category: 'violence',
      places: ['san-ysidro-poe', 'tijuana'],
      date: day('2018-11-25'),
      actors: ['US Customs and Border Protection'],
    }),
    ev({
      id: 'tweet',
      title: 'Trump tweet on migrants',
      category: 'statement',
      places: [],
      date: day('2018-11-26'),
      actors: ['Donald Trump'],
    }),
    ev({
      id: 'mpp',
      title: 'Remain in Mexico begins',
      category: 'policy',
      places: ['san-ysidro-poe'],
      date: day('2019-01-25'),
    }),
    ev({
      id: 'ayala',
      title: 'Family forced off road returning from Juárez',
      category: 'violence',
      places: ['ciudad-juarez'],
      date: { start: '2023-10', precision: 'month', approximate: false },
      article: 'a-2023',
    }),
    ev({
      id: 'caravan',
      title: 'Exodus of Poverty caravan leaves Tapachula',
      category: 'caravan',
      places: ['chiapas'],
      date: day('2023-12-24'),
      article: 'a-2023',
    }),
  ].sort((a, b) => a.t0 - b.t0),
});
