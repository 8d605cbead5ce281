/**
 * Resolving the relative date expressions found in news copy against a publication date.
 * The rules are documented in data/README.md; the compiler re-derives every `relative` date
 * with these functions, so the data cannot drift from the rule.
 */
import type { Precision } from '../data/schema';
import { addDaysIso, isoWeekday, parseIsoDay } from './isoDate';

export interface ResolvedDate {
  start: string;
  end?: string;
  precision: Precision;
  approximate: boolean;
}

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

export const RELATIVE_PHRASES = [
  ...WEEKDAYS,
  'yesterday',
  'last week',
  'next week',
  'last month',
  'earlier this month',
  'this month',
  'last year',
  'this year',
  'past year',
] as const;
export type RelativePhrase = (typeof RELATIVE_PHRASES)[number];

const pad = (n: number) => String(n).padStart(2, '0');
const monthKey = (y: number, m: number) => `${y}-${pad(m)}`;

/** Month index arithmetic on (year, 1-based month). */
function shiftMonth(y: number, m: number, delta: number): [number, number] {
  const i = y * 12 + (m - 1) + delta;
  return [Math.floor(i / 12), (i % 12) + 1];
}

/**
 * Resolve a canonical phrase (see RELATIVE_PHRASES) against `published` (YYYY-MM-DD).
 * Returns null for a phrase this rule set does not cover.
 */
export function resolveRelative(phrase: string, published: string): ResolvedDate | null {
  const key = phrase.trim().toLowerCase();
  const { y, m } = parseIsoDay(published);
  const weekday = WEEKDAYS.indexOf(key);
  if (weekday >= 0) {
    // Most recent such weekday strictly before publication: news copy says "Sunday" for the
    // past few days and names the date outright for anything later.
    const back = (isoWeekday(published) - weekday + 7) % 7 || 7;
    return { start: addDaysIso(published, -back), precision: 'day', approximate: false };
  }
  switch (key) {
    case 'yesterday':
      return { start: addDaysIso(published, -1), precision: 'day', approximate: false };
    case 'last week':
    case 'next week': {
      const toMonday = (isoWeekday(published) + 6) % 7; // days since this week's Monday
      const monday = addDaysIso(published, -toMonday + (key === 'last week' ? -7 : 7));
      return { start: monday, end: addDaysIso(monday, 6), precision: 'day', approximate: true };
    }
    case 'last month': {
      const [py, pm] = shiftMonth(y, m, -1);
      return { start: monthKey(py, pm), precision: 'month', approximate: false };
    }
    case 'earlier this month':
    case 'this month':
      return { start: monthKey(y, m), precision: 'month', approximate: false };
    case 'last year':
      return { start: String(y - 1), precision: 'year', approximate: false };
    case 'this year':
      return { start: String(y), precision: 'year', approximate: false };
    case 'past year': {
      const [sy, sm] = shiftMonth(y, m, -12);
      return {
        start: monthKey(sy, sm),
        end: monthKey(y, m),
        precision: 'month',
        approximate: true,
      };
    }
    default:
      return null;
  }
}
