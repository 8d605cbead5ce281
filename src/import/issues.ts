/**
 * Collects issues without letting a file of 200,000 bad rows build a list nobody can read:
 * every issue is counted, the first LIMITS.maxListedIssues are kept word for word.
 */
import { type ImportIssue, LIMITS } from './types';

export class IssueList {
  private readonly kept: ImportIssue[] = [];
  private count = 0;
  /** Rows with at least one issue, so keep-valid-rows knows what to leave out. */
  readonly rows = new Set<number>();

  constructor(private readonly noun: 'error' | 'warning') {}

  /** A problem in one row; `column` is the header as the file writes it. */
  row(row: number, column: string | undefined, text: string): void {
    const where = column === undefined ? `row ${row}` : `row ${row}, column ${column}`;
    this.rows.add(row);
    this.add({ row, ...(column === undefined ? {} : { column }), message: `${where}: ${text}` });
  }

  /** A problem with the file as a whole. */
  file(message: string): void {
    this.add({ message });
  }

  add(issue: ImportIssue): void {
    this.count += 1;
    if (this.kept.length < LIMITS.maxListedIssues) this.kept.push(issue);
  }

  get size(): number {
    return this.count;
  }

  /**
   * The kept issues, file-wide ones first, then by row (stable, so a row's issues keep their
   * column order), closed by a count of those left out.
   */
  list(): ImportIssue[] {
    const sorted = [...this.kept].sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
    const hidden = this.count - this.kept.length;
    if (hidden <= 0) return sorted;
    return [
      ...sorted,
      { message: `the file has ${hidden.toLocaleString('en-US')} more ${this.noun}s not listed` },
    ];
  }
}
