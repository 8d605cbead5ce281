/**
 * Dates, numbers, money, lists and plurals through the platform's Intl, per language: "25 November
 * 2018" / "25 de noviembre de 2018", "6,000–7,000" in both, "$112 million" / "112 millones de
 * dólares". Never a day the data does not hold: each date is written to its precision.
 */
import type { EventDate, Figure, Qualifier } from '../data/schema';
import { parseIsoDay } from '../domain/isoDate';
import { type Lang, LOCALE } from './lang';

const UTC = { timeZone: 'UTC' } as const;
const PRECISION_FORMAT = {
  day: { day: 'numeric', month: 'long', year: 'numeric' },
  month: { month: 'long', year: 'numeric' },
  year: { year: 'numeric' },
} as const;

const toDate = (value: string) => {
  const { y, m, d } = parseIsoDay(value);
  return new Date(Date.UTC(y, Number.isFinite(m) ? m - 1 : 0, Number.isFinite(d) ? d : 1));
};

export interface Formatters {
  lang: Lang;
  /**
   * An event's date at its precision, ranges written compactly, "c." when approximate, and
   * "reported" before the publication day that dates an undated remark.
   */
  eventDate: (
    date: Pick<EventDate, 'start' | 'end' | 'precision' | 'approximate'> &
      Partial<Pick<EventDate, 'basis'>>,
  ) => string;
  /** "25 November 2018" */
  day: (ms: number) => string;
  /** "25 Nov 2018" */
  dayShort: (ms: number) => string;
  number: (n: number) => string;
  /** A figure's quantity: qualifier, number or range, unit. */
  quantity: (f: Pick<Figure, 'min' | 'max' | 'qualifier' | 'unit'>) => string;
  /** "a, b and c" / "a, b y c" */
  list: (items: readonly string[]) => string;
  /** Picks the plural form with Intl.PluralRules: plural(n, {one: '# event', other: '# events'}). */
  plural: (n: number, forms: { one: string; other: string }) => string;
  /** "$112 million", "$108,464" / "112 millones de dólares", "108,464 dólares". */
  money: (min: number, max?: number) => string;
}

const QUALIFIERS: Record<Lang, Record<Qualifier, string>> = {
  en: {
    exact: '',
    about: 'about',
    'at least': 'at least',
    'more than': 'more than',
    nearly: 'nearly',
    'up to': 'up to',
  },
  es: {
    exact: '',
    about: 'unos',
    'at least': 'al menos',
    'more than': 'más de',
    nearly: 'casi',
    'up to': 'hasta',
  },
};

/** An approximate date: "c. 2016" / "aprox. 2016". */
const APPROXIMATE: Record<Lang, string> = { en: 'c. ', es: 'aprox. ' };

/** US dollars around a formatted amount, as each language's press writes them. */
const DOLLARS: Record<Lang, (amount: string) => string> = {
  en: (amount) => `$${amount}`,
  // "112 millones de dólares" but "108,464 dólares": "de" only after a word ("millones").
  es: (amount) => `${amount}${/\p{L}$/u.test(amount) ? ' de' : ''} dólares`,
};

/** es-MX writes number ranges "6-7" or "10% - 12%": a newsroom sets them with an en dash. */
const endash = (s: string) => s.replace(/(?<=\S)\s?-\s?(?=\S)/g, '–');

const cache = new Map<Lang, Formatters>();

/** A value made the first time it is asked for, then kept. */
function once<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => {
    value ??= make();
    return value;
  };
}

export function formatters(lang: Lang): Formatters {
  const hit = cache.get(lang);
  if (hit) return hit;
  const locale = LOCALE[lang];
  // Each Intl object is made on first use: making them all cost the first frame ~40 ms.
  const dateFormats = {
    day: once(() => new Intl.DateTimeFormat(locale, { ...UTC, ...PRECISION_FORMAT.day })),
    month: once(() => new Intl.DateTimeFormat(locale, { ...UTC, ...PRECISION_FORMAT.month })),
    year: once(() => new Intl.DateTimeFormat(locale, { ...UTC, ...PRECISION_FORMAT.year })),
  };
  const short = once(
    () =>
      new Intl.DateTimeFormat(locale, { ...UTC, day: 'numeric', month: 'short', year: 'numeric' }),
  );
  // 'always': four-digit numbers grouped too ("3,000"), as the dataset's texts write them.
  const num = once(
    () => new Intl.NumberFormat(locale, { maximumFractionDigits: 2, useGrouping: 'always' }),
  );
  const lists = once(() => new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }));
  const plurals = once(() => new Intl.PluralRules(locale));
  const approx = APPROXIMATE[lang];
  const written = new WeakMap<object, string>();
  const reported = lang === 'es' ? 'publicado el ' : 'reported ';
  // "112 million" / "112 millones": the compact long form, the number a newsroom writes.
  const compact = once(
    () =>
      new Intl.NumberFormat(locale, {
        notation: 'compact',
        compactDisplay: 'long',
        maximumFractionDigits: 1,
      }),
  );
  const percent = once(
    () =>
      new Intl.NumberFormat(locale, {
        style: 'unit',
        unit: 'percent',
        maximumFractionDigits: 1,
      }),
  );
  const range = (nf: Intl.NumberFormat, min: number, max?: number) =>
    max === undefined ? nf.format(min) : endash(nf.formatRange(min, max));
  const money = (min: number, max?: number) =>
    DOLLARS[lang](range(Math.abs(max ?? min) >= 1_000_000 ? compact() : num(), min, max));

  const f: Formatters = {
    lang,
    eventDate: (date) => {
      // An event's date object lives as long as its dataset: every re-render reads the cache.
      const hit = written.get(date);
      if (hit !== undefined) return hit;
      const fmt = dateFormats[date.precision]();
      const a = toDate(date.start);
      const text = date.end ? fmt.formatRange(a, toDate(date.end)) : fmt.format(a);
      const out =
        date.basis === 'reported'
          ? `${reported}${text}`
          : date.approximate
            ? `${approx}${text}`
            : text;
      written.set(date, out);
      return out;
    },
    day: (ms) => dateFormats.day().format(ms),
    dayShort: (ms) =>
      short()
        .format(ms)
        .replace(/\.(?= )/g, ''),
    number: (n) => num().format(n),
    quantity: (q) => {
      const text =
        q.unit === 'USD'
          ? money(q.min, q.max)
          : q.unit === 'percent'
            ? range(percent(), q.min, q.max)
            : `${range(num(), q.min, q.max)} ${q.unit}`;
      return [QUALIFIERS[lang][q.qualifier], text].filter(Boolean).join(' ');
    },
    list: (items) => lists().format(items),
    plural: (n, forms) =>
      (plurals().select(n) === 'one' ? forms.one : forms.other).replace('#', num().format(n)),
    money,
  };
  cache.set(lang, f);
  return f;
}

/**
 * Axis tick labels in the reader's language: a year at a year's start, a month name at a month's
 * start, else the day ("2018", "November", "25 Nov"), as d3's multi-scale format does.
 */
export function tickFormatter(lang: Lang): (d: Date) => string {
  const locale = LOCALE[lang];
  const year = new Intl.DateTimeFormat(locale, { ...UTC, year: 'numeric' });
  const month = new Intl.DateTimeFormat(locale, { ...UTC, month: 'long' });
  const day = new Intl.DateTimeFormat(locale, { ...UTC, day: 'numeric', month: 'short' });
  return (d) => {
    if (d.getUTCDate() !== 1) return day.format(d).replace('.', '');
    if (d.getUTCMonth() !== 0) return month.format(d).replace('.', '');
    return year.format(d);
  };
}
