/**
 * The built-in dataset as the page downloads it: the events stored by column, not by row. In
 * rows, every event repeats every key and its own copy of every repeated value; at 100,000 events
 * that is 64 MB to download and parse, then a pass to share the copies. By column, each key is
 * written once, a column whose values repeat keeps each value once with an index per event, and
 * a column of lists of records (an event's sources) is itself stored by column. The same events
 * take 28.5 MB and unpack into rows that already share their repeated values.
 *
 * `data/frontera.json` stays in rows: it is the documented file readers download and import.
 */

export const COLUMNS_FORMAT = 'frontera-columns';

/**
 * One key's values: every row's value in order; or each distinct value once and, per row, its
 * index (-1: the row has no such key); or, for lists of records, those records as a table of
 * their own and each row's list length (-1: absent).
 */
export type Column =
  | { values: unknown[] }
  | { values: unknown[]; at: number[] }
  | { table: Table; lengths: number[] };

export interface Table {
  count: number;
  columns: Record<string, Column>;
}

type Row = Record<string, unknown>;

const isRecord = (v: unknown): v is Row => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A file in the column format: everything but the events as it is, the events as a table. */
export function packDataset<D extends { events: readonly object[] }>(dataset: D) {
  const { events, ...rest } = dataset;
  return { format: COLUMNS_FORMAT, ...rest, events: packTable(events as readonly Row[]) };
}

export function packTable(rows: readonly Row[]): Table {
  const keys = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  return { count: rows.length, columns: Object.fromEntries(keys.map((k) => [k, pack(rows, k)])) };
}

function pack(rows: readonly Row[], key: string): Column {
  const present = rows.filter((r) => key in r).map((r) => r[key]);
  const distinct = new Map<string, number>();
  const values: unknown[] = [];
  const at = rows.map((r) => {
    if (!(key in r)) return -1;
    const id = JSON.stringify(r[key]);
    let i = distinct.get(id);
    if (i === undefined) {
      i = values.length;
      distinct.set(id, i);
      values.push(r[key]);
    }
    return i;
  });
  // Worth indexing only when it at least halves the values written.
  if (values.length * 2 <= rows.length) return { values, at };
  if (present.length > 0 && present.every((v) => Array.isArray(v) && v.every(isRecord)))
    return {
      table: packTable((present as Row[][]).flat()),
      lengths: rows.map((r) => (key in r ? (r[key] as Row[]).length : -1)),
    };
  return present.length === rows.length ? { values: present } : { values, at };
}

export class ColumnsError extends Error {
  override name = 'ColumnsError';
}

/** The rows of a column-format file, in the shape `data/frontera.json` holds. */
export function unpackDataset(json: unknown): unknown {
  if (!isRecord(json) || json.format !== COLUMNS_FORMAT)
    throw new ColumnsError(`not a "${COLUMNS_FORMAT}" file`);
  const { format: _, events, ...rest } = json;
  return { ...rest, events: unpackTable(events, 'events') };
}

function unpackTable(table: unknown, where: string): Row[] {
  if (!isRecord(table) || !isCount(table.count) || !isRecord(table.columns))
    throw new ColumnsError(`${where}: not a table`);
  const count = table.count;
  const columns = Object.entries(table.columns);
  // The rows are made only once a column holds as many: a bad count cannot ask for millions.
  if (columns.length === 0 ? count > 0 : !columns.some(([, c]) => perRow(c) === count))
    throw new ColumnsError(`${where}: wrong length`);
  const rows: Row[] = Array.from({ length: count }, () => ({}));
  for (const [key, column] of columns) fill(rows, key, column, `${where}.${key}`);
  return rows;
}

/** How many rows a column says it has, if it is shaped as a column at all. */
function perRow(column: unknown): number | undefined {
  if (!isRecord(column)) return undefined;
  const rows = column.lengths ?? column.at ?? column.values;
  return Array.isArray(rows) ? rows.length : undefined;
}

function fill(rows: Row[], key: string, column: unknown, where: string): void {
  if (!isRecord(column)) throw new ColumnsError(`${where}: not a column`);
  const { values, at, table, lengths } = column;
  if (Array.isArray(lengths)) {
    const items = unpackTable(table, where);
    let next = 0;
    if (lengths.length !== rows.length) throw new ColumnsError(`${where}: wrong length`);
    rows.forEach((row, i) => {
      const n = lengths[i];
      if (n === -1) return;
      if (!isCount(n) || next + n > items.length) throw new ColumnsError(`${where}: bad lengths`);
      row[key] = items.slice(next, next + n);
      next += n;
    });
    if (next !== items.length) throw new ColumnsError(`${where}: bad lengths`);
    return;
  }
  if (!Array.isArray(values)) throw new ColumnsError(`${where}: no values`);
  if (at === undefined) {
    if (values.length !== rows.length) throw new ColumnsError(`${where}: wrong length`);
    rows.forEach((row, i) => {
      row[key] = values[i];
    });
    return;
  }
  if (!Array.isArray(at) || at.length !== rows.length)
    throw new ColumnsError(`${where}: wrong length`);
  rows.forEach((row, i) => {
    const j = at[i];
    if (j === -1) return;
    if (!isCount(j) || j >= values.length) throw new ColumnsError(`${where}: bad index`);
    row[key] = values[j];
  });
}

const isCount = (n: unknown): n is number => Number.isInteger(n) && (n as number) >= 0;
