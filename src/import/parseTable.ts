/**
 * CSV/TSV text to a header and rows, refusing files that cannot be a table of events before any
 * cell is read. Row numbers are the spreadsheet's: the header is row 1, and a cell holding a
 * line break still counts as one row.
 */
import { csvParseRows, dsvFormat, tsvParseRows } from 'd3-dsv';
import { headerKey, matchHeader } from './columns';
import type { Delimiter } from './issueCodes';
import type { IssueList } from './issues';
import { capText, cleanText } from './text';
import { LIMITS } from './types';

export type { Delimiter };

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
  /** The table's name on the first line (Numbers' "Include table names"), skipped. */
  tableName?: string;
  /** A row whose quoted cell never closes (everything after it was read into that cell). */
  unclosed?: { row: number; cell: number; swallowed: number };
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

/** Excel's "sep=;" first line names the separator; it is not part of the table. */
function separatorLine(text: string): { delimiter: Delimiter; rest: string } | null {
  const m = /^sep=([,;\t|])[ \t]*\r?\n/i.exec(text);
  if (!m || m[1] === '|') return null;
  return { delimiter: m[1] as Delimiter, rest: text.slice(m[0].length) };
}

/**
 * Where a quoted cell opens and never closes, as d3-dsv reads a file (RFC 4180: a cell is
 * quoted only when its first character is a quote): the record and the cell, or null.
 */
export function findUnclosedQuote(
  text: string,
  delimiter: Delimiter,
): { record: number; cell: number } | null {
  const sep = delimiter.charCodeAt(0);
  let record = 0;
  let cell = 0;
  let i = 0;
  const n = text.length;
  while (i < n) {
    if (text.charCodeAt(i) === 34) {
      // A quoted cell: find the quote that is not doubled.
      let j = i + 1;
      for (;;) {
        const q = text.indexOf('"', j);
        if (q < 0) return { record, cell };
        if (text.charCodeAt(q + 1) === 34) j = q + 2;
        else {
          i = q + 1;
          break;
        }
      }
    }
    // Up to the end of this cell.
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === sep) {
        cell += 1;
        i += 1;
        break;
      }
      if (c === 10 || c === 13) {
        i += c === 13 && text.charCodeAt(i + 1) === 10 ? 2 : 1;
        record += 1;
        cell = 0;
        break;
      }
      i += 1;
    }
  }
  return null;
}

/** Parse a table, reporting every file-level problem to `errors`; null when it is unusable. */
export function parseTable(raw: string, errors: IssueList): Table | null {
  if (raw.length > LIMITS.maxChars) {
    errors.file('tooLarge', { chars: raw.length, max: LIMITS.maxChars });
    return null;
  }
  let text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  if (text.trim() === '') {
    errors.file('empty');
    return null;
  }
  const hinted = separatorLine(text);
  // The hint line is not a row a spreadsheet shows, so rows are counted without it.
  if (hinted) text = hinted.rest;
  const delimiter = hinted?.delimiter ?? detectDelimiter(firstTableLine(text));
  const records = PARSERS[delimiter](text);
  // Numbers' "Include table names" writes the table's name on a line of its own first.
  const named = tableNameLine(records);
  const [head = [], ...body] = named ? records.slice(1) : records;
  const offset = named ? 1 : 0;
  // Capped so a hostile header cannot make every message about its column enormous.
  const header = head.map((h) => capText(cleanText(h), 80));

  const rows: TableRow[] = [];
  body.forEach((cells, i) => {
    if (!isBlank(cells)) rows.push({ row: i + 2 + offset, cells });
  });
  const before = errors.size;
  checkHeader(header, errors);
  if (rows.length === 0) errors.file('headerOnly');
  if (rows.length > LIMITS.maxRows)
    errors.file('tooManyRows', { rows: rows.length, max: LIMITS.maxRows });
  if (errors.size > before) return null;
  return {
    delimiter,
    header,
    rows,
    ...(named ? { tableName: named } : {}),
    ...unclosedQuote(text, delimiter, body, offset),
  };
}

/** An odd number of quotes is the sign; only then is the file scanned for the cell. */
function unclosedQuote(
  text: string,
  delimiter: Delimiter,
  body: readonly string[][],
  offset: number,
) {
  let quotes = 0;
  for (let i = text.indexOf('"'); i >= 0; i = text.indexOf('"', i + 1)) quotes += 1;
  if (quotes % 2 === 0) return {};
  const at = findUnclosedQuote(text, delimiter);
  if (!at || at.record <= offset) return {};
  // The lines after the broken cell were read into it.
  const cell = body[at.record - 1 - offset]?.[at.cell] ?? '';
  const swallowed = cell.replace(/[\r\n]+$/, '').split(/\r\n|\r|\n/).length - 1;
  return { unclosed: { row: at.record + 1, cell: at.cell, swallowed } };
}

/** The line the separator is read from: the header, past a table-name line. */
function firstTableLine(text: string): string {
  const nl = /\r\n|\r|\n/.exec(text);
  if (!nl) return text;
  const first = text.slice(0, nl.index);
  return /[,;\t]/.test(first) ? text : text.slice(nl.index + nl[0].length);
}

/** A first record of one cell naming no column, above a row of known columns: a table name. */
function tableNameLine(records: readonly string[][]): string | undefined {
  const [first, second] = records;
  if (!first || !second) return undefined;
  const filled = first.filter((c) => c.trim() !== '');
  if (filled.length !== 1 || first.length > 1 || matchHeader(filled[0] ?? '')) return undefined;
  return second.some((h) => matchHeader(h)) ? capText(cleanText(filled[0] ?? ''), 80) : undefined;
}

function checkHeader(header: readonly string[], errors: IssueList): void {
  const seen = new Map<string, number>();
  header.forEach((name, i) => {
    const key = headerKey(name);
    if (key === '') return;
    const first = seen.get(key);
    if (first !== undefined)
      errors.file('duplicateHeader', { first: first + 1, second: i + 1, header: name });
    else seen.set(key, i);
  });
  const named = header.filter((h) => h !== '');
  if (named.length > 0 && !named.some((h) => matchHeader(h)))
    errors.file('noKnownColumns', {
      found: named.slice(0, 5).map((h) => capText(h, 60)),
      more: named.length > 5,
    });
  if (named.length === 0) errors.file('noHeaderNames');
}
