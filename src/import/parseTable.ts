/**
 * CSV/TSV text to a header and rows, refusing files that cannot be a table of events before any
 * cell is read. Row numbers are the spreadsheet's: the header is row 1, and a cell holding a
 * line break still counts as one row.
 */
import { csvParseRows, dsvFormat, tsvParseRows } from 'd3-dsv';
import { headerKey, matchHeader } from './columns';
import type { IssueList } from './issues';
import { capText, cleanText, quote } from './text';
import { LIMITS } from './types';

export type Delimiter = ',' | '\t' | ';';

export interface TableRow {
  /** Spreadsheet row number (header = 1). */
  row: number;
  cells: string[];
}

export interface Table {
  delimiter: Delimiter;
  /** Header cells, cleaned of invisible characters, as the file writes them otherwise. */
  header: string[];
  /** Data rows that hold anything; blank rows are skipped but keep their numbers. */
  rows: TableRow[];
}

/** The separator the header line uses most, outside quotes: tab, then semicolon, else comma. */
export function detectDelimiter(text: string): Delimiter {
  const counts = { ',': 0, '\t': 0, ';': 0 };
  let quoted = false;
  // The header line is short; an unclosed quote must not make us scan a 50 MB file.
  for (const ch of text.slice(0, 65_536)) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && (ch === ',' || ch === '\t' || ch === ';')) counts[ch] += 1;
  }
  if (counts['\t'] > 0) return '\t';
  return counts[';'] > counts[','] ? ';' : ',';
}

const PARSERS: Record<Delimiter, (text: string) => string[][]> = {
  ',': csvParseRows,
  '\t': tsvParseRows,
  ';': (text) => dsvFormat(';').parseRows(text),
};

const isBlank = (cells: readonly string[]) => cells.every((c) => c.trim() === '');

/** Parse a table, reporting every file-level problem to `errors`; null when it is unusable. */
export function parseTable(raw: string, errors: IssueList): Table | null {
  if (raw.length > LIMITS.maxChars) {
    errors.file(
      `the file is too large (${raw.length.toLocaleString('en-US')} characters; at most ${LIMITS.maxChars.toLocaleString('en-US')})`,
    );
    return null;
  }
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  if (text.trim() === '') {
    errors.file('the file is empty');
    return null;
  }
  const delimiter = detectDelimiter(text);
  const [head = [], ...body] = PARSERS[delimiter](text);
  // Capped so a hostile header cannot make every message about its column enormous.
  const header = head.map((h) => capText(cleanText(h), 80));

  const rows: TableRow[] = [];
  body.forEach((cells, i) => {
    if (!isBlank(cells)) rows.push({ row: i + 2, cells });
  });
  const before = errors.size;
  checkHeader(header, errors);
  if (rows.length === 0) errors.file('the file has a header row but no data rows');
  if (rows.length > LIMITS.maxRows)
    errors.file(
      `the file has ${rows.length.toLocaleString('en-US')} rows; at most ${LIMITS.maxRows.toLocaleString('en-US')} can be imported`,
    );
  if (errors.size > before) return null;

  for (const { row, cells } of rows) {
    if (cells.length > header.length && !isBlank(cells.slice(header.length)))
      errors.row(
        row,
        undefined,
        `${cells.length} cells but the header has ${header.length} columns — a cell holding a ${delimiter === '\t' ? 'tab' : delimiter === ';' ? 'semicolon' : 'comma'} must be in double quotes`,
      );
  }
  return { delimiter, header, rows };
}

function checkHeader(header: readonly string[], errors: IssueList): void {
  const seen = new Map<string, number>();
  header.forEach((name, i) => {
    const key = headerKey(name);
    if (key === '') return;
    const first = seen.get(key);
    if (first !== undefined)
      errors.file(`columns ${first + 1} and ${i + 1} have the same header ${quote(name)}`);
    else seen.set(key, i);
  });
  const named = header.filter((h) => h !== '');
  if (named.length > 0 && !named.some((h) => matchHeader(h))) {
    const found = named.slice(0, 5).map(quote).join(', ');
    errors.file(
      `none of the columns is a Frontera or TimelineJS column (found ${found}${named.length > 5 ? ', …' : ''}) — start from the template`,
    );
  }
  if (named.length === 0) errors.file('the first row has no column names');
}
