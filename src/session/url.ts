/**
 * The URL is a serialisation of the store, defined here once: one entry per query key, each with
 * a parser that rejects bad input (the key is then ignored with a console warning) and a writer
 * that omits defaults so links stay short.
 */
import { z } from 'zod';
import { checkDataUrl } from '../data/dataUrl';
import { CATEGORIES } from '../data/schema';
import { EMPTY_FILTERS, type Filters } from '../domain/filters';
import { isoDayToMs, msToIsoDay } from '../domain/isoDate';
import { isLang } from '../i18n/lang';
import type { Camera } from './mapSlice';
import type { StoreData } from './store';
import type { Interval } from './timeSlice';
import { DEFAULT_PLAYHEAD, DEFAULT_VIEW } from './timeSlice';

/** The part of the store that lives in the URL. */
export interface UrlState {
  view: Interval;
  window: Interval | null;
  playhead: number;
  selectedEventId: string | null;
  selectedPlaceId: string | null;
  camera: Camera | null;
  filters: Filters;
  theme: StoreData['theme'];
  embed: boolean;
  fit: StoreData['fit'];
  controls: boolean;
  story: StoreData['story'];
  lang: StoreData['lang'];
  dataUrl: StoreData['dataUrl'];
}

export const DEFAULT_URL_STATE: UrlState = {
  view: DEFAULT_VIEW,
  window: null,
  playhead: DEFAULT_PLAYHEAD,
  selectedEventId: null,
  selectedPlaceId: null,
  camera: null,
  filters: EMPTY_FILTERS,
  theme: 'auto',
  embed: false,
  fit: 'article',
  controls: true,
  story: null,
  lang: null,
  dataUrl: null,
};

const DAY = 86_400_000;
const MIN_T = Date.UTC(1900, 0, 1);
const MAX_T = Date.UTC(2100, 0, 1);

const id = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
  .max(120);
/** A calendar day "YYYY-MM-DD" between 1900 and 2100, as epoch ms: the URL's and the bridge's. */
export const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((s) => {
    const t = isoDayToMs(s);
    return Number.isFinite(t) && t >= MIN_T && t <= MAX_T && msToIsoDay(t) === s;
  })
  .transform((s) => isoDayToMs(s));
/** "2018-11-01..2018-12-31": both days inclusive. */
const dayRange = z
  .string()
  .transform((s) => s.split('..'))
  .pipe(z.tuple([isoDay, isoDay]))
  .transform(([a, b]) => [a, b + DAY] as const)
  .refine(([a, b]) => b > a);
const idList = z
  .string()
  .transform((s) => s.split(',').filter(Boolean))
  .pipe(z.array(id).max(200))
  .transform((xs) => [...new Set(xs)]);
const camera = z
  .string()
  .transform((s) => s.split(',').map(Number))
  .pipe(
    z.tuple([
      z.number().min(-180).max(180),
      z.number().min(-85).max(85),
      z.number().min(0).max(22),
    ]),
  )
  .transform(([lon, lat, zoom]) => ({ lon, lat, zoom }));

const formatRange = ([a, b]: Interval) => `${msToIsoDay(a)}..${msToIsoDay(b - DAY)}`;
const sameRange = (a: Interval | null, b: Interval | null) =>
  a === b || (!!a && !!b && a[0] === b[0] && a[1] === b[1]);
const round = (v: number, d: number) => String(Math.round(v * 10 ** d) / 10 ** d);

/** How a key's change is recorded: 'push' makes a Back step; 'replace' does not (drags, camera). */
type HistoryMode = 'push' | 'replace';

interface Entry {
  key: string;
  history: HistoryMode;
  parse: (raw: string, into: UrlState) => boolean;
  write: (s: UrlState) => string | null;
}

function facetEntry(
  key: string,
  facet: keyof Omit<Filters, 'query'>,
  allowed?: readonly string[],
): Entry {
  return {
    key,
    history: 'push',
    parse: (raw, into) => {
      const r = idList.safeParse(raw);
      if (!r.success || (allowed && r.data.some((v) => !allowed.includes(v)))) return false;
      into.filters = { ...into.filters, [facet]: r.data };
      return true;
    },
    write: (s) => (s.filters[facet].length ? s.filters[facet].join(',') : null),
  };
}

export const URL_ENTRIES: readonly Entry[] = [
  {
    key: 'view',
    history: 'replace',
    parse: (raw, into) => {
      const r = dayRange.safeParse(raw);
      if (r.success) into.view = r.data;
      return r.success;
    },
    write: (s) => (sameRange(s.view, DEFAULT_VIEW) ? null : formatRange(s.view)),
  },
  {
    key: 'window',
    history: 'push',
    parse: (raw, into) => {
      const r = dayRange.safeParse(raw);
      if (r.success) into.window = r.data;
      return r.success;
    },
    write: (s) => (s.window ? formatRange(s.window) : null),
  },
  {
    key: 't',
    history: 'replace',
    parse: (raw, into) => {
      const r = isoDay.safeParse(raw);
      if (r.success) into.playhead = r.data;
      return r.success;
    },
    write: (s) => (s.playhead === DEFAULT_PLAYHEAD ? null : msToIsoDay(s.playhead)),
  },
  {
    key: 'event',
    history: 'push',
    parse: (raw, into) => {
      const r = id.safeParse(raw);
      if (r.success) into.selectedEventId = r.data;
      return r.success;
    },
    write: (s) => s.selectedEventId,
  },
  {
    key: 'site',
    history: 'push',
    parse: (raw, into) => {
      const r = id.safeParse(raw);
      if (r.success) into.selectedPlaceId = r.data;
      return r.success;
    },
    write: (s) => s.selectedPlaceId,
  },
  {
    key: 'map',
    history: 'replace',
    parse: (raw, into) => {
      const r = camera.safeParse(raw);
      if (r.success) into.camera = r.data;
      return r.success;
    },
    write: (s) =>
      s.camera
        ? [round(s.camera.lon, 4), round(s.camera.lat, 4), round(s.camera.zoom, 2)].join(',')
        : null,
  },
  facetEntry('us', 'us'),
  facetEntry('mx', 'mx'),
  facetEntry('cat', 'categories', CATEGORIES),
  facetEntry('src', 'articles'),
  facetEntry('places', 'places'),
  {
    key: 'actors',
    history: 'push',
    parse: (raw, into) => {
      const r = z
        .array(z.string().min(1).max(200))
        .max(100)
        .safeParse(raw.split('|').filter(Boolean));
      if (r.success) into.filters = { ...into.filters, actors: [...new Set(r.data)] };
      return r.success;
    },
    write: (s) => (s.filters.actors.length ? s.filters.actors.join('|') : null),
  },
  {
    key: 'q',
    history: 'push',
    parse: (raw, into) => {
      const r = z.string().max(200).safeParse(raw);
      if (r.success) into.filters = { ...into.filters, query: r.data };
      return r.success;
    },
    write: (s) => (s.filters.query.trim() ? s.filters.query : null),
  },
  {
    key: 'theme',
    history: 'replace',
    parse: (raw, into) => {
      const r = z.enum(['light', 'dark', 'auto']).safeParse(raw);
      if (r.success) into.theme = r.data;
      return r.success;
    },
    write: (s) => (s.theme === 'auto' ? null : s.theme),
  },
  {
    key: 'embed',
    history: 'replace',
    parse: (raw, into) => {
      const ok = raw === '1' || raw === '0';
      if (ok) into.embed = raw === '1';
      return ok;
    },
    write: (s) => (s.embed ? '1' : null),
  },
  {
    key: 'fit',
    history: 'replace',
    parse: (raw, into) => {
      const r = z.enum(['article', 'slide']).safeParse(raw);
      if (r.success) into.fit = r.data;
      return r.success;
    },
    write: (s) => (s.fit === 'article' ? null : s.fit),
  },
  {
    key: 'controls',
    history: 'replace',
    parse: (raw, into) => {
      const ok = raw === '1' || raw === '0';
      if (ok) into.controls = raw === '1';
      return ok;
    },
    write: (s) => (s.controls ? null : '0'),
  },
  {
    key: 'story',
    history: 'push',
    parse: (raw, into) => {
      // "story-id" or "story-id:3" (1-based step, as readers count).
      const r = z
        .string()
        .regex(/^([a-z0-9]+(?:-[a-z0-9]+)*)(?::([1-9]\d{0,2}))?$/)
        .safeParse(raw);
      if (!r.success) return false;
      const [idPart, stepPart] = r.data.split(':') as [string, string | undefined];
      into.story = { id: idPart, step: stepPart ? Number(stepPart) - 1 : 0 };
      return true;
    },
    write: (s) => (s.story ? `${s.story.id}:${s.story.step + 1}` : null),
  },
  {
    key: 'lang',
    history: 'push',
    parse: (raw, into) => {
      const ok = isLang(raw);
      if (ok) into.lang = raw;
      return ok;
    },
    write: (s) => s.lang,
  },
  {
    key: 'data',
    history: 'push',
    parse: (raw, into) => {
      const check = checkDataUrl(raw);
      if (!check.ok) console.warn(`[frontera] URL: ${check.reason}`);
      else into.dataUrl = raw;
      return check.ok;
    },
    write: (s) => s.dataUrl,
  },
];

export interface ParseResult {
  state: UrlState;
  warnings: string[];
}

/** Query string → state. Never throws: bad or unknown keys are dropped with a warning. */
export function parseUrlState(search: string): ParseResult {
  const state: UrlState = { ...DEFAULT_URL_STATE, filters: { ...EMPTY_FILTERS } };
  const warnings: string[] = [];
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return { state, warnings: ['unreadable query string ignored'] };
  }
  const seen = new Set<string>();
  for (const [key, raw] of params) {
    const entry = URL_ENTRIES.find((e) => e.key === key);
    if (!entry) {
      warnings.push(`unknown parameter "${key}" ignored`);
      continue;
    }
    if (seen.has(key)) {
      warnings.push(`repeated parameter "${key}" ignored`);
      continue;
    }
    seen.add(key);
    let ok = false;
    try {
      ok = entry.parse(raw, state);
    } catch {
      ok = false;
    }
    if (!ok)
      warnings.push(`invalid value for "${key}" ignored: ${JSON.stringify(raw.slice(0, 80))}`);
  }
  return { state, warnings };
}

/** State → query string (without "?"), keys in a fixed order, defaults omitted. */
export function formatUrlState(s: UrlState): string {
  const params = new URLSearchParams();
  for (const e of URL_ENTRIES) {
    const v = e.write(s);
    if (v !== null) params.set(e.key, v);
  }
  return params.toString();
}

/** Which history mode a change between two states needs: push if any push-key changed. */
export function historyModeFor(before: UrlState, after: UrlState): HistoryMode | null {
  let mode: HistoryMode | null = null;
  for (const e of URL_ENTRIES) {
    if (e.write(before) !== e.write(after)) {
      if (e.history === 'push') return 'push';
      mode = 'replace';
    }
  }
  return mode;
}

/** The store fields the URL is made of: URL sync ignores changes to anything else. */
export const URL_FIELDS = [
  'view',
  'window',
  'playhead',
  'selectedEventId',
  'selectedPlaceId',
  'camera',
  'filters',
  'theme',
  'embed',
  'fit',
  'controls',
  'story',
  'lang',
  'dataUrl',
] as const satisfies readonly (keyof StoreData)[];

export function pickUrlState(s: StoreData): UrlState {
  return {
    view: s.view,
    window: s.window,
    playhead: s.playhead,
    selectedEventId: s.selectedEventId,
    selectedPlaceId: s.selectedPlaceId,
    camera: s.camera,
    filters: s.filters,
    theme: s.theme,
    embed: s.embed,
    fit: s.fit,
    controls: s.controls,
    story: s.story,
    lang: s.lang,
    dataUrl: s.dataUrl,
  };
}
