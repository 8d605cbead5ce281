/**
 * Rows of a spreadsheet to a Frontera dataset in the compiled shape, with every problem named
 * by row and column. The dataset is parsed with DatasetSchema as the last step, so an import can
 * never hand the app something the built-in data would not pass.
 */
import { type Dataset, DatasetSchema, type FronteraEvent } from '../data/schema';
import { administrationsOverlapping } from '../domain/administrations';
import type { Field } from './columns';
import { type HeaderMap, mapHeader } from './headerMap';
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

export function result(issues: Issues, dataset: Dataset | null, validRows: number): ImportResult {
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
  const book = resolvePlaces(map, events, options, errors, warnings);
  const ids = assignIds(map, events, errors);
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
  const admins = adminsFor(options);
  let built: Built[] = [];
  for (const d of events) {
    if (errors.rows.has(d.row)) continue;
    const id = ids.get(d.row);
    if (id && d.title && d.date)
      built.push({ row: d.row, draft: { ...d, title: d.title, date: d.date }, id });
  }
  built.sort(
    (a, b) =>
      a.draft.date.t0 - b.draft.date.t0 || a.draft.date.t1 - b.draft.date.t1 || a.row - b.row,
  );

  // The schema is the last word. With keep-valid-rows, rows it refuses are left out and the rest
  // tried once more; a second refusal (or one not tied to a row) means no dataset.
  for (let attempt = 0; attempt < 2; attempt++) {
    if (built.length === 0 && errors.size === 0) errors.file('the file holds no events');
    if (built.length === 0 || (errors.size > 0 && !options.keepValidRows))
      return result(issues, null, built.length);
    const dataset = assemble(
      built,
      fileName,
      book,
      admins,
      options,
      attempt === 0 ? warnings : new IssueList('warning'),
    );
    const parsed = DatasetSchema.safeParse(dataset);
    if (parsed.success) return result(issues, parsed.data, built.length);
    const refused = new Set<number>();
    for (const issue of parsed.error.issues) {
      const [key, index] = issue.path;
      const entry = key === 'events' && typeof index === 'number' ? built[index] : undefined;
      if (entry) {
        errors.row(entry.row, columnOf(map, issue.path[2]), issueText(issue));
        refused.add(entry.row);
      } else
        errors.file(
          `the dataset would not load: ${describePath(issue.path, dataset)}: ${issueText(issue)}`,
        );
    }
    if (refused.size === 0 || !options.keepValidRows) break;
    built = built.filter((b) => !refused.has(b.row));
  }
  return result(issues, null, built.length);
}

interface Built {
  row: number;
  id: string;
  draft: RowDraft & { title: string; date: NonNullable<RowDraft['date']> };
}

/** The compiled dataset from rows already in timeline order. */
function assemble(
  built: readonly Built[],
  fileName: string,
  book: PlaceBook,
  admins: (t0: number, t1: number) => FronteraEvent['admins'],
  options: ImportOptions,
  warnings: IssueList,
) {
  const sources = new SourceBook(fileName);
  const events = built.map((b) => buildEvent(b, sources, warnings, admins));
  const used = new Set(events.flatMap((e) => e.places));
  return {
    version: 1 as const,
    articles: sources.articles(warnings),
    administrations: [...options.reference.administrations],
    places: book.placesFor(used, options.reference.places),
    events,
    narratives: [],
  };
}

/** Presidencies by date span, remembered: many rows share a date. */
function adminsFor(options: ImportOptions) {
  const known = new Map<string, FronteraEvent['admins']>();
  const list = options.reference.administrations;
  return (t0: number, t1: number) => {
    const key = `${t0}:${t1}`;
    let admins = known.get(key);
    if (!admins) {
      admins = {
        us: administrationsOverlapping(list, 'US', t0, t1),
        mx: administrationsOverlapping(list, 'MX', t0, t1),
      };
      known.set(key, admins);
    }
    return { us: [...admins.us], mx: [...admins.mx] };
  };
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

/** Sets each row's place ids; new places first, so rows can name a place another row created. */
function resolvePlaces(
  map: HeaderMap,
  drafts: RowDraft[],
  options: ImportOptions,
  errors: IssueList,
  warnings: IssueList,
): PlaceBook {
  const book = new PlaceBook(options.reference.places);
  for (const d of drafts) {
    if (!d.newPlace) continue;
    const { place, sameNameRow } = book.add(d.newPlace);
    d.placeIds = [place.id];
    if (sameNameRow !== undefined)
      warnings.row(
        d.row,
        map.bindings.placeName?.header ?? 'place name',
        `${quote(place.name)} has other coordinates in row ${sameNameRow}; kept as two places`,
      );
  }
  const column = map.bindings.places?.header ?? 'places';
  for (const d of drafts) {
    const ids = d.placeIds ?? [];
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
    d.placeIds = [...new Set(ids)];
  }
  return book;
}

/** Ids as given, else made from the date and title; a given id used twice is an error. */
function assignIds(map: HeaderMap, drafts: readonly RowDraft[], errors: IssueList) {
  const byRow = new Map<number, string>();
  const firstRow = new Map<string, number>();
  const column = map.bindings.id?.header ?? 'id';
  for (const d of drafts) {
    if (!d.id) continue;
    const first = firstRow.get(d.id);
    if (first !== undefined) errors.row(d.row, column, `"${d.id}" is already used by row ${first}`);
    else firstRow.set(d.id, d.row);
    byRow.set(d.row, d.id);
  }
  // The next suffix per base, so 100,000 rows titled alike do not rescan 2, 3, 4… each time.
  const nextSuffix = new Map<string, number>();
  for (const d of drafts) {
    if (d.id || !d.date) continue;
    const span = d.date.end ? `${d.date.start}-${d.date.end}` : d.date.start;
    const base = `${span}-${slugify(d.title ?? '', 60) || 'event'}`;
    let id = base;
    let n = nextSuffix.get(base) ?? 2;
    while (firstRow.has(id)) id = `${base}-${n++}`;
    nextSuffix.set(base, n);
    firstRow.set(id, d.row);
    byRow.set(d.row, id);
  }
  return byRow;
}

function buildEvent(
  { row, id, draft: d }: Built,
  sources: SourceBook,
  warnings: IssueList,
  adminsAt: (t0: number, t1: number) => FronteraEvent['admins'],
): FronteraEvent {
  const { t0, t1, approximate, start, end, precision } = d.date;
  const article = sources.register(d.source, warnings);
  sources.cite(article, t1);
  return {
    id,
    title: d.title,
    summary: d.summary ?? d.title,
    date: { start, ...(end ? { end } : {}), precision, approximate, basis: 'explicit' },
    status: d.status,
    places: d.placeIds ?? [],
    actors: d.actors,
    category: d.category ?? DEFAULT_CATEGORY,
    figures: [],
    // Without an excerpt the row itself is what locates the fact.
    sources: [{ article, excerpt: d.excerpt ?? `spreadsheet row ${row}` }],
    t0,
    t1,
    admins: adminsAt(t0, t1),
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

/** The column to name for a schema issue at events[i][field]. */
function columnOf(map: HeaderMap, field: PropertyKey | undefined): string | undefined {
  const key = FIELD_OF[String(field)];
  const bound = map.timeline && key === 'date' ? 'year' : key;
  return bound ? (map.bindings[bound]?.header ?? bound) : undefined;
}
