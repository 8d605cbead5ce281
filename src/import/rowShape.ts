/**
 * Rows whose number of cells differs from the header's. Their values sit under the wrong
 * columns, so the count is the cause of the row's other problems and is listed before them;
 * when every row is off in the same way, it is said once for the file.
 */
import type { IssueList } from './issues';
import type { Table, TableRow } from './parseTable';

/** Cells a row really has: extra cells beyond the header count only when they hold something. */
function width(r: TableRow, header: number): number {
  if (r.cells.length <= header) return r.cells.length;
  return r.cells.slice(header).some((c) => c.trim() !== '') ? r.cells.length : header;
}

export function reportShape(table: Table, errors: IssueList) {
  const H = table.header.length;
  const { unclosed } = table;
  if (unclosed)
    errors.cause(unclosed.row, table.header[unclosed.cell] || undefined, 'unclosedQuote', {
      lines: unclosed.swallowed,
    });
  const off = table.rows.filter((r) => r.row !== unclosed?.row && width(r, H) !== H);
  if (off.length === 0) return;
  const widths = new Set(off.map((r) => width(r, H)));
  const [only] = widths;
  const uniform = off.length === table.rows.length && off.length >= 2 && widths.size === 1;
  // Short rows are normal when a writer leaves out trailing empty cells; they matter only
  // when the row also has problems (its values slid left) or has too many cells.
  const matters = (r: TableRow) => width(r, H) > H || errors.hasRow(r.row);
  if (uniform && only !== undefined && off.some(matters)) {
    errors.cause(undefined, undefined, 'shiftedRows', {
      cells: only,
      header: H,
      count: off.length,
    });
    for (const r of off) errors.markRow(r.row);
    return;
  }
  for (const r of off)
    if (matters(r))
      errors.cause(r.row, undefined, 'cellCount', {
        cells: width(r, H),
        header: H,
        delimiter: table.delimiter,
      });
}
