/**
 * Reading one cell into one value. Each parser returns the value or the problem as a code with
 * its parameters (without the row and column, which the caller adds), so every issue is built
 * the same way and worded by the message catalogue.
 */
import { periodBounds } from '../data/calendar';
import {
  CATEGORIES,
  type Category,
  type EventStatus,
  ID,
  PLACE_KINDS,
  type PlaceKind,
  type Precision,
  STATUSES,
} from '../data/schema';
import type { IssueCode, IssueParams } from './issueCodes';
import { capText, cleanText, foldKey, slugify } from './text';

export type Problem = { [C in IssueCode]: { code: C; params: IssueParams[C] } }[IssueCode];
/** A value, the problem with the cell, or a year the timeline cannot draw (named once per file). */
export type Parsed<T> = { value: T } | { problem: Problem } | { outOfRange: number };

const problem = <C extends IssueCode>(code: C, params: IssueParams[C]): { problem: Problem } => ({
  problem: { code, params } as Problem,
});

/** The years the timeline draws (the schema's instants). */
export const MIN_YEAR = 1000;
export const MAX_YEAR = 2999;

export interface CellDate {
  value: string;
  precision: Precision;
  /** The cell also gave a time of day, which is dropped. */
  timeDropped?: boolean;
}

const TIME = /^[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:Z|[+-]\d{2}:?\d{2})?$/i;
const pad = (n: string) => n.padStart(2, '0');
/** A cell value as a message quotes it: one line, at most 60 characters. */
export const shown = (raw: string) => capText(cleanText(raw), 60);

const inRange = (y: number) => y >= MIN_YEAR && y <= MAX_YEAR;

/**
 * A Frontera date: YYYY, YYYY-MM or YYYY-MM-DD (single-digit months and days are padded; a time
 * after the day is dropped). Slashed dates are refused: 3/2/2017 is March or February. Years
 * written with three digits or a minus (BCE, as TimelineJS writes them) are recognised so the
 * file can be told once which years the timeline draws.
 */
export function parseDate(raw: string): Parsed<CellDate> {
  const s = cleanText(raw).replace(/\u2212/g, '-');
  const m = /^(-?\d{3,6})(?:-(\d{1,2})(?:-(\d{1,2})(.*))?)?$/.exec(s);
  if (!m || (m[4] && !TIME.test(m[4]))) return problem('notDate', { value: shown(s) });
  const [, y = '', mo, d, time] = m;
  if (!inRange(Number(y))) return { outOfRange: Number(y) };
  const precision: Precision = d ? 'day' : mo ? 'month' : 'year';
  const value = [y, mo && pad(mo), d && pad(d)].filter(Boolean).join('-');
  const bounds = periodBounds(value, precision);
  if ('error' in bounds) return problem('notCalendarDate', { value });
  return { value: { value, precision, ...(time ? { timeDropped: true } : {}) } };
}

const MONTH_NAMES: readonly (readonly string[])[] = [
  ['january', 'enero'],
  ['february', 'febrero'],
  ['march', 'marzo'],
  ['april', 'abril'],
  ['may', 'mayo'],
  ['june', 'junio'],
  ['july', 'julio'],
  ['august', 'agosto'],
  ['september', 'septiembre', 'setiembre'],
  ['october', 'octubre'],
  ['november', 'noviembre'],
  ['december', 'diciembre'],
];

/** A TimelineJS year: digits, a minus for BCE, thousands separators forgiven ("1,500"). */
export function parseYear(raw: string): Parsed<number> {
  let s = cleanText(raw).replace(/\u2212/g, '-');
  if (/^-?\d{1,3}(?:[,.\s]\d{3})+$/.test(s)) s = s.replace(/[,.\s]/g, '');
  if (!/^-?\d{1,6}$/.test(s)) return problem('notYear', { value: shown(s) });
  const y = Number(s);
  return inRange(y) ? { value: y } : { outOfRange: y };
}

/** A TimelineJS month: 1–12, or a month name (English or Spanish) or its first three letters. */
export function parseMonth(raw: string): Parsed<number> {
  const s = cleanText(raw);
  if (/^\d{1,2}$/.test(s)) {
    const n = Number(s);
    return n >= 1 && n <= 12 ? { value: n } : problem('notMonth', { value: s });
  }
  const key = foldKey(s).replace(/\.$/, '');
  const i = MONTH_NAMES.findIndex((names) =>
    names.some((name) => key.length >= 3 && name.startsWith(key)),
  );
  return i >= 0 ? { value: i + 1 } : problem('notMonth', { value: shown(s) });
}

export function parseDayOfMonth(raw: string): Parsed<number> {
  const s = cleanText(raw);
  const n = /^\d{1,2}$/.test(s) ? Number(s) : Number.NaN;
  return n >= 1 && n <= 31 ? { value: n } : problem('notDay', { value: shown(s) });
}

/** Decimal degrees; a decimal comma ("31,76") is read as a point, as European sheets write it. */
export function parseCoordinate(raw: string, limit: 90 | 180): Parsed<number> {
  const s = cleanText(raw)
    .replace(/\u2212/g, '-')
    .replace(/°$/, '');
  const dotted = /^[+-]?\d+,\d+$/.test(s) ? s.replace(',', '.') : s;
  if (!/^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i.test(dotted))
    return problem('notNumber', { value: shown(s) });
  const n = Number(dotted);
  if (!Number.isFinite(n) || Math.abs(n) > limit)
    return problem('coordinateOutside', { value: shown(s), limit });
  return { value: n };
}

const TRUE = new Set(['true', 'yes', 'y', '1', 'x', 'si', 'verdadero']);
const FALSE = new Set(['false', 'no', 'n', '0', 'falso']);

export function parseBoolean(raw: string): Parsed<boolean> {
  const key = foldKey(raw);
  if (TRUE.has(key)) return { value: true };
  if (FALSE.has(key)) return { value: false };
  return problem('notBoolean', { value: shown(raw) });
}

export function parseStatus(raw: string): Parsed<EventStatus> {
  const key = foldKey(raw);
  const status = STATUSES.find((s) => s === key);
  return status
    ? { value: status }
    : problem('notStatus', { value: shown(raw), allowed: [...STATUSES] });
}

/** Category labels in both languages, so a sheet may name them as the app shows them. */
const CATEGORY_LABELS: Record<Category, readonly string[]> = {
  policy: ['Policy', 'Medidas y programas', 'Medidas', 'Política pública', 'Políticas'],
  enforcement: [
    'Enforcement',
    'Control migratorio',
    'Control migr.',
    'Control',
    'Aplicación de la ley',
  ],
  violence: ['Violence', 'Violencia'],
  caravan: ['Caravans', 'Caravana', 'Caravanas'],
  humanitarian: ['Humanitarian', 'Situación humanitaria', 'Humanitario', 'Humanitaria'],
  diplomacy: ['Diplomacy', 'Diplomacia'],
  statement: ['Statements', 'Declaración', 'Declaraciones'],
  legislation: ['Legislation', 'Legislación'],
  litigation: ['Litigation', 'Litigio', 'Litigios'],
  funding: ['Funding', 'Financiamiento', 'Fondos'],
  report: ['Reports & data', 'Reports', 'Informes y datos', 'Informes'],
  politics: ['Politics', 'Vida política', 'Política'],
};

const CATEGORY_KEYS = new Map<string, Category>();
for (const c of CATEGORIES)
  for (const name of [c, ...CATEGORY_LABELS[c]])
    if (!CATEGORY_KEYS.has(foldKey(name))) CATEGORY_KEYS.set(foldKey(name), c);

/** A category by its name or its label ("Reports & data"), ignoring case and accents. */
export function matchCategory(raw: string): Category | undefined {
  return CATEGORY_KEYS.get(foldKey(raw));
}

export function parseCategory(raw: string): Parsed<Category> {
  const c = matchCategory(raw);
  return c ? { value: c } : problem('notCategory', { value: shown(raw), allowed: [...CATEGORIES] });
}

export function parsePlaceKind(raw: string): Parsed<PlaceKind> {
  const key = foldKey(raw);
  const kind = PLACE_KINDS.find((k) => foldKey(k) === key);
  return kind
    ? { value: kind }
    : problem('notPlaceKind', { value: shown(raw), allowed: [...PLACE_KINDS] });
}

const MAX_URL = 2000;

/** Only http(s) links: a source link must never run script or open a local file. */
export function parseUrl(raw: string): Parsed<string> {
  const s = cleanText(raw);
  if (s.length > MAX_URL) return problem('urlTooLong', { max: MAX_URL });
  let url: URL;
  try {
    url = new URL(s);
  } catch {
    return problem('notUrl', { value: shown(s) });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    return problem('urlScheme', { value: shown(s) });
  if (!url.hostname) return problem('urlNoHost', { value: shown(s) });
  return { value: url.href };
}

export function parseId(raw: string): Parsed<string> {
  const s = cleanText(raw);
  if (s.length > 100) return problem('idTooLong', { max: 100 });
  if (ID.safeParse(s).success) return { value: s };
  const suggestion = slugify(s);
  return problem('notId', { value: shown(s), ...(suggestion ? { suggestion } : {}) });
}
