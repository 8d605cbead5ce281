/**
 * The one entry point for a file the user chose: JSON or a CSV/TSV table, decided by the file
 * name and, when the name does not say, by the first character. Never throws: whatever goes
 * wrong comes back as an error in the result.
 */
import { type Decoded, decodeBytes } from './decode';
import { importJson } from './importJson';
import { IssueList } from './issues';
import { parseTable } from './parseTable';
import { result, rowsToDatasetSteps } from './rowsToDataset';
import { drain, type Steps } from './steps';
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
  // A zip (xlsx, ods) or many NULs (a binary file); a stray NUL in a cell is only stripped
  // like any other control character.
  const nuls = head.split('\u0000').length - 1;
  if (head.startsWith('PK\u0003\u0004') || nuls > head.length / 100) return 'binary';
  if (ext === 'json') return 'json';
  if (TABLES.has(ext)) return 'table';
  return /^\uFEFF?\s*[{[]/.test(head) ? 'json' : 'table';
}

/** The name messages use for the file. */
export const displayName = (name: string) => capText(cleanText(name), 140) || 'imported file';

const failed = (fileName: string, code: 'workbook' | 'notText', name: string): ImportResult => {
  const errors = new IssueList('error');
  errors.file(code, { name });
  return result({ errors, warnings: new IssueList('warning') }, null, 0, fileName);
};

/** importText without its safety net: lets tests see an exception instead of its message. */
export function readText(
  name: string,
  text: string,
  options: ImportOptions,
  decoded?: Omit<Decoded, 'text'>,
): ImportResult {
  return drain(readSteps(name, text, options, decoded));
}

function* readSteps(
  name: string,
  text: string,
  options: ImportOptions,
  decoded?: Omit<Decoded, 'text'>,
): Steps<ImportResult> {
  const fileName = displayName(name);
  switch (detectFormat(fileName, text)) {
    case 'workbook':
      return failed(fileName, 'workbook', fileName);
    case 'binary':
      return failed(fileName, 'notText', fileName);
    case 'json':
      return importJson(text, fileName);
    case 'table': {
      const issues = { errors: new IssueList('error'), warnings: new IssueList('warning') };
      if (decoded?.assumed)
        issues.warnings.file('encodingAssumed', {
          encoding: decoded.encoding,
          ...(decoded.sample ? { sample: decoded.sample } : {}),
        });
      const table = parseTable(text, issues.errors);
      if (!table) return result(issues, null, 0, fileName);
      yield;
      return yield* rowsToDatasetSteps(table, fileName, options, issues);
    }
  }
}

/** Import a file's text. Never throws: an unexpected failure comes back as an error too. */
export function importText(name: string, text: string, options: ImportOptions): ImportResult {
  return drain(guarded(name, readSteps(name, text, options)));
}

/** Import a file's bytes: the encoding is detected first (UTF-8, UTF-16, Windows-1252). */
export function importBytes(name: string, bytes: Uint8Array, options: ImportOptions): ImportResult {
  return drain(importBytesSteps(name, bytes, options));
}

/** importBytes as steps, for the main thread to run in slices. */
export function importBytesSteps(
  name: string,
  bytes: Uint8Array,
  options: ImportOptions,
): Steps<ImportResult> {
  return guarded(
    name,
    (function* () {
      const decoded = decodeBytes(bytes);
      yield;
      const r = yield* readSteps(name, decoded.text, options, decoded);
      return { ...r, encoding: decoded.encoding };
    })(),
  );
}

function* guarded(name: string, steps: Steps<ImportResult>): Steps<ImportResult> {
  try {
    return yield* steps;
  } catch (e) {
    const errors = new IssueList('error');
    errors.file('unexpected', {
      detail: capText(cleanText(String((e as Error)?.message ?? e)), 200),
    });
    return result({ errors, warnings: new IssueList('warning') }, null, 0, displayName(name));
  }
}
