/**
 * The columns a spreadsheet may have: Frontera's own, and the TimelineJS template's so a
 * newsroom's existing TimelineJS sheet loads as it is. Headers match ignoring case, spaces,
 * punctuation and diacritics ("Source URL", "source_url" and "SOURCE url" are one column).
 */
import { foldKey } from './text';

export type Field =
  | 'id'
  | 'title'
  | 'summary'
  | 'date'
  | 'end'
  | 'category'
  | 'places'
  | 'latitude'
  | 'longitude'
  | 'placeName'
  | 'placeKind'
  | 'actors'
  | 'sourceTitle'
  | 'sourceUrl'
  | 'sourceDate'
  | 'sourcePublisher'
  | 'sourceAuthor'
  | 'excerpt'
  | 'status'
  | 'approximate'
  // TimelineJS
  | 'year'
  | 'month'
  | 'day'
  | 'endYear'
  | 'endMonth'
  | 'endDay'
  | 'group'
  | 'type'
  | 'ignored';

export interface ColumnSpec {
  field: Field;
  /** The header as the template and the guide write it. */
  header: string;
  /** Other headers accepted for the same column (TimelineJS names among them). */
  aliases: readonly string[];
  /** TimelineJS Headline and Text may hold HTML: reduced to its words. */
  html?: boolean;
  /** For columns read but not used: why, shown once as a warning when the column has content. */
  ignoredBecause?: string;
  origin: 'frontera' | 'timelinejs';
}

const frontera = (field: Field, header: string, aliases: readonly string[] = []): ColumnSpec => ({
  field,
  header,
  aliases,
  origin: 'frontera',
});

/** Frontera's columns, in the template's order. */
export const FRONTERA_COLUMNS: readonly ColumnSpec[] = [
  frontera('id', 'id'),
  frontera('title', 'title'),
  frontera('summary', 'summary', ['description']),
  frontera('date', 'date', ['start', 'start date']),
  frontera('end', 'end', ['end date']),
  frontera('category', 'category'),
  frontera('places', 'places', ['place']),
  frontera('latitude', 'latitude', ['lat']),
  frontera('longitude', 'longitude', ['lon', 'lng', 'long']),
  frontera('placeName', 'place name'),
  frontera('placeKind', 'place kind'),
  frontera('actors', 'actors'),
  frontera('sourceTitle', 'source title', ['source']),
  frontera('sourceUrl', 'source url', ['url', 'link', 'source link']),
  frontera('sourceDate', 'source date', ['published']),
  frontera('sourcePublisher', 'source publisher', ['publisher']),
  frontera('sourceAuthor', 'source author', ['author']),
  frontera('excerpt', 'excerpt'),
  frontera('status', 'status'),
  frontera('approximate', 'approximate'),
];

const tjs = (field: Field, header: string, extra: Partial<ColumnSpec> = {}): ColumnSpec => ({
  field,
  header,
  aliases: [],
  origin: 'timelinejs',
  ...extra,
});
const ignored = (header: string, because: string) =>
  tjs('ignored', header, { ignoredBecause: because });

/** The TimelineJS Google Sheets template, column by column. */
export const TIMELINEJS_COLUMNS: readonly ColumnSpec[] = [
  tjs('year', 'Year'),
  tjs('month', 'Month'),
  tjs('day', 'Day'),
  ignored('Time', 'times of day are not shown; the date keeps its day'),
  tjs('endYear', 'End Year'),
  tjs('endMonth', 'End Month'),
  tjs('endDay', 'End Day'),
  ignored('End Time', 'times of day are not shown; the end keeps its day'),
  ignored('Display Date', 'dates are written from Year, Month and Day'),
  tjs('title', 'Headline', { html: true }),
  tjs('summary', 'Text', { html: true }),
  ignored('Media', 'Frontera shows no media; the text and dates are kept'),
  ignored('Media Credit', 'Frontera shows no media'),
  ignored('Media Caption', 'Frontera shows no media'),
  ignored('Media Thumbnail', 'Frontera shows no media'),
  ignored('Alt Text', 'Frontera shows no media'),
  tjs('type', 'Type'),
  tjs('group', 'Group'),
  ignored('Background', 'Frontera draws every event on its own background'),
];

export const ALL_COLUMNS: readonly ColumnSpec[] = [...FRONTERA_COLUMNS, ...TIMELINEJS_COLUMNS];

/** A header folded for matching: no case, spaces, punctuation or diacritics. */
export const headerKey = (header: string): string => foldKey(header).replace(/ /g, '');

const BY_KEY = new Map<string, ColumnSpec>();
for (const spec of ALL_COLUMNS)
  for (const name of [spec.header, ...spec.aliases]) BY_KEY.set(headerKey(name), spec);

/** The column a header names, or undefined for a header we do not know. */
export function matchHeader(header: string): ColumnSpec | undefined {
  return BY_KEY.get(headerKey(header));
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0] as number;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j] as number;
      row[j] = Math.min(
        above + 1,
        (row[j - 1] as number) + 1,
        diagonal + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      diagonal = above;
    }
  }
  return row[b.length] as number;
}

/** The known header an unknown one is probably a typo of ("catgory" → "category"). */
export function suggestHeader(header: string): string | undefined {
  const key = headerKey(header);
  if (key.length < 3 || key.length > 40) return undefined;
  let best: { name: string; d: number } | undefined;
  for (const spec of ALL_COLUMNS) {
    const d = distance(key, headerKey(spec.header));
    if (d <= 2 && (!best || d < best.d)) best = { name: spec.header, d };
  }
  return best?.name;
}
