/**
 * The columns a spreadsheet may have: Frontera's own, and the TimelineJS template's so a
 * newsroom's existing TimelineJS sheet loads as it is, under the names people give them in
 * English and Spanish. Headers match ignoring case, spaces, punctuation and diacritics
 * ("Source URL", "source_url" and "SOURCE url" are one column; "Ubicación" is "ubicacion").
 */
import { editDistance } from './editDistance';
import type { IgnoredReason } from './issueCodes';
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
  | 'displayDate'
  | 'mediaUrl'
  | 'mediaCredit'
  | 'mediaCaption'
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
  ignoredBecause?: IgnoredReason;
  origin: 'frontera' | 'timelinejs';
}

const frontera = (field: Field, header: string, aliases: readonly string[] = []): ColumnSpec => ({
  field,
  header,
  aliases,
  origin: 'frontera',
});

/** Frontera's columns, in the template's order, with the other names people give them. */
export const FRONTERA_COLUMNS: readonly ColumnSpec[] = [
  frontera('id', 'id', ['identificador']),
  frontera('title', 'title', ['título', 'event', 'evento']),
  frontera('summary', 'summary', [
    'description',
    'notes',
    'details',
    'descripción',
    'resumen',
    'texto',
    'notas',
    'detalles',
  ]),
  frontera('date', 'date', ['start', 'start date', 'fecha', 'fecha de inicio', 'inicio']),
  frontera('end', 'end', ['end date', 'fin', 'fecha de fin', 'fecha final']),
  frontera('category', 'category', ['categoría']),
  frontera('places', 'places', [
    'place',
    'location',
    'site',
    'city',
    'lugar',
    'lugares',
    'ubicación',
    'sitio',
    'ciudad',
    'localidad',
  ]),
  frontera('latitude', 'latitude', ['lat', 'y', 'latitud']),
  frontera('longitude', 'longitude', ['lon', 'lng', 'long', 'x', 'longitud']),
  frontera('placeName', 'place name', ['location name', 'site name', 'nombre del lugar']),
  frontera('placeKind', 'place kind', ['tipo de lugar']),
  frontera('actors', 'actors', ['actores']),
  frontera('sourceTitle', 'source title', ['source', 'fuente', 'título de la fuente']),
  frontera('sourceUrl', 'source url', ['url', 'link', 'source link', 'enlace']),
  frontera('sourceDate', 'source date', ['published', 'fecha de publicación']),
  frontera('sourcePublisher', 'source publisher', ['publisher', 'medio de la fuente']),
  frontera('sourceAuthor', 'source author', ['author', 'autor', 'autora']),
  frontera('excerpt', 'excerpt', ['extracto', 'cita']),
  frontera('status', 'status', ['estado']),
  frontera('approximate', 'approximate', ['aproximada', 'aproximado']),
];

const tjs = (field: Field, header: string, extra: Partial<ColumnSpec> = {}): ColumnSpec => ({
  field,
  header,
  aliases: [],
  origin: 'timelinejs',
  ...extra,
});
const ignored = (header: string, because: IgnoredReason) =>
  tjs('ignored', header, { ignoredBecause: because });

/** The TimelineJS Google Sheets template, column by column. */
export const TIMELINEJS_COLUMNS: readonly ColumnSpec[] = [
  tjs('year', 'Year', { aliases: ['año'] }),
  tjs('month', 'Month', { aliases: ['mes'] }),
  tjs('day', 'Day', { aliases: ['día'] }),
  ignored('Time', 'time'),
  tjs('endYear', 'End Year', { aliases: ['año final', 'año de fin'] }),
  tjs('endMonth', 'End Month', { aliases: ['mes final', 'mes de fin'] }),
  tjs('endDay', 'End Day', { aliases: ['día final', 'día de fin'] }),
  ignored('End Time', 'time'),
  tjs('displayDate', 'Display Date', { aliases: ['fecha mostrada', 'fecha a mostrar'] }),
  tjs('title', 'Headline', { html: true, aliases: ['titular'] }),
  tjs('summary', 'Text', { html: true }),
  tjs('mediaUrl', 'Media', { aliases: ['media url', 'multimedia'] }),
  tjs('mediaCredit', 'Media Credit', { html: true, aliases: ['crédito'] }),
  tjs('mediaCaption', 'Media Caption', { html: true, aliases: ['pie de foto', 'leyenda'] }),
  ignored('Media Thumbnail', 'thumbnail'),
  ignored('Alt Text', 'altText'),
  tjs('type', 'Type'),
  tjs('group', 'Group', { aliases: ['grupo'] }),
  ignored('Background', 'background'),
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

/** The known header an unknown one is probably a typo of ("catgory" → "category"). */
export function suggestHeader(header: string): string | undefined {
  const key = headerKey(header);
  if (key.length < 3 || key.length > 40) return undefined;
  let best: { name: string; d: number } | undefined;
  for (const spec of ALL_COLUMNS) {
    const d = editDistance(key, headerKey(spec.header));
    if (d <= 2 && (!best || d < best.d)) best = { name: spec.header, d };
  }
  return best?.name;
}
