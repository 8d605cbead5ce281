/** The interval covered by all events, or null for an empty dataset. */
export function datasetSpan(
  events: readonly { t0: number; t1: number }[],
): { t0: number; t1: number } | null {
  if (events.length === 0) return null;
  let t0 = Number.POSITIVE_INFINITY;
  let t1 = Number.NEGATIVE_INFINITY;
  for (const e of events) {
    if (e.t0 < t0) t0 = e.t0;
    if (e.t1 > t1) t1 = e.t1;
  }
  return { t0, t1 };
}
