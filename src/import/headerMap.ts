/**
 * Which column of this file feeds which field, checked as a whole before any row is read: a
 * field given twice, a missing title or date, or Frontera and TimelineJS dates mixed would make
 * every row wrong in the same way, so they are reported once, for the file.
 */
import { type ColumnSpec, type Field, matchHeader, suggestHeader } from './columns';
import type { IssueList } from './issues';
import type { Table, TableRow } from './parseTable';

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
      if (hasContent(table.rows, index)) warnings.file('unnamedColumn', { column: index + 1 });
      return;
    }
    const spec = matchHeader(header);
    if (!spec) {
      const suggestion = suggestHeader(header);
      warnings.file('unknownColumn', { header, ...(suggestion ? { suggestion } : {}) });
      return;
    }
    if (spec.field === 'ignored') {
      if (hasContent(table.rows, index) && spec.ignoredBecause)
        warnings.file('ignoredColumn', { header, reason: spec.ignoredBecause });
      return;
    }
    const taken = bindings[spec.field];
    if (taken) errors.file('sameColumn', { first: taken.header, second: header });
    else bindings[spec.field] = { index, header, spec };
  });

  const has = (f: Field) => f in bindings;
  const frontera = FRONTERA_DATE.some(has);
  const timeline = TIMELINE_DATE.some(has);
  if (!has('title')) errors.file('noTitleColumn');
  if (frontera && timeline) errors.file('datesTwice');
  else if (timeline && !has('year')) errors.file('timelineNeedsYear');
  else if (!has('date') && !has('year')) errors.file('noDateColumn');
  if (has('placeKind') && !(has('latitude') && has('longitude'))) warnings.file('placeKindUnused');
  if (errors.size > before) return null;
  return { bindings, timeline };
}

/** The raw text of one field in one row ('' when the column is absent or the cell missing). */
export function cell(map: HeaderMap, row: TableRow, field: Exclude<Field, 'ignored'>): string {
  const b = map.bindings[field];
  return b ? (row.cells[b.index] ?? '') : '';
}
