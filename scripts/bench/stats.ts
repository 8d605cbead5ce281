/** Small statistics over samples: median, nearest-rank percentiles, spread. */

/** Nearest-rank percentile (p in 0–1) of the samples; null when there are none. */
export function percentile(samples: readonly number[], p: number): number | null {
  if (samples.length === 0) return null;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil(p * sorted.length)));
  return sorted[rank - 1] ?? null;
}

/** Median (mean of the middle two for an even count); null when there are no samples. */
export function median(samples: readonly number[]): number | null {
  if (samples.length === 0) return null;
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2
    ? (sorted[mid] ?? null)
    : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

export interface Summary {
  median: number | null;
  min: number | null;
  max: number | null;
  /** How many loads produced a value (a failed metric counts as missing). */
  n: number;
}

/** Median and min–max over loads of the values that were measured. */
export function summarize(values: readonly (number | null | undefined)[]): Summary {
  const xs = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
  return {
    median: median(xs),
    min: xs.length ? Math.min(...xs) : null,
    max: xs.length ? Math.max(...xs) : null,
    n: xs.length,
  };
}
