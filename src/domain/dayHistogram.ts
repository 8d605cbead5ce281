/**
 * Events per lane per day, built once per filtered set. Drawing a dense timeline then bins days
 * into pixel columns, which costs the days in view, not the events: 100,000 events zoom as
 * smoothly as 1,000.
 */
const DAY = 86_400_000;

export interface DayHistogram {
  /** Epoch ms of day 0 (UTC midnight). */
  origin: number;
  lanes: ReadonlyMap<string, Uint32Array>;
}

export interface Bin {
  lane: string;
  x0: number;
  x1: number;
  count: number;
}

export function buildDayHistogram(
  events: readonly { t0: number; category: string }[],
  extent: readonly [number, number],
): DayHistogram {
  const origin = Math.floor(extent[0] / DAY) * DAY;
  const days = Math.ceil((extent[1] - origin) / DAY) + 1;
  const lanes = new Map<string, Uint32Array>();
  for (const e of events) {
    const d = Math.floor((e.t0 - origin) / DAY);
    if (d < 0 || d >= days) continue;
    let counts = lanes.get(e.category);
    if (!counts) {
      counts = new Uint32Array(days);
      lanes.set(e.category, counts);
    }
    counts[d] = (counts[d] ?? 0) + 1;
  }
  return { origin, lanes };
}

/**
 * Columns of `binPx` pixels per lane for the domain [d0, d1) drawn on [r0, r1]: how many events
 * start in each. Empty columns are omitted.
 */
export function binDays(
  h: DayHistogram,
  d0: number,
  d1: number,
  r0: number,
  r1: number,
  binPx: number,
): Bin[] {
  const k = (r1 - r0) / (d1 - d0);
  const out: Bin[] = [];
  const first = Math.max(0, Math.floor((d0 - h.origin) / DAY));
  for (const [lane, counts] of h.lanes) {
    const last = Math.min(counts.length - 1, Math.ceil((d1 - h.origin) / DAY));
    let bin = -1;
    let count = 0;
    for (let d = first; d <= last; d++) {
      const c = counts[d] ?? 0;
      if (c === 0) continue;
      const x = r0 + (h.origin + d * DAY - d0) * k;
      if (x < r0 || x > r1) continue;
      const b = Math.floor((x - r0) / binPx);
      if (b !== bin) {
        if (count) out.push({ lane, x0: r0 + bin * binPx, x1: r0 + (bin + 1) * binPx, count });
        bin = b;
        count = 0;
      }
      count += c;
    }
    if (count) out.push({ lane, x0: r0 + bin * binPx, x1: r0 + (bin + 1) * binPx, count });
  }
  return out;
}
