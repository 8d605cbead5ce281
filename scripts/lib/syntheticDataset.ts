/**
 * Seeded synthetic datasets for benchmarks and scale tests: the real articles, administrations,
 * places and narratives, with `count` made-up events spread over 1998–2024 the way news is —
 * thin in the early years, dense from 2016, bunched into episodes (a caravan, a court fight).
 * The same base, count and seed always give the same dataset, byte for byte, and it parses with
 * DatasetSchema (references resolve, t0/t1 match the date, ids are unique).
 */

import { dateBounds } from '../../src/data/calendar';
import {
  CATEGORIES,
  type Category,
  type Dataset,
  DatasetSchema,
  type Figure,
  type FronteraEvent,
  type Place,
  type PlaceKind,
  type Precision,
} from '../../src/data/schema';
import { administrationsOverlapping } from '../../src/domain/administrations';
import { asciiJson } from './asciiJson';

/** mulberry32: tiny, fast, good enough for fixtures, and the same sequence for the same seed. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const FIRST_YEAR = 1998;
export const LAST_YEAR = 2024;

/** Relative news intensity per year: the Calderón drug war, then the 2016–2023 focus. */
function yearWeight(y: number): number {
  if (y < 2006) return 1;
  if (y < 2013) return 1.5;
  if (y < 2016) return 2;
  const recent: Record<number, number> = {
    2016: 4,
    2017: 6,
    2018: 8,
    2019: 8,
    2020: 5,
    2021: 6,
    2022: 6,
    2023: 7,
  };
  return recent[y] ?? 4;
}

/** Border crossings and cities are in the news far more often than whole countries. */
const KIND_WEIGHT: Record<PlaceKind, number> = {
  'port-of-entry': 4,
  city: 3,
  'border-sector': 3,
  region: 2,
  state: 1.5,
  building: 1,
  country: 1,
};

/** Used when the base dataset has no events to borrow actors from. */
const FALLBACK_ACTORS = [
  'US Border Patrol',
  'US Customs and Border Protection',
  "Mexico's National Immigration Institute (INM)",
  'US Department of Homeland Security',
  'Mexican government',
  'White House',
  'Mexican military',
  'US District Court',
];

const FIGURE_UNITS = ['people', 'migrants', 'deaths', 'USD', 'percent', 'agents'] as const;

const DAY = 86_400_000;
const pad = (n: number) => String(n).padStart(2, '0');
const isoDay = (t: number) => new Date(t).toISOString().slice(0, 10);

/** Picks from `items` with probability proportional to `weight`, via a cumulative table. */
function weightedPicker<T>(
  items: readonly T[],
  weight: (item: T, i: number) => number,
  rand: () => number,
): () => T {
  if (items.length === 0) throw new Error('syntheticDataset: nothing to pick from');
  const cumulative: number[] = [];
  let total = 0;
  items.forEach((item, i) => {
    total += Math.max(0, weight(item, i));
    cumulative.push(total);
  });
  return () => {
    const r = rand() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cumulative[mid] ?? 0) > r) hi = mid;
      else lo = mid + 1;
    }
    return items[lo] as T;
  };
}

/** Up to `n` distinct values from `pick` (gives up after a few collisions on tiny pools). */
function distinct<T>(n: number, pick: () => T): T[] {
  const out = new Set<T>();
  for (let tries = 0; out.size < n && tries < n * 4; tries++) out.add(pick());
  return [...out];
}

/** The date string of instant `t` at `precision`. */
function dateString(t: number, precision: Precision): string {
  const d = new Date(t);
  const y = String(d.getUTCFullYear());
  if (precision === 'year') return y;
  const m = `${y}-${pad(d.getUTCMonth() + 1)}`;
  return precision === 'month' ? m : `${m}-${pad(d.getUTCDate())}`;
}

export interface SyntheticOptions {
  seed?: number;
}

/**
 * `count` synthetic events over the real gazetteer. `base` supplies articles, administrations,
 * places and narratives (story steps lose their event, which does not exist here); its events,
 * when given, only lend their actors and category mix.
 */
export function syntheticDataset(
  base: Omit<Dataset, 'events'> & { events?: readonly FronteraEvent[] },
  count: number,
  seed = 42,
): Dataset {
  const rand = seededRandom(seed);
  const chance = (p: number) => rand() < p;
  const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));

  const years = Array.from({ length: LAST_YEAR - FIRST_YEAR + 1 }, (_, i) => FIRST_YEAR + i);
  const pickYear = weightedPicker(years, yearWeight, rand);
  const dayIn = (y: number) => {
    const from = Date.UTC(y, 0, 1);
    const days = (Date.UTC(y + 1, 0, 1) - from) / DAY;
    return from + Math.floor(rand() * days) * DAY;
  };
  const firstDay = Date.UTC(FIRST_YEAR, 0, 1);
  const lastDay = Date.UTC(LAST_YEAR, 11, 31);

  // Episodes: bursts of coverage a few days to a month wide, placed like the rest of the news.
  const episodes = Array.from({ length: 80 }, () => ({
    centre: dayIn(pickYear()),
    halfWidth: int(2, 30),
  }));
  const pickEpisode = weightedPicker(episodes, () => 1, rand);
  const eventDay = () => {
    if (!chance(0.35)) return dayIn(pickYear());
    const e = pickEpisode();
    // Triangular offset: most coverage near the centre of the episode.
    const offset = Math.round((rand() - rand()) * e.halfWidth);
    return Math.min(lastDay, Math.max(firstDay, e.centre + offset * DAY));
  };

  const places: readonly Place[] = base.places;
  const pickPlace = weightedPicker(places, (p) => KIND_WEIGHT[p.kind], rand);

  const realActors = [...new Set((base.events ?? []).flatMap((e) => e.actors))];
  const actors = realActors.length > 0 ? realActors : FALLBACK_ACTORS;
  // Zipf-like: a handful of agencies appear everywhere, most actors rarely.
  const pickActor = weightedPicker(actors, (_, i) => 1 / (i + 1), rand);

  const categoryCounts = new Map<Category, number>();
  for (const e of base.events ?? [])
    categoryCounts.set(e.category, (categoryCounts.get(e.category) ?? 0) + 1);
  const pickCategory = weightedPicker(CATEGORIES, (c) => 1 + (categoryCounts.get(c) ?? 0), rand);

  const pickArticle = weightedPicker(base.articles, () => 1, rand);
  if (base.articles.length === 0) throw new Error('syntheticDataset: the base has no articles');

  const events: FronteraEvent[] = [];
  for (let i = 0; i < count; i++) {
    const r = rand();
    const precision: Precision = r < 0.65 ? 'day' : r < 0.9 ? 'month' : 'year';
    const t = eventDay();
    const start = dateString(t, precision);
    // A few events are spans: a stretch of days, a programme over months, a trend over years.
    let end: string | undefined;
    if (chance(0.07)) {
      const d = new Date(t);
      const endT =
        precision === 'day'
          ? t + int(1, 45) * DAY
          : precision === 'month'
            ? Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + int(1, 18), 1)
            : Date.UTC(d.getUTCFullYear() + int(1, 8), 0, 1);
      const candidate = dateString(Math.min(endT, lastDay), precision);
      if (candidate > start) end = candidate;
    }
    const date = {
      start,
      ...(end ? { end } : {}),
      precision,
      approximate: chance(0.1),
      basis: 'explicit' as const,
    };
    const bounds = dateBounds(date);
    if ('error' in bounds) throw new Error(`synthetic event ${i}: ${bounds.error}`);

    const placeCount = chance(0.08) ? 0 : chance(0.7) ? 1 : chance(0.75) ? 2 : 3;
    const eventPlaces = distinct(placeCount, pickPlace);
    const actorCount = chance(0.15) ? 0 : chance(0.6) ? 1 : chance(0.7) ? 2 : 3;
    const eventActors = distinct(actorCount, pickActor);
    const category = pickCategory();
    const where = eventPlaces[0]?.name ?? 'the border';
    const who = eventActors[0];
    const unit = FIGURE_UNITS[int(0, FIGURE_UNITS.length - 1)] ?? 'people';
    const figures: Figure[] = chance(0.12)
      ? [
          {
            min: unit === 'percent' ? int(1, 99) : int(2, 50_000),
            qualifier: chance(0.5) ? 'exact' : 'about',
            unit,
            counts: `${unit} reported near ${where}`,
          },
        ]
      : [];
    const articles = distinct(chance(0.85) ? 1 : 2, pickArticle);

    events.push({
      id: `synthetic-${i}`,
      title: `${category[0]?.toUpperCase()}${category.slice(1)} near ${where} (#${i})`,
      summary: `Synthetic ${category} event${who ? ` involving ${who}` : ''} near ${where} on ${isoDay(bounds.t0)}, generated for benchmarks.`,
      date,
      status: end && chance(0.3) ? 'ongoing' : 'occurred',
      places: eventPlaces.map((p) => p.id),
      actors: eventActors,
      category,
      figures,
      ...(who && chance(0.05) ? { attribution: { claimant: who } } : {}),
      sources: articles.map((a) => ({
        article: a.id,
        excerpt: `synthetic excerpt ${i}`,
        paragraph: int(1, 40),
      })),
      t0: bounds.t0,
      t1: bounds.t1,
      admins: {
        us: administrationsOverlapping(base.administrations, 'US', bounds.t0, bounds.t1),
        mx: administrationsOverlapping(base.administrations, 'MX', bounds.t0, bounds.t1),
      },
    });
  }
  events.sort((a, b) => a.t0 - b.t0 || a.id.localeCompare(b.id, 'en'));

  // Story steps keep their view and place; their events belong to the real dataset only.
  const narratives = base.narratives.map((n) => ({
    ...n,
    steps: n.steps.map(({ event: _event, ...step }) => step),
  }));
  return {
    version: base.version,
    articles: base.articles,
    administrations: base.administrations,
    places: base.places,
    events,
    narratives,
  };
}

/** A synthetic dataset as JSON text, refused unless it parses with DatasetSchema. */
export function syntheticJson(base: Dataset, count: number, seed = 42): string {
  const text = asciiJson(syntheticDataset(base, count, seed));
  const parsed = DatasetSchema.safeParse(JSON.parse(text));
  if (!parsed.success) {
    const first = parsed.error.issues
      .slice(0, 5)
      .map((i) => `${i.path.join('.')}: ${i.message}`)
      .join('\n  ');
    throw new Error(`synthetic dataset (${count} events, seed ${seed}) is invalid:\n  ${first}`);
  }
  return text;
}
