/**
 * Seeded synthetic datasets for benchmarks and scale tests: the real articles, administrations
 * and places, with `count` made-up events spread over 1998–2024.
 */
import {
  CATEGORIES,
  type Dataset,
  type FronteraEvent,
  type Precision,
} from '../../src/data/schema';
import { administrationsOverlapping } from '../../src/domain/administrations';
import { periodBounds } from '../../src/domain/isoDate';

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

const pad = (n: number) => String(n).padStart(2, '0');

export function syntheticDataset(base: Omit<Dataset, 'events'>, count: number, seed = 42): Dataset {
  const rand = seededRandom(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
  const events: FronteraEvent[] = [];
  for (let i = 0; i < count; i++) {
    const y = 1998 + Math.floor(rand() * 27);
    const m = 1 + Math.floor(rand() * 12);
    const d = 1 + Math.floor(rand() * 28);
    const r = rand();
    const precision: Precision = r < 0.75 ? 'day' : r < 0.93 ? 'month' : 'year';
    const start =
      precision === 'day'
        ? `${y}-${pad(m)}-${pad(d)}`
        : precision === 'month'
          ? `${y}-${pad(m)}`
          : `${y}`;
    const bounds = periodBounds(start, precision);
    if ('error' in bounds) throw new Error(bounds.error);
    const place = pick(base.places).id;
    const article = pick(base.articles).id;
    events.push({
      id: `synthetic-${i}`,
      title: `Synthetic event ${i}`,
      summary: 'Generated for benchmarks.',
      date: { start, precision, approximate: rand() < 0.1, basis: 'explicit' },
      status: 'occurred',
      places: rand() < 0.9 ? [place] : [],
      actors: [],
      category: pick(CATEGORIES),
      figures: [],
      sources: [{ article, excerpt: 'synthetic' }],
      t0: bounds.t0,
      t1: bounds.t1,
      admins: {
        us: administrationsOverlapping(base.administrations, 'US', bounds.t0, bounds.t1),
        mx: administrationsOverlapping(base.administrations, 'MX', bounds.t0, bounds.t1),
      },
    });
  }
  events.sort((a, b) => a.t0 - b.t0 || a.id.localeCompare(b.id));
  return { ...base, events };
}
