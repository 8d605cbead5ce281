/**
 * What the playhead means, defined once for the map, the timeline, the date flag and the "at the
 * playhead" card. An event is *at* the playhead when it is dated within PLAYHEAD_REACH_MS of it:
 * it starts inside that reach, or it is short enough (a day, a week, a month) to lie in it. A
 * longer or coarsely dated span that merely covers the playhead ("c. 1998–2022", "2019") is
 * *under way*: drawn dimmer, never as if it happened that week.
 */
import type { Timed } from './eventIndex';

const DAY = 86_400_000;

/** Half-width of the neighbourhood around the playhead whose events light the map. */
export const PLAYHEAD_REACH_MS = 15 * DAY;
/** Events up to this long (a calendar month included) count as at the playhead wherever they overlap it. */
const SHORT_MS = 31 * DAY;

export type PlayheadRelation = 'at' | 'ongoing';

/** How an event stands to the playhead, or null when it does not reach it. */
export function playheadRelation(e: Timed, playhead: number): PlayheadRelation | null {
  const from = playhead - PLAYHEAD_REACH_MS;
  const to = playhead + PLAYHEAD_REACH_MS;
  if (e.t1 <= from || e.t0 >= to) return null;
  return e.t0 >= from || e.t1 - e.t0 <= SHORT_MS ? 'at' : 'ongoing';
}

export interface PlayheadEvents<E extends Timed> {
  /** Dated near the playhead: these light the map and count on the flag. */
  at: E[];
  /** Longer spans that cover the playhead: drawn as under way. */
  ongoing: E[];
}

/** Splits the events that reach the playhead (in the order given) by the rule above. */
export function splitAtPlayhead<E extends Timed>(
  events: readonly E[],
  playhead: number,
): PlayheadEvents<E> {
  const out: PlayheadEvents<E> = { at: [], ongoing: [] };
  for (const e of events) {
    const relation = playheadRelation(e, playhead);
    if (relation) out[relation].push(e);
  }
  return out;
}
