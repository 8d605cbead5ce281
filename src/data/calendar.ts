/**
 * Calendar validity of the date strings the data holds, in UTC. Lives beside the schema because
 * the schema itself refuses impossible dates ("2017-02-30") in the compiler and the app alike.
 */
export type Precision = 'day' | 'month' | 'year';

const DAY_MS = 86_400_000;

const FORMAT: Record<Precision, RegExp> = {
  day: /^(\d{4})-(\d{2})-(\d{2})$/,
  month: /^(\d{4})-(\d{2})$/,
  year: /^(\d{4})$/,
};

const EXPECTED: Record<Precision, string> = { day: 'YYYY-MM-DD', month: 'YYYY-MM', year: 'YYYY' };

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
    return {
      error: `"${value}" does not match precision "${precision}" (expected ${EXPECTED[precision]})`,
    };
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

/** [t0, t1) of a date with an optional inclusive end, or the first problem found. */
export function dateBounds(date: {
  start: string;
  end?: string | undefined;
  precision: Precision;
}): { t0: number; t1: number } | { error: string; field: 'start' | 'end' } {
  const start = periodBounds(date.start, date.precision);
  if ('error' in start) return { ...start, field: 'start' };
  if (date.end === undefined) return start;
  const end = periodBounds(date.end, date.precision);
  if ('error' in end) return { ...end, field: 'end' };
  if (end.t0 < start.t0)
    return { error: `end ${date.end} is before start ${date.start}`, field: 'end' };
  if (end.t0 === start.t0) return { error: 'end equals start; omit it', field: 'end' };
  return { t0: start.t0, t1: end.t1 };
}

/** True for a real calendar day written YYYY-MM-DD. */
export const isCalendarDay = (s: string): boolean => !('error' in periodBounds(s, 'day'));
