/**
 * The filters over typed arrays, for datasets of 10,000 events and more: built once per dataset,
 * each facet value keeps the positions (in `byStart` order) of the events that have it. A filter
 * toggle then marks the chosen values' events once and reads the filtered list, every facet's
 * counts and the totals per place and per category from those marks, instead of walking 100,000
 * event objects for each. Same answers as `filterPredicate` and `facetCounts`
 * (./filters.ts, the reference; a property test holds them equal).
 */
import type { FronteraEvent } from '../data/schema';
import {
  FACET_KEYS,
  type FacetKey,
  type Filters,
  facetValues,
  foldText,
  type SearchTexts,
} from './filters';
import { memoizeLast } from './memoizeLast';

type Postings = ReadonlyMap<string, Int32Array>;

export interface FacetIndex {
  /** The filtered events, in `byStart` order. */
  filter: (f: Filters) => FronteraEvent[];
  /** For each facet, each value's count under every *other* filter (and the search). */
  counts: (f: Filters) => Record<FacetKey, Map<string, number>>;
  /** Each value's count among the filtered events (events per place, per category…). */
  totals: (f: Filters, key: FacetKey) => Map<string, number>;
}

/** Each value's event positions, ascending; an event counts once per value. */
function postingsOf(events: readonly FronteraEvent[], key: FacetKey): Postings {
  const lists = new Map<string, number[]>();
  events.forEach((e, i) => {
    const values = facetValues(e, key);
    for (let j = 0; j < values.length; j++) {
      const v = values[j] as string;
      if (values.indexOf(v) !== j) continue;
      const list = lists.get(v);
      if (list) list.push(i);
      else lists.set(v, [i]);
    }
  });
  return new Map([...lists].map(([v, list]) => [v, Int32Array.from(list)]));
}

export function buildFacetIndex(byStart: readonly FronteraEvent[], texts: SearchTexts): FacetIndex {
  const n = byStart.length;
  const postings = new Map<FacetKey, Postings>();
  /** Built on first use: a page that never filters never pays for it. */
  const facet = (key: FacetKey): Postings => {
    const have = postings.get(key);
    if (have) return have;
    const made = postingsOf(byStart, key);
    postings.set(key, made);
    return made;
  };

  /**
   * Per event: how many active facets it fails (capped at 2), which one when it fails one, and
   * 255 when the search leaves it out.
   */
  const marks = memoizeLast((f: Filters) => {
    const fails = new Uint8Array(n);
    const failedFacet = new Int8Array(n).fill(-1);
    FACET_KEYS.forEach((key, k) => {
      const chosen = f[key];
      if (chosen.length === 0) return;
      const pass = new Uint8Array(n);
      const lists = facet(key);
      for (const v of new Set(chosen)) {
        const list = lists.get(v);
        if (list) for (let j = 0; j < list.length; j++) pass[list[j] as number] = 1;
      }
      for (let i = 0; i < n; i++)
        if (!pass[i] && fails[i] !== 255) {
          fails[i] = Math.min(2, (fails[i] as number) + 1);
          failedFacet[i] = k;
        }
    });
    const words = foldText(f.query).split(' ').filter(Boolean);
    if (words.length)
      for (let i = 0; i < n; i++) {
        const text = texts.get((byStart[i] as FronteraEvent).id) ?? '';
        if (!words.every((w) => text.includes(w))) fails[i] = 255;
      }
    return { fails, failedFacet };
  });

  return {
    filter(f) {
      const { fails } = marks(f);
      const out: FronteraEvent[] = [];
      for (let i = 0; i < n; i++) if (fails[i] === 0) out.push(byStart[i] as FronteraEvent);
      return out;
    },
    counts(f) {
      const { fails, failedFacet } = marks(f);
      const out = {} as Record<FacetKey, Map<string, number>>;
      FACET_KEYS.forEach((key, k) => {
        const counts = new Map<string, number>();
        for (const [v, list] of facet(key)) {
          let c = 0;
          for (let j = 0; j < list.length; j++) {
            const i = list[j] as number;
            const fail = fails[i];
            if (fail === 0 || (fail === 1 && failedFacet[i] === k)) c++;
          }
          if (c > 0) counts.set(v, c);
        }
        out[key] = counts;
      });
      return out;
    },
    totals(f, key) {
      const { fails } = marks(f);
      const counts = new Map<string, number>();
      for (const [v, list] of facet(key)) {
        let c = 0;
        for (let j = 0; j < list.length; j++) if (fails[list[j] as number] === 0) c++;
        if (c > 0) counts.set(v, c);
      }
      return counts;
    },
  };
}
