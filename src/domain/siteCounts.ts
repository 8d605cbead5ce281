/** Number of events per place id; an event with several places counts once at each. */
export function countByPlace(
  events: readonly { places: readonly string[] }[],
): Map<string, number> {
  const counts = new Map<string, number>();
  for (const e of events) {
    for (const p of e.places) counts.set(p, (counts.get(p) ?? 0) + 1);
  }
  return counts;
}
