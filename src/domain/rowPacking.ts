/**
 * Marks and their titles in the rows of one timeline lane. A mark is placed with its title in
 * the first row where both fit; failing that, the mark alone; failing that, it overlaps the row
 * that frees up first. Every title then gets the room left before the next mark in its row, so
 * the timeline reads like a list wherever there is space and stays a dot plot where there is not.
 */
export interface RowItem {
  id: string;
  /** Pixel extent of the mark. */
  x0: number;
  x1: number;
  /** Width of the full title, in pixels. */
  labelWidth: number;
}

export interface RowPlacement {
  row: number;
  /** Pixels available for the title to the right of the mark (0 = no room). */
  labelRoom: number;
}

export function packRows(
  items: readonly RowItem[],
  rows: number,
  limit: number,
  gap = 3,
  labelGap = 4,
): Map<string, RowPlacement> {
  const sorted = [...items].sort((a, b) => a.x0 - b.x0 || b.x1 - a.x1 || a.id.localeCompare(b.id));
  const ends = new Array<number>(Math.max(1, rows)).fill(Number.NEGATIVE_INFINITY);
  const placed = new Map<string, RowPlacement>();
  const byRow: RowItem[][] = ends.map(() => []);
  for (const it of sorted) {
    const withLabel = Math.min(limit, it.x1 + labelGap + it.labelWidth);
    let r = ends.findIndex(
      (end) => end + gap <= it.x0 && it.x1 + labelGap + it.labelWidth <= limit,
    );
    let end = withLabel;
    if (r === -1) {
      r = ends.findIndex((e) => e + gap <= it.x0);
      end = it.x1;
    }
    if (r === -1) {
      // No free row: overlap the one that frees up first.
      r = ends.indexOf(Math.min(...ends));
      end = Math.max(ends[r] ?? it.x1, it.x1);
    }
    ends[r] = end;
    byRow[r]?.push(it);
    placed.set(it.id, { row: r, labelRoom: 0 });
  }
  for (const list of byRow) {
    list.forEach((it, i) => {
      const next = list[i + 1];
      const stop = Math.min(limit, next ? next.x0 - gap : limit);
      const room = Math.max(0, stop - (it.x1 + labelGap));
      const p = placed.get(it.id);
      if (p) p.labelRoom = room;
    });
  }
  return placed;
}
