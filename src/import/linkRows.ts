/**
 * What one row cannot settle alone: places (a row may name a place another row created from
 * coordinates) and ids (unique across the file, generated from date and title when not given).
 */

import { shown } from './cells';
import type { HeaderMap } from './headerMap';
import type { IssueList } from './issues';
import { PlaceBook } from './places';
import type { RowDraft } from './rowContext';
import { slugify } from './text';
import type { ImportOptions } from './types';

/** Sets each row's place ids; new places first, so rows can name a place another row created. */
export function resolvePlaces(
  map: HeaderMap,
  drafts: RowDraft[],
  options: ImportOptions,
  errors: IssueList,
  warnings: IssueList,
): PlaceBook {
  const book = new PlaceBook(options.reference);
  const header = (field: 'places' | 'placeName' | 'latitude' | 'longitude', fallback: string) =>
    map.bindings[field]?.header ?? fallback;
  for (const d of drafts) {
    if (!d.newPlace) continue;
    const { place, sameNameRow } = book.add(d.newPlace);
    d.placeIds = [place.id];
    if (sameNameRow !== undefined)
      warnings.row(
        d.row,
        header(map.bindings.placeName ? 'placeName' : 'places', 'place name'),
        'sameNameElsewhere',
        {
          name: place.name,
          row: sameNameRow,
        },
      );
  }
  // Which coordinate columns the file has, for "give latitude and longitude" ('' = none).
  const lat = map.bindings.latitude?.header ?? '';
  const lon = map.bindings.longitude?.header ?? '';
  for (const d of drafts) {
    const ids = d.placeIds ?? [];
    for (const ref of d.placeRefs) {
      const place = book.find(ref.text);
      if (place) ids.push(place.id);
      else {
        const suggestion = book.suggest(ref.text);
        errors.row(
          d.row,
          header(ref.field, ref.field === 'places' ? 'places' : 'place name'),
          'unknownPlace',
          {
            value: shown(ref.text),
            lat,
            lon,
            ...(suggestion ? { suggestion } : {}),
          },
        );
      }
    }
    d.placeIds = [...new Set(ids)];
  }
  return book;
}

/** Ids as given, else made from the date and title; a given id used twice is an error. */
export function assignIds(map: HeaderMap, drafts: readonly RowDraft[], errors: IssueList) {
  const byRow = new Map<number, string>();
  const firstRow = new Map<string, number>();
  const column = map.bindings.id?.header ?? 'id';
  for (const d of drafts) {
    if (!d.id) continue;
    const first = firstRow.get(d.id);
    if (first !== undefined) errors.row(d.row, column, 'idTaken', { id: d.id, row: first });
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
