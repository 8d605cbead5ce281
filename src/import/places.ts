/**
 * Places for imported events: names or ids from the built-in gazetteer, matched ignoring case,
 * accents and punctuation ("ciudad juarez" finds "Ciudad Juárez"), and new points a row gives by
 * latitude and longitude, which later rows can then name too.
 */
import type { Place, PlaceKind } from '../data/schema';
import { capText, cleanText, foldKey, slugify } from './text';

export interface NewPlaceInput {
  row: number;
  name: string;
  lat: number;
  lon: number;
  kind: PlaceKind;
}

const coordinateKey = (lat: number, lon: number) => `${lat.toFixed(6)},${lon.toFixed(6)}`;

export class PlaceBook {
  private readonly byKey = new Map<string, Place>();
  private readonly ids = new Set<string>();
  /** Next suffix to try per base id, so many same-named places stay linear. */
  private readonly nextSuffix = new Map<string, number>();
  private readonly added = new Map<string, Place & { row: number }>();
  private readonly addedByName = new Map<string, Place & { row: number }>();

  constructor(gazetteer: readonly Place[]) {
    for (const p of gazetteer) {
      this.ids.add(p.id);
      for (const key of [foldKey(p.name), foldKey(p.id)])
        if (!this.byKey.has(key)) this.byKey.set(key, p);
    }
  }

  /** A gazetteer place, else a place added from coordinates, by name or id. */
  find(text: string): Place | undefined {
    const key = foldKey(text);
    return this.byKey.get(key) ?? this.addedByName.get(key);
  }

  /**
   * The place at these coordinates with this name, created on first sight. Returns the row that
   * first gave the same name at other coordinates, so the caller can say it became two places.
   */
  add(input: NewPlaceInput): { place: Place; sameNameRow?: number } {
    const name = capText(cleanText(input.name), 140) || `${input.lat}, ${input.lon}`;
    const nameKey = foldKey(name);
    const key = `${nameKey}@${coordinateKey(input.lat, input.lon)}`;
    const known = this.added.get(key);
    if (known) return { place: strip(known) };
    const id = this.freeId(slugify(name, 50) || 'place');
    const place = {
      id,
      name,
      kind: input.kind,
      // "XX": the file does not say which country the point is in.
      country: 'XX',
      lon: input.lon,
      lat: input.lat,
      note: `Point given by latitude and longitude in row ${input.row} of the imported file.`,
      row: input.row,
    };
    this.added.set(key, place);
    const sameName = this.addedByName.get(nameKey);
    if (!sameName) this.addedByName.set(nameKey, place);
    return { place: strip(place), ...(sameName ? { sameNameRow: sameName.row } : {}) };
  }

  private freeId(base: string): string {
    let id = base;
    let n = this.nextSuffix.get(base) ?? 2;
    while (this.ids.has(id)) id = `${base}-${n++}`;
    this.nextSuffix.set(base, n);
    this.ids.add(id);
    return id;
  }

  /** The places `usedIds` names: gazetteer places in gazetteer order, then the new ones. */
  placesFor(usedIds: ReadonlySet<string>, gazetteer: readonly Place[]): Place[] {
    const fromGazetteer = gazetteer.filter((p) => usedIds.has(p.id));
    const added = [...this.added.values()].filter((p) => usedIds.has(p.id)).map(strip);
    return [...fromGazetteer, ...added];
  }
}

function strip({ row: _row, ...place }: Place & { row: number }): Place {
  return place;
}
