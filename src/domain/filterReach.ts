/**
 * What the filters select, said in time: the terms an administration filter stands for (an event
 * is in a term when its dates overlap it), and how many of the filtered events a view leaves
 * out, with the span that would show them all.
 */
import type { Administration } from '../data/schema';
import type { Timed } from './eventIndex';
import { isoDayToMs } from './isoDate';

const DAY = 86_400_000;

export type Span = readonly [number, number];

/** A term as [first day, day after the last] in ms. */
export const termSpan = (a: Pick<Administration, 'start' | 'end'>): Span => [
  isoDayToMs(a.start),
  isoDayToMs(a.end) + DAY,
];

/**
 * The days both chosen sides' terms share: events must overlap a chosen US term and a chosen
 * Mexican one, so this is where such events can be. Null when either side has no choice; an
 * empty list when the terms never meet.
 */
export function sharedTerms(us: readonly Span[], mx: readonly Span[]): Span[] | null {
  if (us.length === 0 || mx.length === 0) return null;
  const out: Span[] = [];
  for (const a of us)
    for (const b of mx) {
      const from = Math.max(a[0], b[0]);
      const to = Math.min(a[1], b[1]);
      if (to > from) out.push([from, to]);
    }
  return out.sort((a, b) => a[0] - b[0]);
}

export interface Reach {
  /** Filtered events the view does not show at all. */
  outside: number;
  total: number;
  /** From the first start to the last end of all the filtered events; null when none. */
  span: Span | null;
}

export function reachOf(events: readonly Timed[], view: Span): Reach {
  let outside = 0;
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (const e of events) {
    if (e.t1 <= view[0] || e.t0 >= view[1]) outside++;
    first = Math.min(first, e.t0);
    last = Math.max(last, e.t1);
  }
  return { outside, total: events.length, span: events.length ? [first, last] : null };
}

/** A view that shows a span with a margin on both sides, at least `minMs` long. */
export function viewFor(span: Span, minMs: number): Span {
  const len = Math.max(span[1] - span[0], minMs);
  const mid = (span[0] + span[1]) / 2;
  const pad = len * 0.04;
  return [mid - len / 2 - pad, mid + len / 2 + pad];
}
