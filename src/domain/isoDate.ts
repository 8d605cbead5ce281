/** Calendar arithmetic on ISO date strings, always in UTC so no time zone can shift a day. */
export { periodBounds } from '../data/calendar';

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
