/**
 * Checked rows to the compiled dataset: events in timeline order with their bounds and
 * presidencies, the places they use, and one synthetic article per source.
 */
import type { Dataset, FronteraEvent } from '../data/schema';
import { administrationsOverlapping } from '../domain/administrations';
import type { IssueList } from './issues';
import type { PlaceBook } from './places';
import { DEFAULT_CATEGORY, type RowDraft } from './rowContext';
import { SourceBook } from './sources';
import type { ImportOptions } from './types';

export interface Built {
  row: number;
  id: string;
  draft: RowDraft & { title: string; date: NonNullable<RowDraft['date']> };
}

/** The compiled dataset from rows already in timeline order. */
export function assemble(
  built: readonly Built[],
  fileName: string,
  book: PlaceBook,
  admins: (t0: number, t1: number) => FronteraEvent['admins'],
  options: ImportOptions,
  warnings: IssueList,
  about?: Dataset['about'],
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
    ...(about ? { about } : {}),
  };
}

/** Presidencies by date span, remembered: many rows share a date. */
export function adminsFor(options: ImportOptions) {
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

function buildEvent(
  { row, id, draft: d }: Built,
  sources: SourceBook,
  warnings: IssueList,
  adminsAt: (t0: number, t1: number) => FronteraEvent['admins'],
): FronteraEvent {
  const { t0, t1, approximate, start, end, precision } = d.date;
  const cited = [{ row, source: d.source, excerpts: d.excerpts }, ...(d.more ?? [])].flatMap(
    (s) => {
      const article = sources.register(s.source, warnings);
      sources.cite(article, t1);
      // Without an excerpt the row itself is what locates the fact.
      const excerpts = s.excerpts.length ? s.excerpts : [`spreadsheet row ${s.row}`];
      return excerpts.map((excerpt) => ({ article, excerpt }));
    },
  );
  return {
    id,
    title: d.title,
    summary: d.summary ?? d.title,
    date: {
      start,
      ...(end ? { end } : {}),
      precision,
      approximate,
      basis: 'explicit',
      ...(d.dateLabel ? { label: d.dateLabel } : {}),
    },
    status: d.status,
    places: d.placeIds ?? [],
    actors: d.actors,
    category: d.category ?? DEFAULT_CATEGORY,
    figures: [],
    sources: cited,
    t0,
    t1,
    admins: adminsAt(t0, t1),
    ...(d.group ? { group: d.group } : {}),
    ...(d.media ? { media: d.media } : {}),
  };
}
