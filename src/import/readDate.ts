/**
 * A row's date: Frontera's "date"/"end" cells, or TimelineJS's Year/Month/Day split over three
 * columns, whose precision is the last part given. Both end as the same checked span. A year
 * the timeline cannot draw marks the row as out of range (named once for the whole file).
 */
import { periodBounds } from '../data/calendar';
import { type CellDate, parseDate, parseDayOfMonth, parseMonth, parseYear } from './cells';
import { cell } from './headerMap';
import type { TableRow } from './parseTable';
import { type EventDraftDate, type Key, name, type RowContext, read, report } from './rowContext';

export type DateOutcome = EventDraftDate | { outOfRange: number } | undefined;

/** The row's date span, out of range, or undefined after reporting why there is none. */
export function readDate(ctx: RowContext, r: TableRow): DateOutcome {
  let outside: number | undefined;
  const note = (y: number) => {
    outside ??= y;
  };
  const date = ctx.map.timeline ? readTimelineDate(ctx, r, note) : readFronteraDate(ctx, r, note);
  return outside !== undefined ? { outOfRange: outside } : date;
}

type Note = (year: number) => void;

function readFronteraDate(ctx: RowContext, r: TableRow, note: Note): EventDraftDate | undefined {
  if (cell(ctx.map, r, 'date').trim() === '') ctx.errors.row(r.row, name(ctx, 'date'), 'emptyCell');
  const start = read(ctx, r, 'date', parseDate, note);
  const end = read(ctx, r, 'end', parseDate, note);
  if (start?.timeDropped || end?.timeDropped) ctx.fallbacks.time.push(r.row);
  if (!start) return undefined;
  return finishDate(ctx, r, start, end, name(ctx, 'end'));
}

/** TimelineJS splits a date over Year, Month and Day; its precision is the last one given. */
function readTimelineDate(ctx: RowContext, r: TableRow, note: Note): EventDraftDate | undefined {
  const start = readParts(ctx, r, ['year', 'month', 'day'], true, note);
  const endGiven = (['endYear', 'endMonth', 'endDay'] as const).some(
    (f) => cell(ctx.map, r, f).trim() !== '',
  );
  const end = endGiven
    ? readParts(ctx, r, ['endYear', 'endMonth', 'endDay'], false, note)
    : undefined;
  if (!start) return undefined;
  if (endGiven && !end) return undefined;
  return finishDate(ctx, r, start, end, name(ctx, 'endYear'));
}

function readParts(
  ctx: RowContext,
  r: TableRow,
  [yf, mf, df]: readonly [Key, Key, Key],
  required: boolean,
  note: Note,
): CellDate | undefined {
  const given = (f: Key) => cell(ctx.map, r, f).trim() !== '';
  const before = ctx.errors.size;
  if (!given(yf)) {
    if (required) ctx.errors.row(r.row, name(ctx, yf), 'emptyCell');
    else if (given(mf) || given(df))
      ctx.errors.row(r.row, name(ctx, yf), 'endYearMissing', {
        month: name(ctx, mf),
        day: name(ctx, df),
      });
    return undefined;
  }
  let outside = false;
  const y = read(ctx, r, yf, parseYear, (year) => {
    outside = true;
    note(year);
  });
  const m = read(ctx, r, mf, parseMonth);
  const d = read(ctx, r, df, parseDayOfMonth);
  if (given(df) && !given(mf))
    ctx.errors.row(r.row, name(ctx, df), 'dayNeedsMonth', { month: name(ctx, mf) });
  if (ctx.errors.size > before || outside || y === undefined) return undefined;
  const parts = [String(y).padStart(4, '0')];
  if (m !== undefined) parts.push(String(m).padStart(2, '0'));
  if (m !== undefined && d !== undefined) parts.push(String(d).padStart(2, '0'));
  const value = parts.join('-');
  const checked = parseDate(value);
  if ('problem' in checked) {
    report(ctx, r, name(ctx, df), checked.problem);
    return undefined;
  }
  return 'value' in checked ? checked.value : undefined;
}

function finishDate(
  ctx: RowContext,
  r: TableRow,
  start: CellDate,
  end: CellDate | undefined,
  endColumn: string,
): EventDraftDate | undefined {
  if (end && end.precision !== start.precision) {
    ctx.errors.row(r.row, endColumn, 'endPrecision', { end: end.value, start: start.value });
    return undefined;
  }
  const a = periodBounds(start.value, start.precision);
  if ('error' in a) return undefined;
  // An end equal to the start says nothing more; TimelineJS sheets often repeat it.
  const b = end && end.value !== start.value ? periodBounds(end.value, end.precision) : undefined;
  if (b && 'error' in b) return undefined;
  if (b && b.t0 < a.t0) {
    ctx.errors.row(r.row, endColumn, 'endBeforeStart', {
      end: end?.value ?? '',
      start: start.value,
    });
    return undefined;
  }
  return {
    start: start.value,
    precision: start.precision,
    ...(b && end ? { end: end.value } : {}),
    approximate: false,
    t0: a.t0,
    t1: b ? b.t1 : a.t1,
  };
}
