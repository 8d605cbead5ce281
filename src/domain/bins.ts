/**
 * Binning for dense views: when too many marks are visible to draw one by one, each lane is
 * drawn as columns of `binPx` pixels whose height shows how many events start there.
 */
export interface Bin {
  lane: string;
  x0: number;
  x1: number;
  count: number;
}

export function binByLane(
  items: readonly { lane: string; x: number }[],
  binPx: number,
  width: number,
): Bin[] {
  const counts = new Map<string, Map<number, number>>();
  for (const { lane, x } of items) {
    if (x < 0 || x > width) continue;
    const b = Math.floor(x / binPx);
    const laneBins = counts.get(lane) ?? new Map<number, number>();
    counts.set(lane, laneBins);
    laneBins.set(b, (laneBins.get(b) ?? 0) + 1);
  }
  const bins: Bin[] = [];
  for (const [lane, laneBins] of counts) {
    for (const [b, count] of laneBins)
      bins.push({ lane, x0: b * binPx, x1: (b + 1) * binPx, count });
  }
  return bins;
}
