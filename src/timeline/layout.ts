/**
 * Pure layout of the timeline's marks for one scale: which events are drawn, in which lane
 * and row, or — when too many are visible — per-lane bins. Tested without a DOM.
 */
import type { ScaleTime } from 'd3-scale';
import type { Category, FronteraEvent } from '../data/schema';
import { type Bin, binByLane } from '../domain/bins';
import { CATEGORY_ORDER } from '../domain/categories';
import { packLanes } from '../domain/lanes';

export const ROW_H = 8;
export const ROW_GAP = 2;
export const LANE_PAD = 4;
/** Day-precision events are drawn at least this wide so they stay visible and clickable. */
export const MIN_MARK_PX = 9;
/** Above this many visible events the lanes switch to bins. */
export const MAX_MARKS = 1500;
export const BIN_PX = 6;
/** Bins are drawn this tall regardless of how many rows individual marks would need. */
const BIN_LANE_H = 20;

export interface Mark {
  event: FronteraEvent;
  x: number;
  y: number;
  width: number;
}

export interface Lane {
  category: Category;
  y: number;
  height: number;
}

export interface TimelineLayout {
  lanes: Lane[];
  marks: Mark[];
  bins: (Bin & { y: number; height: number })[];
  /** Height of the whole lane area. */
  height: number;
  binned: boolean;
}

/**
 * @param events the events to draw (those in the visible domain)
 * @param present categories that get a lane — from all filtered events, so panning never adds
 *   or removes a lane under the reader's pointer
 */
export function layoutMarks(
  events: readonly FronteraEvent[],
  x: ScaleTime<number, number>,
  present: ReadonlySet<Category>,
  maxMarks = MAX_MARKS,
): TimelineLayout {
  const categories = CATEGORY_ORDER.filter((c) => present.has(c));
  // A linear map instead of calling the d3 scale per event: same numbers, ~10× cheaper at 10k marks.
  const [d0, d1] = x.domain().map(Number) as [number, number];
  const [r0, r1] = x.range() as [number, number];
  const k = (r1 - r0) / (d1 - d0);
  const px = (t: number) => r0 + (t - d0) * k;
  const binned = events.length > maxMarks;
  const lanes: Lane[] = [];
  const laneY = new Map<string, number>();

  if (binned) {
    const items = events.map((e) => ({ lane: e.category, x: px(e.t0) - r0 }));
    const raw = binByLane(items, BIN_PX, r1 - r0);
    let y = 0;
    for (const category of categories) {
      lanes.push({ category, y, height: BIN_LANE_H + 2 * LANE_PAD });
      laneY.set(category, y);
      y += BIN_LANE_H + 2 * LANE_PAD;
    }
    const max = Math.max(1, ...raw.map((b) => b.count));
    const bins = raw.map((b) => {
      const height = Math.max(2, Math.round((BIN_LANE_H * Math.sqrt(b.count)) / Math.sqrt(max)));
      const top = (laneY.get(b.lane) ?? 0) + LANE_PAD + BIN_LANE_H - height;
      return { ...b, x0: b.x0 + r0, x1: b.x1 + r0, y: top, height };
    });
    return { lanes, marks: [], bins, height: y, binned };
  }

  const extents = events.map((e) => {
    const x0 = px(e.t0);
    return { id: e.id, lane: e.category, x0, x1: Math.max(px(e.t1), x0 + MIN_MARK_PX) };
  });
  const packed = packLanes(extents, MIN_MARK_PX);
  let y = 0;
  for (const category of categories) {
    const rows = packed.rowsPerLane.get(category) ?? 1;
    const height = rows * ROW_H + (rows - 1) * ROW_GAP + 2 * LANE_PAD;
    lanes.push({ category, y, height });
    laneY.set(category, y);
    y += height;
  }
  const marks = events.map((event, i) => {
    const ext = extents[i] as (typeof extents)[number];
    const row = packed.row.get(event.id) ?? 0;
    return {
      event,
      x: ext.x0,
      width: ext.x1 - ext.x0,
      y: (laneY.get(event.category) ?? 0) + LANE_PAD + row * (ROW_H + ROW_GAP),
    };
  });
  return { lanes, marks, bins: [], height: y, binned };
}
