/**
 * Lane packing for the timeline: one lane per category, and inside a lane the fewest rows such
 * that no two marks overlap at the current zoom (greedy interval partitioning, O(n log n)).
 */
export interface PackInput {
  id: string;
  lane: string;
  /** Pixel extent at the current scale. */
  x0: number;
  x1: number;
}

export interface Packed {
  /** Row inside the lane, 0 on top. */
  row: Map<string, number>;
  /** Rows used by each lane (at least 1 for lanes present). */
  rowsPerLane: Map<string, number>;
}

export function packLanes(items: readonly PackInput[], minWidth: number, gap = 2): Packed {
  const row = new Map<string, number>();
  const rowsPerLane = new Map<string, number>();
  const byLane = new Map<string, PackInput[]>();
  for (const it of items) {
    const list = byLane.get(it.lane);
    if (list) list.push(it);
    else byLane.set(it.lane, [it]);
  }
  for (const [lane, list] of byLane) {
    list.sort((a, b) => a.x0 - b.x0 || b.x1 - a.x1 || a.id.localeCompare(b.id));
    /** Right edge of the last mark placed in each row. */
    const rowEnds: number[] = [];
    for (const it of list) {
      const right = Math.max(it.x1, it.x0 + minWidth);
      let r = rowEnds.findIndex((end) => end + gap <= it.x0);
      if (r === -1) {
        r = rowEnds.length;
        rowEnds.push(right);
      } else rowEnds[r] = right;
      row.set(it.id, r);
    }
    rowsPerLane.set(lane, Math.max(1, rowEnds.length));
  }
  return { row, rowsPerLane };
}
