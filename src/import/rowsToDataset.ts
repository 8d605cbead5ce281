/**
 * Rows of a spreadsheet to a Frontera dataset in the compiled shape, with every problem named
 * by row and column. The dataset is parsed with DatasetSchema as the last step, so an import can
 * never hand the app something the built-in data would not pass.
 */
import { type Dataset, DatasetSchema } from '../data/schema';
import { adminsFor, assemble, type Built } from './assemble';
import { reportFallbacks, reportOutOfRange } from './fallbacks';
import { type HeaderMap, mapHeader } from './headerMap';
import { IssueList } from './issues';
import { assignIds, resolvePlaces } from './linkRows';
import type { Table } from './parseTable';
import { readRow } from './readRow';
import type { Fallbacks, Key, RowContext, RowDraft } from './rowContext';
import { reportShape } from './rowShape';
import { drain, type Steps } from './steps';
import { readTitleSlide } from './titleSlide';
import type { ImportOptions, ImportResult } from './types';
import { describePath, issueText } from './zodMessages';

export interface Issues {
  errors: IssueList;
  warnings: IssueList;
}

export function result(
  issues: Issues,
  dataset: Dataset | null,
  validRows: number,
  fileName: string,
): ImportResult {
  return {
    dataset,
    events: dataset ? dataset.events.length : null,
    validRows,
    errors: issues.errors.list(),
    warnings: issues.warnings.list(),
    droppedRows: [...issues.errors.rows].sort((a, b) => a - b),
    fileName,
  };
}

/** Rows read per step, so the main thread gets a turn every few milliseconds. */
const ROWS_PER_STEP = 500;

export function rowsToDataset(
  table: Table,
  fileName: string,
  options: ImportOptions,
  issues?: Issues,
): ImportResult {
  return drain(rowsToDatasetSteps(table, fileName, options, issues));
}

export function* rowsToDatasetSteps(
  table: Table,
  fileName: string,
  options: ImportOptions,
  issues: Issues = { errors: new IssueList('error'), warnings: new IssueList('warning') },
): Steps<ImportResult> {
  const { errors, warnings } = issues;
  const map = mapHeader(table, errors, warnings);
  if (!map) return result(issues, null, 0, fileName);

  if (table.tableName) warnings.file('tableName', { name: table.tableName });
  const fallbacks: Fallbacks = {
    category: [],
    summary: [],
    time: [],
    groups: new Map(),
    outOfRange: [],
  };
  const ctx: RowContext = { map, errors, warnings, fallbacks };
  const drafts: RowDraft[] = [];
  for (const r of table.rows) {
    // The row whose quote never closes holds the rest of the file in one cell: its cells mean
    // nothing, and the cause is all that is said about it.
    if (r.row === table.unclosed?.row) continue;
    drafts.push(readRow(ctx, r));
    if (drafts.length % ROWS_PER_STEP === 0) yield;
  }
  // A row with the wrong number of cells: that is the cause of its other problems, so it is
  // listed first (and once for the file when every row is off the same way).
  reportShape(table, errors);
  const about = readTitleSlide(ctx, table, drafts);
  for (const d of drafts) if (d.skipped === 'era') warnings.row(d.row, undefined, 'eraSkipped');
  const events = drafts.filter((d) => !d.skipped && !d.continues);
  const book = resolvePlaces(map, events, options, errors, warnings);
  const ids = assignIds(map, events, errors);
  attachContinuations(
    map,
    drafts.filter((d) => d.continues),
    events,
    errors,
  );
  // Only rows that will be events are worth a word about defaults.
  const clean = (rows: number[]) => rows.filter((r) => !errors.rows.has(r));
  reportFallbacks(
    map,
    {
      ...fallbacks,
      category: clean(fallbacks.category),
      summary: clean(fallbacks.summary),
      time: clean(fallbacks.time),
    },
    warnings,
  );
  yield;
  const admins = adminsFor(options);
  let built: Built[] = [];
  for (const d of events) {
    if (errors.rows.has(d.row)) continue;
    const id = ids.get(d.row);
    if (id && d.title && d.date)
      built.push({ row: d.row, draft: { ...d, title: d.title, date: d.date }, id });
  }
  reportOutOfRange(fallbacks, built.length > 0 || errors.size > 0 ? warnings : errors);
  built.sort(
    (a, b) =>
      a.draft.date.t0 - b.draft.date.t0 || a.draft.date.t1 - b.draft.date.t1 || a.row - b.row,
  );

  // The schema is the last word. With keep-valid-rows, rows it refuses are left out and the rest
  // tried once more; a second refusal (or one not tied to a row) means no dataset.
  for (let attempt = 0; attempt < 2; attempt++) {
    if (built.length === 0 && errors.size === 0) errors.file('noEvents');
    if (built.length === 0 || (errors.size > 0 && !options.keepValidRows))
      return result(issues, null, built.length, fileName);
    const dataset = assemble(
      built,
      fileName,
      book,
      admins,
      options,
      attempt === 0 ? warnings : new IssueList('warning'),
      about,
    );
    yield;
    const parsed = DatasetSchema.safeParse(dataset);
    if (parsed.success) return result(issues, parsed.data, built.length, fileName);
    const refused = new Set<number>();
    for (const issue of parsed.error.issues) {
      const [key, index] = issue.path;
      const entry = key === 'events' && typeof index === 'number' ? built[index] : undefined;
      if (entry) {
        errors.row(entry.row, columnOf(map, issue.path[2]), 'schema', { detail: issueText(issue) });
        refused.add(entry.row);
      } else
        errors.file('datasetRefused', {
          path: describePath(issue.path, dataset),
          detail: issueText(issue),
        });
    }
    if (refused.size === 0 || !options.keepValidRows) break;
    built = built.filter((b) => !refused.has(b.row));
  }
  return result(issues, null, built.length, fileName);
}

/** Rows that add a source to an event named by id: attached to it, or an error for the row. */
function attachContinuations(
  map: HeaderMap,
  continuations: readonly RowDraft[],
  events: readonly RowDraft[],
  errors: IssueList,
) {
  const byId = new Map<string, RowDraft>();
  for (const d of events) if (d.id && !byId.has(d.id)) byId.set(d.id, d);
  const column = map.bindings.id?.header ?? 'id';
  for (const c of continuations) {
    const event = byId.get(c.continues ?? '');
    if (!event) errors.row(c.row, column, 'noEventForSource', { id: c.continues ?? '' });
    else if (errors.rows.has(event.row))
      errors.row(c.row, column, 'sourceForBrokenRow', { row: event.row });
    else
      event.more = [...(event.more ?? []), { row: c.row, source: c.source, excerpts: c.excerpts }];
  }
}

const FIELD_OF: Record<string, Key> = {
  id: 'id',
  title: 'title',
  summary: 'summary',
  date: 'date',
  status: 'status',
  places: 'places',
  actors: 'actors',
  category: 'category',
  sources: 'excerpt',
  media: 'mediaUrl',
  group: 'group',
};

/** The column to name for a schema issue at events[i][field]. */
function columnOf(map: HeaderMap, field: PropertyKey | undefined): string | undefined {
  const key = FIELD_OF[String(field)];
  const bound = map.timeline && key === 'date' ? 'year' : key;
  return bound ? (map.bindings[bound]?.header ?? bound) : undefined;
}
