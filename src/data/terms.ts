/**
 * Presidential terms as instants: which administrations an event's period falls in, and which
 * parts of a period no term covers. Beside the schema because the schema refuses terms that
 * overlap, gaps that events fall into and presidency tags that contradict the date.
 */
import type { Administration } from './records';

const DAY_MS = 86_400_000;
const dayMs = (s: string) => {
  const [y = Number.NaN, m = Number.NaN, d = Number.NaN] = s.split('-').map(Number);
  return Date.UTC(y, m - 1, d);
};

/** Half-open UTC interval of a term: from its first day to the day after its last full day. */
export function termBounds(a: Pick<Administration, 'start' | 'end'>): { t0: number; t1: number } {
  return { t0: dayMs(a.start), t1: dayMs(a.end) + DAY_MS };
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

/** Parts of [t0, t1) that no administration of `country` covers (empty when fully covered). */
export function uncoveredSpans(
  admins: readonly Administration[],
  country: Administration['country'],
  t0: number,
  t1: number,
): [number, number][] {
  const terms = admins
    .filter((a) => a.country === country)
    .map(termBounds)
    .sort((a, b) => a.t0 - b.t0);
  const gaps: [number, number][] = [];
  let cursor = t0;
  for (const term of terms) {
    if (term.t1 <= cursor) continue;
    if (term.t0 >= t1) break;
    if (term.t0 > cursor) gaps.push([cursor, term.t0]);
    cursor = Math.max(cursor, term.t1);
  }
  if (cursor < t1) gaps.push([cursor, t1]);
  return gaps;
}

/** A country's terms in order, each with the term before it (to find overlaps and gaps). */
export function successiveTerms(
  admins: readonly Administration[],
  country: Administration['country'],
): { before: Administration; after: Administration }[] {
  const terms = admins
    .filter((a) => a.country === country)
    .sort((a, b) => termBounds(a).t0 - termBounds(b).t0 || a.id.localeCompare(b.id));
  return terms.slice(1).map((after, i) => ({ before: terms[i] as Administration, after }));
}
