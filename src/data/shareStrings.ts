/**
 * JSON.parse gives every occurrence of a repeated value ("texas", "trump", an article id) a
 * string of its own; a dataset of 100,000 events holds a million such copies. This points every
 * occurrence at one shared string, so the heap keeps each value once. Only fields whose values
 * repeat across events are walked: titles and summaries are left as they are.
 */
import type { Dataset } from './schema';

export function shareRepeatedStrings(dataset: Dataset): Dataset {
  const pool = new Map<string, string>();
  const one = (s: string): string => {
    const hit = pool.get(s);
    if (hit !== undefined) return hit;
    pool.set(s, s);
    return s;
  };
  const all = (list: string[]) => {
    for (let i = 0; i < list.length; i++) list[i] = one(list[i] as string);
  };
  for (const e of dataset.events) {
    e.category = one(e.category) as typeof e.category;
    e.status = one(e.status) as typeof e.status;
    e.date.precision = one(e.date.precision) as typeof e.date.precision;
    if (e.date.basis) e.date.basis = one(e.date.basis) as typeof e.date.basis;
    e.date.start = one(e.date.start);
    if (e.date.end) e.date.end = one(e.date.end);
    all(e.places as string[]);
    all(e.actors as string[]);
    all(e.admins.us as string[]);
    all(e.admins.mx as string[]);
    for (const s of e.sources) s.article = one(s.article);
    if (e.attribution?.claimant) e.attribution.claimant = one(e.attribution.claimant);
  }
  return dataset;
}
