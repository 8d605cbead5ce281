/**
 * Reading one cell into one value. Each parser returns the value or the words of the problem
 * (without "row …, column …", which the caller adds), so every message is built the same way.
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
import { en } from '../i18n/en';
import { es } from '../i18n/es';
import { cleanText, foldKey, quote, slugify } from './text';

export type Parsed<T> = { value: T } | { error: string };

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

function yearError(y: number): string | undefined {
  return y < MIN_YEAR || y > MAX_YEAR ? `year ${y} is outside ${MIN_YEAR}–${MAX_YEAR}` : undefined;
}

/**
 * A Frontera date: YYYY, YYYY-MM or YYYY-MM-DD (single-digit months and days are padded; a time
 * after the day is dropped). Slashed dates are refused: 3/2/2017 is March or February.
 */
export function parseDate(raw: string): Parsed<CellDate> {
  const s = cleanText(raw);
  const m = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2})(.*))?)?$/.exec(s);
  if (!m || (m[4] && !TIME.test(m[4])))
    return {
      error: `${quote(s)} is not a date — write YYYY, YYYY-MM or YYYY-MM-DD (format the column as text so the spreadsheet keeps it)`,
    };
  const [, y = '', mo, d, time] = m;
  const bad = yearError(Number(y));
  if (bad) return { error: bad };
  const precision: Precision = d ? 'day' : mo ? 'month' : 'year';
  const value = [y, mo && pad(mo), d && pad(d)].filter(Boolean).join('-');
  const bounds = periodBounds(value, precision);
  if ('error' in bounds) return { error: bounds.error };
  return { value: { value, precision, ...(time ? { timeDropped: true } : {}) } };
}

const MONTH_NAMES = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

const showValue = (s: string) => (/^-?\d+$/.test(s) ? s : quote(s));

export function parseYear(raw: string): Parsed<number> {
  const s = cleanText(raw);
  if (!/^-?\d{1,6}$/.test(s)) return { error: `${showValue(s)} is not a year` };
  const y = Number(s);
  const bad = yearError(y);
  return bad ? { error: bad } : { value: y };
}

/** A TimelineJS month: 1–12, or an English month name or its first three letters. */
export function parseMonth(raw: string): Parsed<number> {
  const s = cleanText(raw);
  if (/^\d{1,2}$/.test(s)) {
    const n = Number(s);
    return n >= 1 && n <= 12 ? { value: n } : { error: `${s} is not a month` };
  }
  const key = foldKey(s);
  const i = MONTH_NAMES.findIndex((name) => key.length >= 3 && name.startsWith(key));
  return i >= 0 ? { value: i + 1 } : { error: `${showValue(s)} is not a month` };
}

export function parseDayOfMonth(raw: string): Parsed<number> {
  const s = cleanText(raw);
  const n = /^\d{1,2}$/.test(s) ? Number(s) : Number.NaN;
  return n >= 1 && n <= 31 ? { value: n } : { error: `${showValue(s)} is not a day of the month` };
}

/** Decimal degrees; a decimal comma ("31,76") is read as a point, as European sheets write it. */
export function parseCoordinate(raw: string, limit: 90 | 180): Parsed<number> {
  const s = cleanText(raw)
    .replace(/\u2212/g, '-')
    .replace(/°$/, '');
  const dotted = /^[+-]?\d+,\d+$/.test(s) ? s.replace(',', '.') : s;
  if (!/^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i.test(dotted))
    return { error: `${quote(s)} is not a number` };
  const n = Number(dotted);
  if (!Number.isFinite(n) || Math.abs(n) > limit)
    return { error: `${s} is outside −${limit}…${limit}` };
  return { value: n };
}

const TRUE = new Set(['true', 'yes', 'y', '1', 'x']);
const FALSE = new Set(['false', 'no', 'n', '0']);

export function parseBoolean(raw: string): Parsed<boolean> {
  const key = foldKey(raw);
  if (TRUE.has(key)) return { value: true };
  if (FALSE.has(key)) return { value: false };
  return { error: `${quote(raw)} is not true or false (write true, false, yes, no, 1 or 0)` };
}

export function parseStatus(raw: string): Parsed<EventStatus> {
  const key = foldKey(raw);
  const status = STATUSES.find((s) => s === key);
  return status
    ? { value: status }
    : { error: `${quote(raw)} is not a status — use ${STATUSES.join(', ')}` };
}

const CATEGORY_KEYS = new Map<string, Category>();
for (const c of CATEGORIES) {
  CATEGORY_KEYS.set(foldKey(c), c);
  // A sheet may name categories by their label, in either language.
  CATEGORY_KEYS.set(foldKey(en.categories[c]), c);
  CATEGORY_KEYS.set(foldKey(es.categories[c]), c);
}

/** A category by its name or its label ("Reports & data"), ignoring case and accents. */
export function matchCategory(raw: string): Category | undefined {
  return CATEGORY_KEYS.get(foldKey(raw));
}

export function parseCategory(raw: string): Parsed<Category> {
  const c = matchCategory(raw);
  return c
    ? { value: c }
    : { error: `${quote(raw)} is not a category — use one of ${CATEGORIES.join(', ')}` };
}

export function parsePlaceKind(raw: string): Parsed<PlaceKind> {
  const key = foldKey(raw);
  const kind = PLACE_KINDS.find((k) => foldKey(k) === key);
  return kind
    ? { value: kind }
    : { error: `${quote(raw)} is not a place kind — use one of ${PLACE_KINDS.join(', ')}` };
}

const MAX_URL = 2000;

/** Only http(s) links: a source link must never run script or open a local file. */
export function parseUrl(raw: string): Parsed<string> {
  const s = cleanText(raw);
  if (s.length > MAX_URL) return { error: `longer than ${MAX_URL} characters` };
  let url: URL;
  try {
    url = new URL(s);
  } catch {
    return { error: `${quote(s)} is not a web address (it must start with https://)` };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    return { error: `${quote(s)}: only http:// and https:// links are accepted` };
  if (!url.hostname) return { error: `${quote(s)} names no website` };
  return { value: url.href };
}

export function parseId(raw: string): Parsed<string> {
  const s = cleanText(raw);
  if (s.length > 100) return { error: 'longer than 100 characters' };
  if (ID.safeParse(s).success) return { value: s };
  const suggestion = slugify(s);
  return {
    error: `${quote(s)} is not an id — use lowercase letters, digits and dashes${suggestion ? ` (e.g. "${suggestion}")` : ''}`,
  };
}
