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
  if (head.startsWith('PK\u0003\u0004') || head.includes('\u0000')) return 'binary';
  if (ext === 'json') return 'json';
  if (TABLES.has(ext)) return 'table';
  return /^\uFEFF?\s*[{[]/.test(head) ? 'json' : 'table';
}

const failed = (message: string): ImportResult => {
  const errors = new IssueList('error');
  errors.file(message);
  return result({ errors, warnings: new IssueList('warning') }, null, 0);
};

export function importText(name: string, text: string, options: ImportOptions): ImportResult {
  const fileName = capText(cleanText(name), 140) || 'imported file';
  try {
    switch (detectFormat(fileName, text)) {
      case 'workbook':
        return failed(
          `${fileName} is a spreadsheet workbook — save it as CSV first (Google Sheets: File › Download › CSV; Excel: Save As › CSV UTF-8)`,
        );
      case 'binary':
        return failed(`${fileName} is not a text file — save the spreadsheet as CSV first`);
      case 'json':
        return importJson(text);
      case 'table': {
        const issues = { errors: new IssueList('error'), warnings: new IssueList('warning') };
        const table = parseTable(text, issues.errors);
        if (!table) return result(issues, null, 0);
        return rowsToDataset(table, fileName, options, issues);
      }
    }
  } catch (e) {
    return failed(
      `the import stopped unexpectedly (${capText(cleanText(String((e as Error)?.message ?? e)), 200)}) — please report this with the file`,
    );
  }
}
