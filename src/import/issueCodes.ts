/**
 * Every problem the importer can report, as a code and the values its sentence needs. The
 * importer never words an issue: the message catalogues (src/i18n/) do, in the reader's
 * language, and import this module for its types only.
 */

/** Why a known column is read but not used. */
export type IgnoredReason = 'time' | 'thumbnail' | 'altText' | 'background';
export type Delimiter = ',' | '\t' | ';';
/** Text encodings the importer reads. */
export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

type None = Record<string, never>;
type Value = { value: string };
type Rows = { rows: number[]; count: number };

export interface IssueParams {
  // ---- the file as a whole
  tooLarge: { chars: number; max: number };
  empty: None;
  headerOnly: None;
  tooManyRows: { rows: number; max: number };
  duplicateHeader: { first: number; second: number; header: string };
  noKnownColumns: { found: string[]; more: boolean };
  noHeaderNames: None;
  unnamedColumn: { column: number };
  unknownColumn: { header: string; suggestion?: string };
  ignoredColumn: { header: string; reason: IgnoredReason };
  sameColumn: { first: string; second: string };
  noTitleColumn: None;
  noDateColumn: None;
  datesTwice: None;
  timelineNeedsYear: None;
  placeKindUnused: None;
  workbook: { name: string };
  notText: { name: string };
  /** Not UTF-8: read as Windows-1252 (accents may be wrong if it was another encoding). */
  encodingAssumed: { encoding: Encoding; sample?: string };
  unexpected: { detail: string };
  noEvents: None;
  moreIssues: { count: number; kind: 'error' | 'warning' };
  datasetRefused: { path: string; detail: string };
  undatedSources: { count: number };
  defaultCategory: Rows & { hasColumn: boolean };
  noSummary: Rows;
  timeDropped: Rows;
  /** Rows dated outside the years the timeline draws: left out, named once for the file. */
  outOfRange: Rows & { years: number[]; min: number; max: number };
  /** Every data row has the same wrong number of cells: the header and the rows disagree. */
  shiftedRows: { cells: number; header: number; count: number };
  /** A first line holding only the table's name (Numbers' "Include table names"). */
  tableName: { name: string };
  // ---- JSON
  notJson: { detail: string };
  notDataset: None;
  invisibleRemoved: { count: number };
  schema: { detail: string };
  // ---- one row (and usually one column)
  cellCount: { cells: number; header: number; delimiter: Delimiter };
  unclosedQuote: { lines: number };
  emptyCell: None;
  notDate: Value;
  notCalendarDate: Value;
  notYear: Value;
  notMonth: Value;
  notDay: Value;
  notNumber: Value;
  coordinateOutside: Value & { limit: 90 | 180 };
  halfPoint: { missing: string; given: string };
  notBoolean: Value;
  notStatus: Value & { allowed: string[] };
  notCategory: Value & { allowed: string[] };
  notPlaceKind: Value & { allowed: string[] };
  urlTooLong: { max: number };
  notUrl: Value;
  urlScheme: Value;
  urlNoHost: Value;
  idTooLong: { max: number };
  notId: Value & { suggestion?: string };
  sourceDateNotDay: Value;
  /** A place name the gazetteer lacks, on a row without coordinates. */
  unknownPlace: Value & { suggestion?: string; lat: string; lon: string };
  sameNameElsewhere: { name: string; row: number };
  idTaken: { id: string; row: number };
  textCut: { chars: number; max: number };
  excerptCut: { words: number; max: number };
  endYearMissing: { month: string; day: string };
  dayNeedsMonth: { month: string };
  endPrecision: { end: string; start: string };
  endBeforeStart: { end: string; start: string };
  sourceConflict: { given: string; row: number; kept: string };
  eraSkipped: None;
  groupsKept: { groups: string[]; more: boolean };
  extraTitleSlide: { first: number };
  badMediaLink: Value;
  /** A source-only row (id and source columns) naming no event of the file. */
  noEventForSource: { id: string };
  /** A source-only row adding to an event whose own row has errors. */
  sourceForBrokenRow: { row: number };
}

export type IssueCode = keyof IssueParams;

/** One problem: where (row and column, or a JSON path, or neither for the file) and what. */
export type Issue = {
  [C in IssueCode]: {
    code: C;
    params: IssueParams[C];
    /** 1-based row as a spreadsheet counts it (the header is row 1). */
    row?: number;
    /** The column's header as the file writes it. */
    column?: string;
    /** JSON only: where in the document ("events › 12 (id) › date.start"); '' = the whole file. */
    path?: string;
  };
}[IssueCode];

/** The params argument, optional for codes that need none. */
export type ParamsArg<C extends IssueCode> = IssueParams[C] extends None
  ? [params?: IssueParams[C]]
  : [params: IssueParams[C]];
