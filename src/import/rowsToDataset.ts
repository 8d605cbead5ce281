/**
 * Rows of a spreadsheet to a Frontera dataset in the compiled shape, with every problem named
 * by row and column. The dataset is parsed with DatasetSchema as the last step, so an import can
 * never hand the app something the built-in data would not pass.
 */
import { CompiledEventSchema, type Dataset, DatasetSchema, type FronteraEvent } from '../data/schema';
import { administrationsOverlapping } from '../domain/administrations';
import type { Field } from './columns';
import { mapHeader, type HeaderMap } from './headerMap';
import { IssueList } from './issues';
import type { Table } from './parseTable';
import { PlaceBook } from './places';
import { DEFAULT_CATEGORY, type Fallbacks, type RowDraft, readRow } from './readRow';
import { SourceBook } from './sources';
import { quote, slugify } from './text';
import type { ImportOptions, ImportResult } from './types';
import { describePath, issueText } from './zodMessages';

type Key = Exclude<Field, 'ignored'>;

export interface Issues {
  errors: IssueList;
  warnings: IssueList;
}

const rowsList = (rows: readonly number[]) =>
  `row${rows.length === 1 ? '' : 's'} ${rows.slice(0, 10).join(', ')}${rows.length > 10 ? ', …' : ''}`;

export function result(
  issues: Issues,
  dataset: Dataset | null,
  validRows: number,
): ImportResult {
  return {
    dataset,
    validRows,
    errors: issues.errors.list(),
    warnings: issues.warnings.list(),
    droppedRows: [...issues.errors.rows].sort((a, b) => a - b),
  };
}

export function rowsToDataset(
  table: Table,
  fileName: string,
  options: ImportOptions,
  issues: Issues = { errors: new IssueList('error'), warnings: new IssueList('warning') },
): ImportResult {
  const { errors, warnings } = issues;
  const map = mapHeader(table, errors, warnings);
  if (!map) return result(issues, null, 0);

  const fallbacks: Fallbacks = { category: [], summary: [], time: [], groups: new Map() };
  const ctx = { map, errors, warnings, fallbacks };
  const drafts = table.rows.map((r) => readRow(ctx, r));
  for (const d of drafts)
    if (d.skipped)
      warnings.row(
        d.row,
        undefined,
        d.skipped === 'title'
          ? 'the TimelineJS title slide is not an event; skipped'
          : 'TimelineJS eras are not events; skipped',
      );
  const events = drafts.filter((d) => !d.skipped);
  const placeIds = resolvePlaces(map, events, options, errors, warnings);
  const ids = assignIds(map, events, errors);
  // Only rows that will be events are worth a word about defaults.
  const clean = (rows: number[]) => rows.filter((r) => !errors.rows.has(r));
  reportFallbacks(
    map,
    { ...fallbacks, category: clean(fallbacks.category), summary: clean(fallbacks.summary), time: clean(fallbacks.time) },
    warnings,
  );
  const sources = new SourceBook(fileName);
  const built: { row: number; event: FronteraEvent }[] = [];
  for (const d of events) {
    if (errors.rows.has(d.row)) continue;
    const event = buildEvent(d, ids.get(d.row), placeIds.get(d.row), sources, warnings, options);
    if (event && checkEvent(map, d.row, event, errors)) built.push({ row: d.row, event });
  }

  const validRows = built.length;
  if (built.length === 0 && errors.size === 0) errors.file('the file holds no events');
  if (built.length === 0 || (errors.size > 0 && !options.keepValidRows))
    return result(issues, null, validRows);

  built.sort((a, b) => a.event.t0 - b.event.t0 || a.event.t1 - b.event.t1 || a.row - b.row);
  const used = new Set(built.flatMap((b) => b.event.places));
  const dataset = {
    version: 1 as const,
    articles: sources.articles(warnings),
    administrations: [...options.reference.administrations],
    places: placeIds.book.placesFor(used, options.reference.places),
    events: built.map((b) => b.event),
    narratives: [],
  };
  const parsed = DatasetSchema.safeParse(dataset);
  if (parsed.success) return result(issues, parsed.data, validRows);
  for (const issue of parsed.error.issues) {
    const [key, index] = issue.path;
    const row = key === 'events' && typeof index === 'number' ? built[index]?.row : undefined;
    if (row !== undefined) errors.row(row, undefined, issueText(issue));
    else errors.file(`the dataset would not load: ${describePath(issue.path, dataset)}: ${issueText(issue)}`);
  }
  return result(issues, null, validRows);
}

function reportFallbacks(map: HeaderMap, f: Fallbacks, warnings: IssueList) {
  const rows = (list: readonly number[], one: string, many: string) =>
    `${list.length} ${list.length === 1 ? `row ${one}` : `rows ${many}`}`;
  if (f.category.length > 0)
    warnings.file(
      `${rows(f.category, 'gives', 'give')} no category and ${f.category.length === 1 ? 'is' : 'are'} shown as "${DEFAULT_CATEGORY}" (${rowsList(f.category)})${map.bindings.category ? '' : ' — add a "category" column to sort them'}`,
    );
  if (f.summary.length > 0)
    warnings.file(
      `${rows(f.summary, 'has', 'have')} no summary; the title is shown in its place (${rowsList(f.summary)})`,
    );
  if (f.time.length > 0)
    warnings.file(
      `${rows(f.time, 'gives', 'give')} a time of day, which is not shown (${rowsList(f.time)})`,
    );
  if (f.groups.size > 0) {
    const names = [...f.groups.keys()].slice(0, 5).map(quote).join(', ');
    warnings.file(
      `TimelineJS groups that are not Frontera categories (${names}${f.groups.size > 5 ? ', …' : ''}) are kept in each event's note`,
    );
  }
}

/** Place ids per row; new places first, so rows can name a place another row created. */
function resolvePlaces(
  map: HeaderMap,
  drafts: readonly RowDraft[],
  options: ImportOptions,
  errors: IssueList,
  warnings: IssueList,
) {
  const book = new PlaceBook(options.reference.places);
  const byRow = new Map<number, string[]>();
  for (const d of drafts) {
    if (!d.newPlace) continue;
    const { place, sameNameRow } = book.add(d.newPlace);
    byRow.set(d.row, [place.id]);
    if (sameNameRow !== undefined)
      warnings.row(
        d.row,
        map.bindings.placeName?.header ?? 'place name',
        `${quote(place.name)} has other coordinates in row ${sameNameRow}; kept as two places`,
      );
  }
  const column = map.bindings.places?.header ?? 'places';
  for (const d of drafts) {
    const ids = byRow.get(d.row) ?? [];
    for (const ref of d.placeRefs) {
      const place = book.find(ref);
      if (place) ids.push(place.id);
      else
        errors.row(
          d.row,
          column,
          `no place named ${quote(ref)} — use a name from the gazetteer or give latitude and longitude`,
        );
    }
    byRow.set(d.row, [...new Set(ids)]);
  }
  return Object.assign(byRow, { book });
}

/** Ids as given, else made from the date and title; a given id used twice is an error. */
function assignIds(map: HeaderMap, drafts: readonly RowDraft[], errors: IssueList) {
  const byRow = new Map<number, string>();
  const firstRow = new Map<string, number>();
  const column = map.bindings.id?.header ?? 'id';
  for (const d of drafts) {
    if (!d.id) continue;
    const first = firstRow.get(d.id);
    if (first !== undefined)
      errors.row(d.row, column, `"${d.id}" is already used by row ${first}`);
    else firstRow.set(d.id, d.row);
    byRow.set(d.row, d.id);
  }
  for (const d of drafts) {
    if (d.id || !d.date) continue;
    const span = d.date.end ? `${d.date.start}-${d.date.end}` : d.date.start;
    const base = `${span}-${slugify(d.title ?? '', 60) || 'event'}`;
    let id = base;
    for (let n = 2; firstRow.has(id); n++) id = `${base}-${n}`;
    firstRow.set(id, d.row);
    byRow.set(d.row, id);
  }
  return byRow;
}

function buildEvent(
  d: RowDraft,
  id: string | undefined,
  places: string[] | undefined,
  sources: SourceBook,
  warnings: IssueList,
  options: ImportOptions,
): FronteraEvent | null {
  if (!id || !d.title || !d.date) return null;
  const { t0, t1, approximate, start, end, precision } = d.date;
  const article = sources.register(d.source, warnings);
  sources.cite(article, t1);
  const admins = options.reference.administrations;
  return {
    id,
    title: d.title,
    summary: d.summary ?? d.title,
    date: { start, ...(end ? { end } : {}), precision, approximate, basis: 'explicit' },
    status: d.status,
    places: places ?? [],
    actors: d.actors,
    category: d.category ?? DEFAULT_CATEGORY,
    figures: [],
    // Without an excerpt the row itself is what locates the fact.
    sources: [{ article, excerpt: d.excerpt ?? `spreadsheet row ${d.row}` }],
    t0,
    t1,
    admins: {
      us: administrationsOverlapping(admins, 'US', t0, t1),
      mx: administrationsOverlapping(admins, 'MX', t0, t1),
    },
    ...(d.group ? { note: `TimelineJS group: ${d.group}` } : {}),
  };
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
};

/** The safety net: each event alone must pass the compiled-event schema. */
function checkEvent(map: HeaderMap, row: number, event: FronteraEvent, errors: IssueList) {
  const parsed = CompiledEventSchema.safeParse(event);
  if (parsed.success) return true;
  for (const issue of parsed.error.issues) {
    const field = FIELD_OF[String(issue.path[0])];
    const dateField = map.timeline && field === 'date' ? 'year' : field;
    const column = dateField ? (map.bindings[dateField]?.header ?? dateField) : undefined;
    errors.row(row, column, issueText(issue));
  }
  return false;
}
