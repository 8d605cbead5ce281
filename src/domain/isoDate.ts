/** Calendar arithmetic on ISO date strings, always in UTC so no time zone can shift a day. */
import type { Precision } from '../data/schema';

const DAY_MS = 86_400_000;

export function parseIsoDay(s: string): { y: number; m: number; d: number } {
  const [y = Number.NaN, m = Number.NaN, d = Number.NaN] = s.split('-').map(Number);
  return { y, m, d };
}

export function isoDayToMs(s: string): number {
  const { y, m, d } = parseIsoDay(s);
  return Date.UTC(y, m - 1, d);
}

export function msToIsoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export function addDaysIso(s: string, days: number): string {
  return msToIsoDay(isoDayToMs(s) + days * DAY_MS);
}

/** 0 = Sunday … 6 = Saturday. */
export function isoWeekday(s: string): number {
  return new Date(isoDayToMs(s)).getUTCDay();
}

const FORMAT: Record<Precision, RegExp> = {
  day: /^(\d{4})-(\d{2})-(\d{2})$/,
  month: /^(\d{4})-(\d{2})$/,
  year: /^(\d{4})$/,
};

/**
 * The half-open UTC interval [t0, t1) a date string covers at its precision,
 * or an error message when the string does not match the precision or is not a real date.
 */
export function periodBounds(
  value: string,
  precision: Precision,
): { t0: number; t1: number } | { error: string } {
  const match = FORMAT[precision].exec(value);
  if (!match) {
    const expected = { day: 'YYYY-MM-DD', month: 'YYYY-MM', year: 'YYYY' }[precision];
    return { error: `"${value}" does not match precision "${precision}" (expected ${expected})` };
  }
  const y = Number(match[1]);
  const m = match[2] ? Number(match[2]) : 1;
  const d = match[3] ? Number(match[3]) : 1;
  const t0 = Date.UTC(y, m - 1, d);
  const check = new Date(t0);
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== m - 1 || check.getUTCDate() !== d) {
    return { error: `"${value}" is not a calendar date` };
  }
  const t1 =
    precision === 'day'
      ? t0 + DAY_MS
      : precision === 'month'
        ? Date.UTC(y, m, 1)
        : Date.UTC(y + 1, 0, 1);
  return { t0, t1 };
}

/** Round an instant to the nearest UTC midnight. */
export function snapToDay(ms: number): number {
  return Math.round(ms / DAY_MS) * DAY_MS;
}

/** Shift an instant by whole calendar months (UTC), clamping the day to the month's length. */
export function addMonths(ms: number, months: number): number {
  const d = new Date(ms);
  const target = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1));
  const lastDay = new Date(
    Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0),
  ).getUTCDate();
  return Date.UTC(target.getUTCFullYear(), target.getUTCMonth(), Math.min(d.getUTCDate(), lastDay));
}
