/** The contract between the importers and the UI: what goes in, what comes back. */
import type { Administration, Dataset, Place } from '../data/schema';

/**
 * One problem, already worded for the person who made the file. `message` is the whole sentence
 * ("row 14, column Month: 13 is not a month"); `row` and `column` let the UI point at the cell.
 */
export interface ImportIssue {
  /** 1-based row as a spreadsheet counts it (the header is row 1); absent for the whole file. */
  row?: number;
  /** The column's header as written in the file. */
  column?: string;
  /** JSON only: where in the document ("events › 12 (id) › date.start"). */
  path?: string;
  message: string;
}

/** What an import produces. `dataset` is null unless it parsed with DatasetSchema. */
export interface ImportResult {
  dataset: Dataset | null;
  /**
   * CSV/TSV: rows that passed every check (the dataset's events when there is one; with
   * keepValidRows off and errors elsewhere, what "keep valid rows" would show). JSON: events.
   */
  validRows: number;
  errors: ImportIssue[];
  warnings: ImportIssue[];
  /** Spreadsheet rows with at least one error, in file order (always empty for JSON). */
  droppedRows: number[];
}

/** The built-in data a spreadsheet leans on: its gazetteer and the presidencies. */
export interface Reference {
  places: readonly Place[];
  administrations: readonly Administration[];
}

export interface ImportOptions {
  /** Built-in places and administrations (pass the loaded built-in dataset). */
  reference: Reference;
  /**
   * false (default): any error means no dataset, so nothing half-valid is ever drawn.
   * true: rows with errors are left out and listed in droppedRows; the rest is shown.
   */
  keepValidRows?: boolean;
}

/** Limits the UI can show before reading a file. */
export const LIMITS = {
  /** Characters of text accepted (about 50 MB of ASCII). */
  maxChars: 50_000_000,
  /** Data rows accepted in a CSV/TSV file. */
  maxRows: 200_000,
  /** Issues listed per kind (errors, warnings); the rest are counted in one closing line. */
  maxListedIssues: 10_000,
  titleChars: 140,
  summaryChars: 900,
  excerptWords: 20,
  /** Above this many characters runImport hands the work to a worker. */
  workerThresholdChars: 1_000_000,
} as const;
