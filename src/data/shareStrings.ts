/**
 * JSON.parse gives every occurrence of a repeated value ("texas", ["trump"], {us: ["obama"],
 * mx: ["pena-nieto"]}) an object or string of its own; a dataset of 100,000 events holds millions
 * of such copies. This points every occurrence at one shared copy, so the heap keeps each value
 * once. Only fields whose values repeat across events are walked (titles and summaries are left
 * as they are), and nothing mutates a loaded dataset afterwards, so sharing is safe.
 */
import type { Dataset, FronteraEvent } from './schema';

type Admins = FronteraEvent['admins'];

export function shareRepeatedStrings(dataset: Dataset): Dataset {
  const strings = new Map<string, string>();
  const one = (s: string): string => {
    const hit = strings.get(s);
    if (hit !== undefined) return hit;
    strings.set(s, s);
    return s;
  };
  // A list is keyed by its shared strings joined with a character no value holds. Most lists
  // hold zero or one value: those skip the join, the commonest work here at 100,000 events.
  const lists = new Map<string, string[]>();
  const singles = new Map<string, string[]>();
  const empty: string[] = [];
  const list = (values: readonly string[]): string[] => {
    if (values.length === 0) return empty;
    if (values.length === 1) {
      const v = values[0] as string;
      const hit = singles.get(v);
      if (hit) return hit;
      const shared = [one(v)];
      singles.set(v, shared);
      return shared;
    }
    const shared = values.map(one);
    const key = shared.join('\u0000');
    const hit = lists.get(key);
    if (hit) return hit;
    lists.set(key, shared);
    return shared;
  };
  // Keyed by the shared lists themselves: equal lists are one array by now.
  const admins = new Map<string[], Map<string[], Admins>>();
  const adminsOf = (a: Admins): Admins => {
    const us = list(a.us);
    const mx = list(a.mx);
    // One that says more (why an administration was tagged) keeps its own record.
    if (Object.keys(a).length !== 2) return { ...a, us, mx };
    let byMx = admins.get(us);
    if (!byMx) {
      byMx = new Map();
      admins.set(us, byMx);
    }
    const hit = byMx.get(mx);
    if (hit) return hit;
    const shared = { us, mx };
    byMx.set(mx, shared);
    return shared;
  };
  for (const e of dataset.events) {
    e.category = one(e.category) as typeof e.category;
    e.status = one(e.status) as typeof e.status;
    e.date.precision = one(e.date.precision) as typeof e.date.precision;
    if (e.date.basis) e.date.basis = one(e.date.basis) as typeof e.date.basis;
    e.date.start = one(e.date.start);
    if (e.date.end) e.date.end = one(e.date.end);
    e.places = list(e.places);
    e.actors = list(e.actors);
    e.admins = adminsOf(e.admins);
    for (const s of e.sources) s.article = one(s.article);
    if (e.attribution?.claimant) e.attribution.claimant = one(e.attribution.claimant);
  }
  return dataset;
}
