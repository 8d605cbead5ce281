/** Dates written to their precision: never a day the data does not hold. */
import type { EventDate } from '../data/schema';
import { parseIsoDay } from './isoDate';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

function part(
  value: string,
  precision: EventDate['precision'],
): { y: number; m: number; d: number; text: string } {
  const { y, m, d } = parseIsoDay(value);
  const month = MONTHS[m - 1] ?? '';
  const text =
    precision === 'year' ? `${y}` : precision === 'month' ? `${month} ${y}` : `${d} ${month} ${y}`;
  return { y, m, d, text };
}

/** "25 November 2018", "November 2018", "2009–2013", "13–19 February 2017", "c. 2016". */
export function formatEventDate(
  date: Pick<EventDate, 'start' | 'end' | 'precision' | 'approximate'>,
): string {
  const a = part(date.start, date.precision);
  let text = a.text;
  if (date.end) {
    const b = part(date.end, date.precision);
    if (date.precision === 'day' && a.y === b.y && a.m === b.m) text = `${a.d}–${b.text}`;
    else if (date.precision === 'day' && a.y === b.y)
      text = `${a.text.replace(` ${a.y}`, '')} – ${b.text}`;
    else if (date.precision === 'month' && a.y === b.y) text = `${MONTHS[a.m - 1]}–${b.text}`;
    else text = `${a.text}–${b.text}`;
  }
  return date.approximate ? `c. ${text}` : text;
}

/** A playhead or axis instant as a day: "25 Nov 2018". */
export function formatDay(ms: number): string {
  const d = new Date(ms);
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]?.slice(0, 3)} ${d.getUTCFullYear()}`;
}

/** Long form for screen readers: "25 November 2018". */
export function formatDayLong(ms: number): string {
  const d = new Date(ms);
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}
