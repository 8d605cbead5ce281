/**
 * The events closest to an instant, nearest first: by distance from their start, and between
 * equals a short happening before a long span. What the playhead is "on", for the map's card and
 * for Enter on the playhead alike.
 */
import type { FronteraEvent } from '../data/schema';

export function nearestEvents(
  events: readonly FronteraEvent[],
  t: number,
  n: number,
): FronteraEvent[] {
  return [...events]
    .sort((a, b) => Math.abs(a.t0 - t) - Math.abs(b.t0 - t) || a.t1 - a.t0 - (b.t1 - b.t0))
    .slice(0, n);
}
