/**
 * The URL, defined once: one row per query key — the session field it holds, how it is read and
 * written, and whether a change makes a Back step. Defaults are the session's own initial values
 * and are never written, so links stay short. Types, parsing, writing and history all derive
 * from this table.
 */
import { checkDataUrl } from '../../data/dataUrl';
import { CATEGORIES } from '../../data/vocabulary';
import type { FacetKey, Filters } from '../../domain/filters';
import { LANGS } from '../../i18n/lang';
import { INITIAL_SESSION, type SessionState } from '../state';
import type { Codec } from './codecs';
import * as codec from './codecs';

/** 'push' makes a Back step (selections, filters); 'replace' does not (drags, camera). */
export type HistoryMode = 'push' | 'replace';

export interface UrlRow<K extends keyof SessionState> {
  key: string;
  field: K;
  history: HistoryMode;
  /** The field with this key's value read into it; undefined if the value is not accepted. */
  read(raw: string, current: SessionState[K]): SessionState[K] | undefined;
  /** The key's value for this field, or null to leave the key out (the default). */
  write(value: SessionState[K]): string | null;
}

/** A field written whole by one codec; left out when it equals the session's default. */
function plain<K extends keyof SessionState>(
  key: string,
  field: K,
  history: HistoryMode,
  c: Codec<SessionState[K]>,
): UrlRow<K> {
  const fallback = c.write(INITIAL_SESSION[field]);
  return {
    key,
    field,
    history,
    read: (raw) => c.read(raw),
    write: (v) => {
      const s = c.write(v);
      return s === fallback ? null : s;
    },
  };
}

/** One filter facet, kept inside `filters`. */
function facet(key: string, name: FacetKey, c: Codec<readonly string[]>): UrlRow<'filters'> {
  return {
    key,
    field: 'filters',
    history: 'push',
    read: (raw, current) => {
      const v = c.read(raw);
      return v && ({ ...current, [name]: v } as Filters);
    },
    write: (f) => (f[name].length ? c.write(f[name]) : null),
  };
}

export const URL_TABLE = [
  plain('view', 'view', 'replace', codec.dayRange),
  plain('window', 'window', 'push', codec.nullable(codec.dayRange)),
  plain('t', 'playhead', 'replace', codec.day),
  plain('event', 'selectedEventId', 'push', codec.nullable(codec.id)),
  plain('site', 'selectedPlaceId', 'push', codec.nullable(codec.id)),
  plain('map', 'camera', 'replace', codec.nullable(codec.camera)),
  facet('us', 'us', codec.idList()),
  facet('mx', 'mx', codec.idList()),
  facet('cat', 'categories', codec.idList(CATEGORIES)),
  facet('src', 'articles', codec.idList()),
  facet('places', 'places', codec.idList()),
  facet('actors', 'actors', codec.nameList),
  {
    key: 'q',
    field: 'filters',
    history: 'push',
    read: (raw, current) => {
      const query = codec.text.read(raw);
      return query === undefined ? undefined : { ...current, query };
    },
    write: (f) => (f.query.trim() ? f.query : null),
  } satisfies UrlRow<'filters'>,
  plain('theme', 'theme', 'replace', codec.oneOf(['light', 'dark', 'auto'] as const)),
  plain('embed', 'embed', 'replace', codec.flag),
  plain('fit', 'fit', 'replace', codec.oneOf(['article', 'slide'] as const)),
  plain('controls', 'controls', 'replace', codec.flag),
  plain('story', 'story', 'push', codec.nullable(codec.storyRef)),
  plain('lang', 'lang', 'push', codec.nullable(codec.oneOf(LANGS))),
  {
    key: 'data',
    field: 'dataUrl',
    history: 'push',
    read: (raw) => {
      const check = checkDataUrl(raw);
      if (!check.ok) throw new Error(check.reason);
      return raw;
    },
    write: (v) => v,
  } satisfies UrlRow<'dataUrl'>,
] as const;

/** The session fields the URL is made of. */
export type UrlField = (typeof URL_TABLE)[number]['field'];
export type UrlState = Pick<SessionState, UrlField>;

export const URL_FIELDS: readonly UrlField[] = [...new Set(URL_TABLE.map((r) => r.field))];

/** Every URL field at its default: what a query string without that key means. */
export const URL_DEFAULTS: UrlState = Object.fromEntries(
  URL_FIELDS.map((f) => [f, INITIAL_SESSION[f]]),
) as UrlState;

const byKey = new Map<string, (typeof URL_TABLE)[number]>(URL_TABLE.map((r) => [r.key, r]));

export interface ParsedUrl {
  /** Every URL field: the link's values, defaults for the keys it does not have. */
  state: UrlState;
  warnings: string[];
}

function readRow<K extends UrlField>(
  row: UrlRow<K>,
  raw: string,
  into: Pick<SessionState, K>,
): boolean {
  const value = row.read(raw, into[row.field]);
  if (value === undefined) return false;
  into[row.field] = value;
  return true;
}

/** Query string → URL state. Never throws: bad, unknown or repeated keys are dropped with a warning. */
export function parseUrl(search: string): ParsedUrl {
  const state: UrlState = { ...URL_DEFAULTS };
  const warnings: string[] = [];
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return { state, warnings: ['unreadable query string ignored'] };
  }
  const seen = new Set<string>();
  for (const [key, raw] of params) {
    const row = byKey.get(key);
    if (!row) warnings.push(`unknown parameter "${key}" ignored`);
    else if (seen.has(key)) warnings.push(`repeated parameter "${key}" ignored`);
    else {
      seen.add(key);
      let ok = false;
      let why = '';
      try {
        ok = readRow<UrlField>(row, raw, state);
      } catch (e) {
        why = e instanceof Error ? ` (${e.message})` : '';
      }
      if (!ok)
        warnings.push(
          `invalid value for "${key}" ignored: ${JSON.stringify(raw.slice(0, 80))}${why}`,
        );
    }
  }
  return { state, warnings };
}

/** URL state → query string (without "?"), keys in the table's order, defaults left out. */
export function formatUrl(s: UrlState): string {
  const params = new URLSearchParams();
  for (const row of URL_TABLE) {
    const v = (row as UrlRow<UrlField>).write(s[row.field]);
    if (v !== null) params.set(row.key, v);
  }
  return params.toString();
}

/** The history a change needs: 'push' if any push key changed, 'replace' if only others did. */
export function historyModeFor(before: UrlState, after: UrlState): HistoryMode | null {
  let mode: HistoryMode | null = null;
  for (const row of URL_TABLE) {
    const r = row as UrlRow<UrlField>;
    if (before[r.field] === after[r.field] || r.write(before[r.field]) === r.write(after[r.field]))
      continue;
    if (r.history === 'push') return 'push';
    mode = 'replace';
  }
  return mode;
}

/** The URL fields of a session. */
export function urlStateOf(s: SessionState): UrlState {
  const out = { ...URL_DEFAULTS };
  for (const f of URL_FIELDS) (out as Record<UrlField, unknown>)[f] = s[f];
  return out;
}
