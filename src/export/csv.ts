/**
 * Events to a spreadsheet in the import template's columns (public/templates/frontera-template.csv),
 * so "Get the data" gives a file the importer reads back to the same events: one row per event;
 * several excerpts from one article on separate lines of the excerpt cell; each further article
 * on a row of its own that repeats only the id and gives the source.
 */
import { csvFormatRows } from 'd3-dsv';
import type { Article, Dataset, FronteraEvent, Place } from '../data/schema';
import { FRONTERA_COLUMNS } from '../import';

/** The template's header, in its order. */
export const CSV_HEADER: readonly string[] = FRONTERA_COLUMNS.map((c) => c.header);

type Column = (typeof FRONTERA_COLUMNS)[number]['field'];
type Row = Partial<Record<Column, string>>;

export interface CsvExport {
  csv: string;
  rows: number;
  /** Places no row could give by name or coordinates (an event with two new places). */
  unplaced: { event: string; place: string }[];
}

/**
 * A spreadsheet cell that opens as text: a leading =, +, -, @ would make Excel or LibreOffice
 * run it as a formula, so such text gets a leading space, which the importer trims.
 */
const safe = (text: string) => (/^[=+\-@\t\r]/.test(text) ? ` ${text}` : text);

/** The article an event cites, each with its excerpts, in order. */
function byArticle(sources: FronteraEvent['sources']): { article: string; excerpts: string[] }[] {
  const out: { article: string; excerpts: string[] }[] = [];
  for (const s of sources) {
    const known = out.find((o) => o.article === s.article);
    if (known) known.excerpts.push(s.excerpt);
    else out.push({ article: s.article, excerpts: [s.excerpt] });
  }
  return out;
}

function sourceCells(article: Article | undefined, excerpts: string[]): Row {
  if (!article) return { excerpt: safe(excerpts.join('\n')) };
  const link = /^https?:\/\//i.test(article.file) ? article.file : '';
  return {
    sourceTitle: safe(article.title),
    sourceUrl: link,
    sourceDate: article.published,
    sourcePublisher: safe(article.publisher),
    sourceAuthor: safe(article.author),
    excerpt: safe(excerpts.join('\n')),
  };
}

/**
 * `events` as CSV text (with a byte-order mark, so Excel reads it as UTF-8). `dataset` supplies
 * articles and places; `gazetteer` the places the importer will know by name (the built-in
 * ones): any other place is written with its coordinates on the first row free to hold them.
 */
export function eventsToCsv(
  events: readonly FronteraEvent[],
  dataset: Pick<Dataset, 'articles' | 'places'>,
  gazetteer: readonly Place[] = dataset.places,
): CsvExport {
  const articles = new Map(dataset.articles.map((a) => [a.id, a]));
  const places = new Map(dataset.places.map((p) => [p.id, p]));
  const known = new Map(gazetteer.map((p) => [p.id, p]));
  const defined = new Set<string>();
  const unplaced: CsvExport['unplaced'] = [];
  const rows: Row[] = [];
  for (const e of events) {
    const [first, ...more] = byArticle(e.sources);
    const named: string[] = [];
    let point: Row = {};
    for (const id of e.places) {
      const gazetteerPlace = known.get(id);
      const place = places.get(id);
      if (gazetteerPlace) named.push(gazetteerPlace.name);
      else if (!place) unplaced.push({ event: e.id, place: id });
      else if (defined.has(id)) named.push(place.name);
      else if (Object.keys(point).length === 0) {
        point = {
          latitude: String(place.lat),
          longitude: String(place.lon),
          placeName: safe(place.name),
          placeKind: place.kind,
        };
        defined.add(id);
      } else unplaced.push({ event: e.id, place: id });
    }
    rows.push({
      id: e.id,
      title: safe(e.title),
      summary: safe(e.summary),
      date: e.date.start,
      end: e.date.end ?? '',
      category: e.category,
      places: safe(named.join('; ')),
      ...point,
      actors: safe(e.actors.join('; ')),
      ...(first ? sourceCells(articles.get(first.article), first.excerpts) : {}),
      status: e.status,
      approximate: String(e.date.approximate),
    });
    for (const m of more)
      rows.push({ id: e.id, ...sourceCells(articles.get(m.article), m.excerpts) });
  }
  const table = [
    [...CSV_HEADER],
    ...rows.map((r) => FRONTERA_COLUMNS.map((c) => r[c.field] ?? '')),
  ];
  return { csv: `\uFEFF${csvFormatRows(table)}\n`, rows: rows.length, unplaced };
}
