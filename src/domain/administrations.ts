import type { Administration } from '../data/schema';
import { isoDayToMs } from './isoDate';

const DAY_MS = 86_400_000;

/** Half-open UTC interval of a term: from its first day to the day after its last full day. */
export function termBounds(a: Administration): { t0: number; t1: number } {
  return { t0: isoDayToMs(a.start), t1: isoDayToMs(a.end) + DAY_MS };
}

/**
 * Ids of the administrations of `country` whose terms overlap [t0, t1).
 * An event spanning a transition belongs to both presidencies.
 */
export function administrationsOverlapping(
  admins: readonly Administration[],
  country: Administration['country'],
  t0: number,
  t1: number,
): string[] {
  return admins
    .filter((a) => a.country === country)
    .filter((a) => {
      const term = termBounds(a);
      return term.t0 < t1 && t0 < term.t1;
    })
    .map((a) => a.id);
}
