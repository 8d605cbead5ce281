/**
 * One spreadsheet row to the parts of an event, every problem in the row reported (not just the
 * first), so a user fixes a file in one pass. Places and ids, which depend on other rows, are
 * settled later by rowsToDataset.
 */
import { dateBounds } from '../data/calendar';
import type { Category, EventStatus, Precision } from '../data/schema';
import {
  type CellDate,
  matchCategory,
  type Parsed,
  parseBoolean,
  parseCategory,
  parseCoordinate,
  parseDate,
  parseDayOfMonth,
  parseId,
  parseMonth,
  parsePlaceKind,
  parseStatus,
  parseUrl,
  parseYear,
} from './cells';
import type { Field } from './columns';
import { cell, type HeaderMap } from './headerMap';
import type { IssueList } from './issues';
import type { TableRow } from './parseTable';
import type { NewPlaceInput } from './places';
import { type SourceInput, sourceTitle } from './sources';
import { capText, cleanText, foldKey, htmlToText, quote } from './text';
import { LIMITS } from './types';

type Key = Exclude<Field, 'ignored'>;

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
  /** Set for TimelineJS title slides and eras, which are not events. */
  skipped?: 'title' | 'era';
  id?: string;
  title?: string;
  /** Undefined when the row gives none: the title stands in (with a warning). */
  summary?: string;
  date?: EventDraftDate;
  status: EventStatus;
  /** Undefined when the row gives none: DEFAULT_CATEGORY (with a warning). */
  category?: Category;
  /** A TimelineJS group that is not a category, kept in the event's note. */
  group?: string;
  placeRefs: string[];
  newPlace?: NewPlaceInput;
  /** Set by rowsToDataset once every row's new places are known. */
  placeIds?: string[];
  actors: string[];
  source: SourceInput | null;
  excerpt?: string;
}

/** Rows that fell back on a default, reported once per file rather than once per row. */
export interface Fallbacks {
  category: number[];
  summary: number[];
  time: number[];
  groups: Map<string, number>;
}

export interface RowContext {
  map: HeaderMap;
  errors: IssueList;
  warnings: IssueList;
  fallbacks: Fallbacks;
}

/** Category of rows that name none: the one least likely to claim more than the row says. */
export const DEFAULT_CATEGORY: Category = 'statement';

const name = (ctx: RowContext, field: Key) => ctx.map.bindings[field]?.header ?? field;

function read<T>(ctx: RowContext, r: TableRow, field: Key, parse: (s: string) => Parsed<T>) {
  const raw = cell(ctx.map, r, field);
  if (raw.trim() === '') return undefined;
  const parsed = parse(raw);
  if ('error' in parsed) {
    ctx.errors.row(r.row, name(ctx, field), parsed.error);
    return undefined;
  }
  return parsed.value;
}

/** Plain text of a cell, HTML reduced to words for TimelineJS columns, capped with a warning. */
function text(ctx: RowContext, r: TableRow, field: Key, max: number, multiline = false): string {
  const raw = cell(ctx.map, r, field);
  const html = ctx.map.bindings[field]?.spec.html === true;
  const plain = cleanText(html ? htmlToText(raw) : raw, multiline);
  if (plain.length <= max) return plain;
  ctx.warnings.row(r.row, name(ctx, field), `${plain.length} characters, cut to ${max}`);
  return capText(plain, max);
}

const list = (raw: string) =>
  raw
    .split(';')
    .map((s) => cleanText(s))
    .filter((s) => s !== '');

export function readRow(ctx: RowContext, r: TableRow): RowDraft {
  const { errors } = ctx;
  const type = foldKey(cell(ctx.map, r, 'type'));
  const draft: RowDraft = {
    row: r.row,
    status: 'occurred',
    placeRefs: [],
    actors: [],
    source: null,
  };
  if (type === 'title' || type === 'era') return { ...draft, skipped: type };

  const id = read(ctx, r, 'id', parseId);
  if (id) draft.id = id;
  const title = text(ctx, r, 'title', LIMITS.titleChars);
  if (title) draft.title = title;
  else errors.row(r.row, name(ctx, 'title'), 'empty');
  const summary = text(ctx, r, 'summary', LIMITS.summaryChars, true);
  if (summary) draft.summary = summary;
  else if (title) ctx.fallbacks.summary.push(r.row);

  const date = ctx.map.timeline ? readTimelineDate(ctx, r) : readFronteraDate(ctx, r);
  const approximate = read(ctx, r, 'approximate', parseBoolean) ?? false;
  if (date) draft.date = { ...date, approximate };

  draft.status = read(ctx, r, 'status', parseStatus) ?? 'occurred';
  readCategory(ctx, r, draft);
  readPlaces(ctx, r, draft);
  draft.actors = [...new Set(list(cell(ctx.map, r, 'actors')).map((a) => capText(a, 120)))];
  readSource(ctx, r, draft);
  return draft;
}

function readCategory(ctx: RowContext, r: TableRow, draft: RowDraft) {
  const category = read(ctx, r, 'category', parseCategory);
  const group = cleanText(cell(ctx.map, r, 'group'));
  const fromGroup = group ? matchCategory(group) : undefined;
  if (group && !fromGroup) {
    draft.group = capText(group, 140);
    ctx.fallbacks.groups.set(draft.group, (ctx.fallbacks.groups.get(draft.group) ?? 0) + 1);
  }
  const chosen = category ?? fromGroup;
  if (chosen) draft.category = chosen;
  else if (cell(ctx.map, r, 'category').trim() === '') ctx.fallbacks.category.push(r.row);
}

function readFronteraDate(ctx: RowContext, r: TableRow): EventDraftDate | undefined {
  if (cell(ctx.map, r, 'date').trim() === '') ctx.errors.row(r.row, name(ctx, 'date'), 'empty');
  const start = read(ctx, r, 'date', parseDate);
  const end = read(ctx, r, 'end', parseDate);
  if (start?.timeDropped || end?.timeDropped) ctx.fallbacks.time.push(r.row);
  if (!start) return undefined;
  return finishDate(ctx, r, start, end, name(ctx, 'end'));
}

/** TimelineJS splits a date over Year, Month and Day; its precision is the last one given. */
function readTimelineDate(ctx: RowContext, r: TableRow): EventDraftDate | undefined {
  const start = readParts(ctx, r, ['year', 'month', 'day'], true);
  const endGiven = (['endYear', 'endMonth', 'endDay'] as const).some(
    (f) => cell(ctx.map, r, f).trim() !== '',
  );
  const end = endGiven ? readParts(ctx, r, ['endYear', 'endMonth', 'endDay'], false) : undefined;
  if (!start) return undefined;
  if (endGiven && !end) return undefined;
  return finishDate(ctx, r, start, end, name(ctx, 'endYear'));
}

function readParts(
  ctx: RowContext,
  r: TableRow,
  [yf, mf, df]: readonly [Key, Key, Key],
  required: boolean,
): CellDate | undefined {
  const given = (f: Key) => cell(ctx.map, r, f).trim() !== '';
  const before = ctx.errors.size;
  if (!given(yf)) {
    if (required || given(mf) || given(df))
      ctx.errors.row(
        r.row,
        name(ctx, yf),
        required ? 'empty' : `empty, but ${name(ctx, mf)} or ${name(ctx, df)} is given`,
      );
    return undefined;
  }
  const y = read(ctx, r, yf, parseYear);
  const m = read(ctx, r, mf, parseMonth);
  const d = read(ctx, r, df, parseDayOfMonth);
  if (given(df) && !given(mf))
    ctx.errors.row(r.row, name(ctx, df), `a day needs a ${name(ctx, mf)}`);
  if (ctx.errors.size > before || y === undefined) return undefined;
  const parts = [String(y).padStart(4, '0')];
  if (m !== undefined) parts.push(String(m).padStart(2, '0'));
  if (m !== undefined && d !== undefined) parts.push(String(d).padStart(2, '0'));
  const value = parts.join('-');
  const checked = parseDate(value);
  if ('error' in checked) {
    ctx.errors.row(r.row, name(ctx, df), checked.error);
    return undefined;
  }
  return checked.value;
}

function finishDate(
  ctx: RowContext,
  r: TableRow,
  start: CellDate,
  end: CellDate | undefined,
  endColumn: string,
): EventDraftDate | undefined {
  if (end && end.precision !== start.precision) {
    ctx.errors.row(
      r.row,
      endColumn,
      `"${end.value}" is not written like the start "${start.value}" — give both as YYYY, YYYY-MM or YYYY-MM-DD`,
    );
    return undefined;
  }
  // An end equal to the start says nothing more; TimelineJS sheets often repeat it.
  const sameDay = end !== undefined && end.value === start.value;
  const date = {
    start: start.value,
    precision: start.precision,
    ...(end && !sameDay ? { end: end.value } : {}),
  };
  const bounds = dateBounds(date);
  if ('error' in bounds) {
    ctx.errors.row(r.row, undefined, bounds.error);
    return undefined;
  }
  return { ...date, approximate: false, ...bounds };
}

function readPlaces(ctx: RowContext, r: TableRow, draft: RowDraft) {
  draft.placeRefs = list(cell(ctx.map, r, 'places'));
  const latGiven = cell(ctx.map, r, 'latitude').trim() !== '';
  const lonGiven = cell(ctx.map, r, 'longitude').trim() !== '';
  const lat = read(ctx, r, 'latitude', (s) => parseCoordinate(s, 90));
  const lon = read(ctx, r, 'longitude', (s) => parseCoordinate(s, 180));
  const kind = read(ctx, r, 'placeKind', parsePlaceKind) ?? 'city';
  if (latGiven !== lonGiven) {
    const missing = latGiven ? 'longitude' : 'latitude';
    ctx.errors.row(r.row, name(ctx, missing), `empty — give both latitude and longitude`);
    return;
  }
  const placeName = cleanText(cell(ctx.map, r, 'placeName'));
  if (lat !== undefined && lon !== undefined)
    draft.newPlace = { row: r.row, name: placeName, lat, lon, kind };
  else if (placeName && !latGiven)
    ctx.errors.row(
      r.row,
      name(ctx, 'placeName'),
      `${quote(placeName)} has no latitude and longitude — give them, or name a gazetteer place in "places"`,
    );
}

function readSource(ctx: RowContext, r: TableRow, draft: RowDraft) {
  const title = sourceTitle(cell(ctx.map, r, 'sourceTitle'));
  const url = read(ctx, r, 'sourceUrl', parseUrl);
  const date = read(ctx, r, 'sourceDate', (s) => {
    const d = parseDate(s);
    if ('error' in d) return d;
    return d.value.precision === 'day'
      ? { value: d.value.value }
      : { error: `${quote(s)} must be a day written YYYY-MM-DD` };
  });
  const publisher = capText(cleanText(cell(ctx.map, r, 'sourcePublisher')), 140);
  const author = capText(cleanText(cell(ctx.map, r, 'sourceAuthor')), 140);
  if (title || url || publisher || author || date)
    draft.source = {
      row: r.row,
      title,
      ...(url ? { url } : {}),
      ...(date ? { date } : {}),
      publisher,
      author,
      columns: {
        date: name(ctx, 'sourceDate'),
        publisher: name(ctx, 'sourcePublisher'),
        author: name(ctx, 'sourceAuthor'),
      },
    };
  const excerpt = capText(cleanText(cell(ctx.map, r, 'excerpt')), 400);
  if (!excerpt) return;
  const words = excerpt.split(/\s+/);
  if (words.length > LIMITS.excerptWords) {
    ctx.warnings.row(
      r.row,
      name(ctx, 'excerpt'),
      `${words.length} words, cut to ${LIMITS.excerptWords}`,
    );
    draft.excerpt = `${words.slice(0, LIMITS.excerptWords).join(' ')}…`;
  } else draft.excerpt = excerpt;
}
