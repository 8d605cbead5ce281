/** What the UI needs from the importers; everything else in this folder is internal. */
export { ALL_COLUMNS, type ColumnSpec, FRONTERA_COLUMNS, TIMELINEJS_COLUMNS } from './columns';
export { detectFormat, importBytes, importText } from './importFile';
export type { Issue, IssueCode, IssueParams } from './issueCodes';
export { referenceOf } from './reference';
export { DEFAULT_CATEGORY } from './rowContext';
export { runImport } from './runImport';
export { FILE_ARTICLE_ID } from './sources';
export type { ImportIssue, ImportOptions, ImportResult, Reference } from './types';
export { LIMITS } from './types';
