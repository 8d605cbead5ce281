/**
 * Collects issues without letting a file of 200,000 bad rows build a list nobody can read:
 * every issue is counted, the first LIMITS.maxListedIssues are kept.
 */
import type { Issue, IssueCode, ParamsArg } from './issueCodes';
import { LIMITS } from './types';

export class IssueList {
  private readonly kept: Issue[] = [];
  /** Issues that explain the others of their row (listed first). */
  private readonly causes = new Set<Issue>();
  private count = 0;
  /** Rows with at least one issue, so keep-valid-rows knows what to leave out. */
  readonly rows = new Set<number>();

  constructor(private readonly kind: 'error' | 'warning') {}

  /** A problem in one row; `column` is the header as the file writes it. */
  row<C extends IssueCode>(
    row: number,
    column: string | undefined,
    code: C,
    ...[params]: ParamsArg<C>
  ): void {
    this.rows.add(row);
    this.add({
      code,
      params: params ?? {},
      row,
      ...(column === undefined ? {} : { column }),
    } as Issue);
  }

  /** The cause of a row's other problems (a wrong number of cells): listed before them. */
  cause<C extends IssueCode>(
    row: number | undefined,
    column: string | undefined,
    code: C,
    ...[params]: ParamsArg<C>
  ): void {
    if (row !== undefined) this.rows.add(row);
    const issue = {
      code,
      params: params ?? {},
      ...(row === undefined ? {} : { row }),
      ...(column === undefined ? {} : { column }),
    } as Issue;
    this.causes.add(issue);
    this.add(issue);
  }

  /** Counts a row as having an error without listing it again (named in a file-wide issue). */
  markRow(row: number): void {
    this.rows.add(row);
  }

  /** A problem with the file as a whole. */
  file<C extends IssueCode>(code: C, ...[params]: ParamsArg<C>): void {
    this.add({ code, params: params ?? {} } as Issue);
  }

  /** A problem at a path in a JSON document. */
  at<C extends IssueCode>(path: string, code: C, ...[params]: ParamsArg<C>): void {
    this.add({ code, params: params ?? {}, path } as Issue);
  }

  add(issue: Issue): void {
    this.count += 1;
    if (this.kept.length < LIMITS.maxListedIssues) this.kept.push(issue);
  }

  get size(): number {
    return this.count;
  }

  /** True when some issue of this row is already listed (the cause goes first). */
  hasRow(row: number): boolean {
    return this.rows.has(row);
  }

  /**
   * The kept issues, file-wide ones first, then by row (stable, so a row's issues keep their
   * order: the cause of a row's trouble before its consequences), closed by a count of those
   * left out.
   */
  list(): Issue[] {
    const rank = (i: Issue) => (this.causes.has(i) ? 0 : 1);
    const sorted = [...this.kept].sort((a, b) => (a.row ?? 0) - (b.row ?? 0) || rank(a) - rank(b));
    const hidden = this.count - this.kept.length;
    if (hidden <= 0) return sorted;
    return [...sorted, { code: 'moreIssues', params: { count: hidden, kind: this.kind } }];
  }
}
