/** The contract between the importers and the UI: what goes in, what comes back. */
import type { Administration, Dataset, Place } from '../data/schema';
import type { Encoding, Issue } from './issueCodes';

/** One problem as a code with parameters; src/i18n words it in the reader's language. */
export type ImportIssue = Issue;

/** What an import produces. `dataset` is null unless it parsed with DatasetSchema. */
export interface ImportResult {
  /**
   * From a worker, read on first use (the events cross as JSON bytes, so the page pays for
   * them when the reader shows them, not while the file is checked): use `events` to count.
   */
  dataset: Dataset | null;
  /** Events in the dataset, or null when there is none. */
  events: number | null;
  /**
   * CSV/TSV: rows that passed every check (the dataset's events when there is one; with
   * keepValidRows off and errors elsewhere, what "keep valid rows" would show). JSON: events.
   */
  validRows: number;
  errors: ImportIssue[];
  warnings: ImportIssue[];
  /** Spreadsheet rows with at least one error, in file order (always empty for JSON). */
  droppedRows: number[];
  /** The file's name as shown in messages (cleaned of invisible characters, capped). */
  fileName: string;
  /** How the bytes were read, when the importer decoded them. */
  encoding?: Encoding;
}

/** The built-in data a spreadsheet leans on: its gazetteer and the presidencies. */
export interface Reference {
  places: readonly Place[];
  administrations: readonly Administration[];
  /** Other names of gazetteer places (their Spanish names), by place id. */
  aliases?: Readonly<Record<string, readonly string[]>>;
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
  /** Above this many bytes runImport hands the work to a worker. */
  workerThresholdBytes: 32_000,
} as const;
