/**
 * Event filters: within one facet any chosen value matches (OR); across facets all must (AND).
 * An empty facet does not filter. Search matches every word, ignoring case and diacritics.
 */
import type { Category, FronteraEvent } from '../data/schema';
import { plainText } from './markedText';

export interface Filters {
  us: readonly string[];
  mx: readonly string[];
  categories: readonly Category[];
  articles: readonly string[];
  places: readonly string[];
  actors: readonly string[];
  query: string;
}

export const EMPTY_FILTERS: Filters = {
  us: [],
  mx: [],
  categories: [],
  articles: [],
  places: [],
  actors: [],
  query: '',
};

export type FacetKey = Exclude<keyof Filters, 'query'>;
export const FACET_KEYS: readonly FacetKey[] = [
  'us',
  'mx',
  'categories',
  'articles',
  'places',
  'actors',
];

/** Lowercase, strip accents, collapse spaces: "Ciudad Juárez" → "ciudad juarez". */
export function foldText(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** The values an event has for a facet. */
export function facetValues(e: FronteraEvent, key: FacetKey): readonly string[] {
  switch (key) {
    case 'us':
      return e.admins.us;
    case 'mx':
      return e.admins.mx;
    case 'categories':
      return [e.category];
    case 'articles':
      return e.sources.map((s) => s.article);
    case 'places':
      return e.places;
    case 'actors':
      return e.actors;
  }
}

/** Whether the event has any of `chosen` for a facet (the hot path: no arrays built). */
function hasAny(e: FronteraEvent, key: FacetKey, chosen: ReadonlySet<string>): boolean {
  switch (key) {
    case 'categories':
      return chosen.has(e.category);
    case 'articles':
      for (const s of e.sources) if (chosen.has(s.article)) return true;
      return false;
    default:
      for (const v of facetValues(e, key)) if (chosen.has(v)) return true;
      return false;
  }
}

/**
 * Folded text searched for each event: title, summary, actors (as named in the data and in the
 * reader's language), place names, quote.
 */
export function searchText(
  e: FronteraEvent,
  placeName: (id: string) => string | undefined,
  actorName: (actor: string) => string = (a) => a,
): string {
  return foldText(
    [
      e.title,
      plainText(e.summary),
      ...e.actors,
      ...e.actors.map(actorName),
      ...e.places.map((p) => placeName(p) ?? p),
      e.quote?.text ?? '',
      e.quote?.speaker ?? '',
    ].join(' '),
  );
}

/** Folded search text by event id; only `get` is needed, so it can be built on first use. */
export interface SearchTexts {
  get(id: string): string | undefined;
}

/** How many values are chosen across every facet, the search counting as one. */
export function activeFilterCount(f: Filters): number {
  return FACET_KEYS.reduce((n, k) => n + f[k].length, f.query.trim() ? 1 : 0);
}

export function isFiltering(f: Filters): boolean {
  return f.query.trim() !== '' || FACET_KEYS.some((k) => f[k].length > 0);
}

/**
 * A predicate for the filters, optionally ignoring one facet (for that facet's own counts).
 * `texts` maps event id → searchText.
 */
export function filterPredicate(
  f: Filters,
  texts: SearchTexts,
  ignore?: FacetKey,
): (e: FronteraEvent) => boolean {
  const sets = FACET_KEYS.filter((k) => k !== ignore && f[k].length > 0).map(
    (k) => [k, new Set<string>(f[k])] as const,
  );
  const words = foldText(f.query).split(' ').filter(Boolean);
  return (e) => {
    for (const [k, set] of sets) {
      if (!hasAny(e, k, set)) return false;
    }
    if (words.length) {
      const text = texts.get(e.id) ?? '';
      if (!words.every((w) => text.includes(w))) return false;
    }
    return true;
  };
}

/**
 * For each facet, how many events each value would match given every *other* filter — the
 * numbers shown beside each toggle, so they update as other filters change. One pass: an event
 * that fails no facet counts in every facet, one that fails exactly one counts in that one only.
 */
export function facetCounts(
  events: readonly FronteraEvent[],
  f: Filters,
  texts: SearchTexts,
): Record<FacetKey, Map<string, number>> {
  const out = {} as Record<FacetKey, Map<string, number>>;
  for (const key of FACET_KEYS) out[key] = new Map();
  const sets = FACET_KEYS.map((k) => (f[k].length > 0 ? new Set<string>(f[k]) : null));
  const words = foldText(f.query).split(' ').filter(Boolean);
  const count = (e: FronteraEvent, i: number) => {
    const key = FACET_KEYS[i] as FacetKey;
    const counts = out[key];
    const values = facetValues(e, key);
    for (let j = 0; j < values.length; j++) {
      const v = values[j] as string;
      if (values.indexOf(v) !== j) continue; // an event counts once per value
      counts.set(v, (counts.get(v) ?? 0) + 1);
    }
  };
  for (const e of events) {
    if (words.length) {
      const text = texts.get(e.id) ?? '';
      if (!words.every((w) => text.includes(w))) continue;
    }
    let failed = -1;
    let failures = 0;
    for (let i = 0; i < sets.length && failures < 2; i++) {
      const set = sets[i];
      if (set && !hasAny(e, FACET_KEYS[i] as FacetKey, set)) {
        failed = i;
        failures++;
      }
    }
    if (failures === 0) for (let i = 0; i < FACET_KEYS.length; i++) count(e, i);
    else if (failures === 1) count(e, failed);
  }
  return out;
}

/** One active filter value (or the search), and how many events there would be without it. */
export interface Relaxation {
  key: FacetKey | 'query';
  value: string;
  count: number;
}

/** The filters with one value (or the search) taken away. */
export function withoutValue(f: Filters, key: FacetKey | 'query', value: string): Filters {
  if (key === 'query') return { ...f, query: '' };
  return { ...f, [key]: (f[key] as readonly string[]).filter((v) => v !== value) };
}

/**
 * For an empty result, which single filter to remove and what it would bring back, most
 * rewarding first: the zero-result state says exactly what to change.
 */
export function relaxations(
  events: readonly FronteraEvent[],
  f: Filters,
  texts: SearchTexts,
): Relaxation[] {
  const active: { key: FacetKey | 'query'; value: string }[] = FACET_KEYS.flatMap((key) =>
    (f[key] as readonly string[]).map((value) => ({ key, value })),
  );
  if (f.query.trim()) active.push({ key: 'query', value: f.query.trim() });
  return active
    .map(({ key, value }) => {
      const keep = filterPredicate(withoutValue(f, key, value), texts);
      let count = 0;
      for (const e of events) if (keep(e)) count++;
      return { key, value, count };
    })
    .sort((a, b) => b.count - a.count);
}
