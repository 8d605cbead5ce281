/**
 * Importer issues in words, in the reader's language: one sentence per issue ("row 14, column
 * Month: 13 is not a month" / "fila 14, columna Month: 13 no es un mes"), and the plain-text
 * report a reader downloads to work through. The importer hands codes; only types cross over.
 */
import type { Issue, IssueCode, IssueParams } from '../import/issueCodes';
import type { ImportResult } from '../import/types';
import type { Formatters } from './format';
import type { Messages } from './messages';

/** One issue as a sentence: where, then what. */
export function describeIssue(issue: Issue, t: Messages, f: Formatters): string {
  const words = t.importer.issues[issue.code] as (
    p: IssueParams[IssueCode],
    f: Formatters,
  ) => string;
  const what = words(issue.params, f);
  const { where } = t.importer;
  if (issue.row !== undefined) {
    const at =
      issue.column === undefined
        ? where.row(String(issue.row))
        : where.rowColumn(String(issue.row), issue.column);
    return `${at}: ${what}`;
  }
  if (issue.path !== undefined) return `${issue.path || where.wholeFile}: ${what}`;
  return what;
}

/** Every error and warning of an import, with its outcome, as a text file. */
export function formatReport(result: ImportResult, t: Messages, f: Formatters): string {
  const r = t.importer.report;
  const section = (title: string, issues: readonly Issue[]) =>
    issues.length === 0 ? [] : ['', title, ...issues.map((i) => `- ${describeIssue(i, t, f)}`)];
  const lines = [
    r.title,
    r.file(result.fileName),
    ...(result.encoding ? [r.encoding(result.encoding.toUpperCase())] : []),
    result.events !== null ? f.plural(result.events, r.loaded) : r.notLoaded,
    r.rowsOk(f.number(result.validRows)),
  ];
  if (result.droppedRows.length > 0)
    lines.push(r.rowsDropped(result.droppedRows.join(', '), result.events !== null));
  lines.push(
    ...section(r.errors(f.number(result.errors.length)), result.errors),
    ...section(r.warnings(f.number(result.warnings.length)), result.warnings),
  );
  if (result.errors.length === 0 && result.warnings.length === 0) lines.push('', r.none);
  return `${lines.join('\n')}\n`;
}
