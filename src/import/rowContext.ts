/**
 * What reading a row needs and produces: the draft of an event, the shared context (columns,
 * issue lists, defaults used) and the helpers that read one cell and report its problem.
 */
import type { Category, EventStatus, Precision } from '../data/schema';
import { type Parsed, type Problem, shown } from './cells';
import type { Field } from './columns';
import { cell, type HeaderMap } from './headerMap';
import type { ParamsArg } from './issueCodes';
import type { IssueList } from './issues';
import type { TableRow } from './parseTable';
import type { NewPlaceInput } from './places';
import type { SourceInput } from './sources';
import { capText, cleanText, htmlToText } from './text';

export type Key = Exclude<Field, 'ignored'>;

export interface EventDraftDate {
  start: string;
  end?: string;
  precision: Precision;
  approximate: boolean;
  t0: number;
  t1: number;
}

export interface RowDraft {
  row: number;
  /**
   * Set for rows that are not events: TimelineJS title slides (the dataset's title) and eras,
   * and rows dated outside the years the timeline draws (named once for the file).
   */
  skipped?: 'title' | 'era' | 'outOfRange';
  id?: string;
  title?: string;
  /** Undefined when the row gives none: the title stands in (with a warning). */
  summary?: string;
  date?: EventDraftDate;
  status: EventStatus;
  /** Undefined when the row gives none: DEFAULT_CATEGORY (with a warning). */
  category?: Category;
  /** A TimelineJS group that is not a category, kept on the event. */
  group?: string;
  /** TimelineJS Display Date: the date as the sheet writes it. */
  dateLabel?: string;
  media?: { url: string; caption?: string; credit?: string };
  /** Place names to look up, with the column each came from (for messages). */
  placeRefs: { text: string; field: 'places' | 'placeName' }[];
  newPlace?: NewPlaceInput;
  /** Set by rowsToDataset once every row's new places are known. */
  placeIds?: string[];
  actors: string[];
  source: SourceInput | null;
  /** The excerpt cell, one excerpt per line (several from one source). */
  excerpts: string[];
  /**
   * Set on a row that gives only an id and another source: it adds that source to the event
   * with this id instead of being an event itself.
   */
  continues?: string;
  /** Sources from the rows that continue this one, in file order. */
  more?: { row: number; source: SourceInput | null; excerpts: string[] }[];
}

/** Rows that fell back on a default, reported once per file rather than once per row. */
export interface Fallbacks {
  category: number[];
  summary: number[];
  time: number[];
  groups: Map<string, number>;
  /** Rows dated outside the years drawn, with the year each gives. */
  outOfRange: { row: number; year: number }[];
}

export interface RowContext {
  map: HeaderMap;
  errors: IssueList;
  warnings: IssueList;
  fallbacks: Fallbacks;
}

/**
 * Category of rows that name none. No category is neutral; the file-wide warning lists those
 * rows so the user can set one.
 */
export const DEFAULT_CATEGORY: Category = 'statement';

export const name = (ctx: RowContext, field: Key) => ctx.map.bindings[field]?.header ?? field;

/** Report a cell's problem against its row and column. */
export function report(ctx: RowContext, r: TableRow, column: string | undefined, p: Problem) {
  ctx.errors.row(r.row, column, p.code, ...([p.params] as ParamsArg<typeof p.code>));
}

/**
 * One cell parsed: the value, or undefined after reporting its problem. A year the timeline
 * cannot draw is noted for the file-wide message (and `onOutOfRange` told) instead.
 */
export function read<T>(
  ctx: RowContext,
  r: TableRow,
  field: Key,
  parse: (s: string) => Parsed<T>,
  onOutOfRange?: (year: number) => void,
) {
  const raw = cell(ctx.map, r, field);
  if (raw.trim() === '') return undefined;
  const parsed = parse(raw);
  if ('problem' in parsed) {
    report(ctx, r, name(ctx, field), parsed.problem);
    return undefined;
  }
  if ('outOfRange' in parsed) {
    if (onOutOfRange) onOutOfRange(parsed.outOfRange);
    else report(ctx, r, name(ctx, field), { code: 'notDate', params: { value: shown(raw) } });
    return undefined;
  }
  return parsed.value;
}

/** Plain text of a cell, HTML reduced to words for TimelineJS columns, capped with a warning. */
export function text(
  ctx: RowContext,
  r: TableRow,
  field: Key,
  max: number,
  multiline = false,
): string {
  const raw = cell(ctx.map, r, field);
  const html = ctx.map.bindings[field]?.spec.html === true;
  const plain = cleanText(html ? htmlToText(raw) : raw, multiline);
  if (plain.length <= max) return plain;
  ctx.warnings.row(r.row, name(ctx, field), 'textCut', { chars: plain.length, max });
  return capText(plain, max);
}

export const list = (raw: string) =>
  raw
    .split(';')
    .map((s) => cleanText(s))
    .filter((s) => s !== '');
