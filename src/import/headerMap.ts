/**
 * Which column of this file feeds which field, checked as a whole before any row is read: a
 * field given twice, a missing title or date, or Frontera and TimelineJS dates mixed would make
 * every row wrong in the same way, so they are reported once, for the file.
 */
import { type ColumnSpec, type Field, matchHeader, suggestHeader } from './columns';
import type { IssueList } from './issues';
import type { Table, TableRow } from './parseTable';
import { quote } from './text';

export interface Binding {
  index: number;
  /** The header as the file writes it (used in messages). */
  header: string;
  spec: ColumnSpec;
}

export interface HeaderMap {
  bindings: Partial<Record<Exclude<Field, 'ignored'>, Binding>>;
  /** Dates come from TimelineJS Year/Month/Day columns. */
  timeline: boolean;
}

const FRONTERA_DATE: readonly Field[] = ['date', 'end'];
const TIMELINE_DATE: readonly Field[] = ['year', 'month', 'day', 'endYear', 'endMonth', 'endDay'];

const hasContent = (rows: readonly TableRow[], index: number) =>
  rows.some((r) => (r.cells[index] ?? '').trim() !== '');

export function mapHeader(table: Table, errors: IssueList, warnings: IssueList): HeaderMap | null {
  const bindings: HeaderMap['bindings'] = {};
  const before = errors.size;
  table.header.forEach((header, index) => {
    if (header === '') {
      if (hasContent(table.rows, index))
        warnings.file(`column ${index + 1} has no header; its cells are ignored`);
      return;
    }
    const spec = matchHeader(header);
    if (!spec) {
      const guess = suggestHeader(header);
      warnings.file(
        `column ${quote(header)} is not a Frontera or TimelineJS column and is ignored${guess ? ` — did you mean "${guess}"?` : ''}`,
      );
      return;
    }
    if (spec.field === 'ignored') {
      if (hasContent(table.rows, index))
        warnings.file(`column ${quote(header)} is ignored: ${spec.ignoredBecause}`);
      return;
    }
    const taken = bindings[spec.field];
    if (taken)
      errors.file(
        `columns ${quote(taken.header)} and ${quote(header)} are the same column — keep one`,
      );
    else bindings[spec.field] = { index, header, spec };
  });

  const has = (f: Field) => f in bindings;
  const frontera = FRONTERA_DATE.some(has);
  const timeline = TIMELINE_DATE.some(has);
  if (!has('title')) errors.file('no title column — add "title" (or TimelineJS "Headline")');
  if (frontera && timeline)
    errors.file(
      'dates are given twice — use either "date" and "end" or TimelineJS "Year", "Month" and "Day", not both',
    );
  else if (timeline && !has('year'))
    errors.file('TimelineJS dates need a "Year" column beside "Month" and "Day"');
  else if (!has('date') && !has('year'))
    errors.file('no date column — add "date" (or TimelineJS "Year", "Month" and "Day")');
  if (has('placeKind') && !(has('latitude') && has('longitude')))
    warnings.file('column "place kind" is used only for places given by latitude and longitude');
  if (errors.size > before) return null;
  return { bindings, timeline };
}

/** The raw text of one field in one row ('' when the column is absent or the cell missing). */
export function cell(map: HeaderMap, row: TableRow, field: Exclude<Field, 'ignored'>): string {
  const b = map.bindings[field];
  return b ? (row.cells[b.index] ?? '') : '';
}

/** The header to name in a message about `field` (its canonical name when the column is absent). */
export function columnName(map: HeaderMap, field: Exclude<Field, 'ignored'>, fallback: string) {
  return map.bindings[field]?.header ?? fallback;
}
