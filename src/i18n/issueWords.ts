/**
 * The shape of a catalogue's importer section: one sentence per issue code, built from the
 * issue's parameters with the language's formatters. Types only from the importer.
 */
import type { IgnoredReason, Issue, IssueCode, IssueParams } from '../import/issueCodes';
import type { Formatters } from './format';

export type IssueWords = { [C in IssueCode]: (p: IssueParams[C], f: Formatters) => string };

export interface ImportWords {
  /** "row 3, column Month" / "row 3"; a JSON path; or the whole file. */
  where: {
    row: (row: string) => string;
    rowColumn: (row: string, column: string) => string;
    wholeFile: string;
  };
  ignored: Record<IgnoredReason, string>;
  issues: IssueWords;
  report: {
    title: string;
    file: (name: string) => string;
    encoding: (encoding: string) => string;
    loaded: { one: string; other: string };
    notLoaded: string;
    rowsOk: (n: string) => string;
    rowsDropped: (rows: string, leftOut: boolean) => string;
    errors: (n: string) => string;
    warnings: (n: string) => string;
    none: string;
  };
}

export type { Issue };
