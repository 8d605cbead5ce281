/** Defaults used by many rows, reported once for the file rather than once per row. */
import { MAX_YEAR, MIN_YEAR } from './cells';
import type { HeaderMap } from './headerMap';
import type { IssueList } from './issues';
import type { Fallbacks } from './rowContext';

/** At most this many row numbers are named in a file-wide message; the count says the rest. */
const NAMED_ROWS = 10;
const rows = (list: readonly number[]) => ({ rows: list.slice(0, NAMED_ROWS), count: list.length });

/**
 * Rows dated outside the years drawn, named once: a warning when other rows load, the error
 * that explains why nothing does when none is left.
 */
export function reportOutOfRange(f: Fallbacks, list: IssueList) {
  if (f.outOfRange.length === 0) return;
  list.file('outOfRange', {
    ...rows(f.outOfRange.map((o) => o.row)),
    years: f.outOfRange.slice(0, NAMED_ROWS).map((o) => o.year),
    min: MIN_YEAR,
    max: MAX_YEAR,
  });
}

export function reportFallbacks(map: HeaderMap, f: Fallbacks, warnings: IssueList) {
  if (f.category.length > 0)
    warnings.file('defaultCategory', { ...rows(f.category), hasColumn: !!map.bindings.category });
  if (f.summary.length > 0) warnings.file('noSummary', rows(f.summary));
  if (f.time.length > 0) warnings.file('timeDropped', rows(f.time));
  if (f.groups.size > 0)
    warnings.file('groupsKept', {
      groups: [...f.groups.keys()].slice(0, 5),
      more: f.groups.size > 5,
    });
}
