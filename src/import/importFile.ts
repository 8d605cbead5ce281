/**
 * The one entry point for a file the user chose: JSON or a CSV/TSV table, decided by the file
 * name and, when the name does not say, by the first character. Never throws: whatever goes
 * wrong comes back as an error in the result.
 */
import { importJson } from './importJson';
import { IssueList } from './issues';
import { parseTable } from './parseTable';
import { result, rowsToDataset } from './rowsToDataset';
import { capText, cleanText } from './text';
import type { ImportOptions, ImportResult } from './types';

export type ImportFormat = 'json' | 'table' | 'workbook' | 'binary';

const WORKBOOKS = new Set(['xlsx', 'xlsm', 'xls', 'ods', 'numbers']);
const TABLES = new Set(['csv', 'tsv', 'tab']);

/** How a file will be read: its extension first, else whether it opens like JSON. */
export function detectFormat(name: string, text: string): ImportFormat {
  const ext = /\.([a-z0-9]+)$/i.exec(name.trim())?.[1]?.toLowerCase() ?? '';
  if (WORKBOOKS.has(ext)) return 'workbook';
  const head = text.slice(0, 4096);
  // A zip (xlsx, ods) or many NULs (a binary file, or UTF-16 read as UTF-8); a stray NUL in a
  // cell is only stripped like any other control character.
  const nuls = head.split('\u0000').length - 1;
  if (head.startsWith('PK\u0003\u0004') || nuls > head.length / 100) return 'binary';
  if (ext === 'json') return 'json';
  if (TABLES.has(ext)) return 'table';
  return /^\uFEFF?\s*[{[]/.test(head) ? 'json' : 'table';
}

const failed = (message: string): ImportResult => {
  const errors = new IssueList('error');
  errors.file(message);
  return result({ errors, warnings: new IssueList('warning') }, null, 0);
};

/** importText without its safety net: lets tests see an exception instead of its message. */
export function readText(name: string, text: string, options: ImportOptions): ImportResult {
  const fileName = capText(cleanText(name), 140) || 'imported file';
  switch (detectFormat(fileName, text)) {
    case 'workbook':
      return failed(
        `${fileName} is a spreadsheet workbook — save it as CSV first (Google Sheets: File › Download › CSV; Excel: Save As › CSV UTF-8)`,
      );
    case 'binary':
      return failed(
        `${fileName} is not a UTF-8 text file — save the spreadsheet as CSV (UTF-8) first`,
      );
    case 'json':
      return importJson(text);
    case 'table': {
      const issues = { errors: new IssueList('error'), warnings: new IssueList('warning') };
      const table = parseTable(text, issues.errors);
      if (!table) return result(issues, null, 0);
      return rowsToDataset(table, fileName, options, issues);
    }
  }
}

/** Import a file's text. Never throws: an unexpected failure comes back as an error too. */
export function importText(name: string, text: string, options: ImportOptions): ImportResult {
  try {
    return readText(name, text, options);
  } catch (e) {
    return failed(
      `the import stopped unexpectedly (${capText(cleanText(String((e as Error)?.message ?? e)), 200)}) — please report this with the file`,
    );
  }
}
