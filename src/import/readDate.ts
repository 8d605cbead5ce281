/**
 * A row's date: Frontera's "date"/"end" cells, or TimelineJS's Year/Month/Day split over three
 * columns, whose precision is the last part given. Both end as the same checked span.
 */
import { dateBounds } from '../data/calendar';
import { type CellDate, parseDate, parseDayOfMonth, parseMonth, parseYear } from './cells';
import { cell } from './headerMap';
import type { TableRow } from './parseTable';
import { type EventDraftDate, type Key, name, type RowContext, read } from './rowContext';

/** The row's date span, or undefined after reporting why there is none. */
export function readDate(ctx: RowContext, r: TableRow): EventDraftDate | undefined {
  return ctx.map.timeline ? readTimelineDate(ctx, r) : readFronteraDate(ctx, r);
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
