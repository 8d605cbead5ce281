/**
 * Pure layout of the timeline's marks for one scale and one size: lanes fitted to the height the
 * timeline has (so no lane ever hides in an inner scroller), marks packed in rows with their
 * titles wherever they fit, or — when too many are visible — per-lane bins. Tested without a DOM.
 */
import type { Category, FronteraEvent } from '../../data/schema';
import { CATEGORY_ORDER } from '../../domain/categories';
import { type Bin, binDays, type DayHistogram } from '../../domain/dayHistogram';
import { packRows } from '../../domain/rowPacking';

/** One row of marks: an 8 px mark with an 11 px title beside it. */
export const ROW_H = 14;
export const MARK_H = 8;
/** Day-precision events are drawn at least this wide so they stay visible and clickable. */
export const MIN_MARK_PX = 8;
/** Above this many visible events the lanes switch to bins. */
export const MAX_MARKS = 1500;
export const BIN_PX = 4;
/** A lane is never shorter than a 13 px row (the mark and its title still fit), nor taller than three. */
export const MIN_LANE_H = 13;
const MAX_LANE_H = 3 * ROW_H + 6;
/** Shortest title worth drawing truncated, in characters. */
const MIN_LABEL_CHARS = 10;

export interface Mark {
  event: FronteraEvent;
  x: number;
  /** Centre line of the mark's row. */
  y: number;
  width: number;
  /** The title as drawn (possibly shortened with "…"), or null when there is no room. */
  label: string | null;
}

/** A lane is one category, or "all" when a compact strip shows every event in one lane. */
export type LaneKey = Category | 'all';

export interface Lane {
  category: LaneKey;
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

export interface Scale {
  d0: number;
  d1: number;
  r0: number;
  r1: number;
}

export interface LayoutOptions {
  /** Categories that get a lane (from all filtered events, so panning never moves lanes). */
  present: ReadonlySet<Category>;
  /** Height available for the lanes, in pixels. */
  height: number;
  /** The title drawn beside an event's mark, in the reader's language. */
  title: (e: FronteraEvent) => string;
  /** Width of a title in pixels. */
  measure: (title: string) => number;
  /** Per-day counts for binned views (required to bin). */
  histogram?: DayHistogram;
  maxMarks?: number;
  /** One lane for every event (the compact strip of small embeds). */
  single?: boolean;
}

function fitTitle(title: string, width: number, room: number): string | null {
  if (width <= room) return title;
  const chars = Math.floor((room / width) * title.length) - 1;
  if (chars < MIN_LABEL_CHARS) return null;
  return `${title.slice(0, chars).trimEnd()}…`;
}

export function layoutMarks(
  events: readonly FronteraEvent[],
  scale: Scale,
  {
    present,
    height,
    title,
    measure,
    histogram,
    maxMarks = MAX_MARKS,
    single = false,
  }: LayoutOptions,
): TimelineLayout {
  const categories: LaneKey[] = single ? ['all'] : CATEGORY_ORDER.filter((c) => present.has(c));
  const laneOf = (c: Category): LaneKey => (single ? 'all' : c);
  const laneH = Math.max(
    MIN_LANE_H,
    Math.min(single ? height : MAX_LANE_H, Math.floor(height / Math.max(1, categories.length))),
  );
  const lanes = categories.map((category, i) => ({ category, y: i * laneH, height: laneH }));
  const laneY = new Map(lanes.map((l) => [l.category, l.y]));
  const total = lanes.length * laneH;
  const { d0, d1, r0, r1 } = scale;
  const k = (r1 - r0) / (d1 - d0);
  const px = (t: number) => r0 + (t - d0) * k;

  if (events.length > maxMarks && histogram) {
    let raw = binDays(histogram, d0, d1, r0, r1, BIN_PX);
    if (single) {
      // One lane: add up the categories' columns.
      const merged = new Map<number, Bin>();
      for (const b of raw) {
        const m = merged.get(b.x0);
        if (m) m.count += b.count;
        else merged.set(b.x0, { ...b, lane: 'all' });
      }
      raw = [...merged.values()];
    }
    let max = 1;
    for (const b of raw) max = Math.max(max, b.count);
    const inner = laneH - 4;
    const bins = raw.map((b) => {
      const h = Math.max(2, Math.round((inner * Math.sqrt(b.count)) / Math.sqrt(max)));
      const lane = single ? 'all' : (b.lane as Category);
      return { ...b, y: (laneY.get(lane) ?? 0) + 2 + inner - h, height: h };
    });
    return { lanes, marks: [], bins, height: total, binned: true };
  }

  const rows = Math.max(1, Math.floor(laneH / ROW_H));
  const rowTop = (lane: number) => lane + (laneH - rows * ROW_H) / 2;
  const byLane = new Map<LaneKey, FronteraEvent[]>();
  for (const e of events) {
    const key = laneOf(e.category);
    const list = byLane.get(key);
    if (list) list.push(e);
    else byLane.set(key, [e]);
  }
  const marks: Mark[] = [];
  for (const [category, list] of byLane) {
    const items = list.map((e) => {
      const x0 = Math.max(r0 - 2, px(e.t0));
      return { id: e.id, x0, x1: Math.max(Math.min(r1 + 2, px(e.t1)), x0 + MIN_MARK_PX), e };
    });
    const widths = new Map(list.map((e) => [e.id, measure(title(e))]));
    const placed = packRows(
      items.map(({ id, x0, x1 }) => ({ id, x0, x1, labelWidth: widths.get(id) ?? 0 })),
      rows,
      r1,
    );
    const top = rowTop(laneY.get(category) ?? 0);
    for (const it of items) {
      const p = placed.get(it.id);
      const row = p?.row ?? 0;
      marks.push({
        event: it.e,
        x: it.x0,
        width: it.x1 - it.x0,
        y: top + row * ROW_H + ROW_H / 2,
        label: fitTitle(title(it.e), widths.get(it.id) ?? 0, p?.labelRoom ?? 0),
      });
    }
  }
  return { lanes, marks, bins: [], height: total, binned: false };
}

/** The mark (or its title) under a point in lane coordinates; the last drawn wins. */
export function markAt(
  layout: TimelineLayout,
  x: number,
  y: number,
  measure: (label: string) => number,
): Mark | null {
  for (let i = layout.marks.length - 1; i >= 0; i--) {
    const m = layout.marks[i] as Mark;
    if (Math.abs(y - m.y) > ROW_H / 2) continue;
    const right = m.x + m.width + (m.label ? 4 + measure(m.label) : 0);
    if (x >= m.x - 2 && x <= right) return m;
  }
  return null;
}
