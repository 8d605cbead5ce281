/**
 * Places for imported events: names or ids from the built-in gazetteer (and their Spanish
 * names), matched ignoring case, accents and punctuation ("ciudad juarez" finds "Ciudad
 * Juárez"), and new points a row gives by latitude and longitude, which later rows can then
 * name too. A name the gazetteer lacks gets a "did you mean" when one is close.
 */
import type { Place, PlaceKind } from '../data/schema';
import { editDistance } from './editDistance';
import { capText, cleanText, foldKey, slugify } from './text';
import type { Reference } from './types';

export interface NewPlaceInput {
  row: number;
  name: string;
  lat: number;
  lon: number;
  kind: PlaceKind;
}

const coordinateKey = (lat: number, lon: number) => `${lat.toFixed(6)},${lon.toFixed(6)}`;
/** A named point this close to the gazetteer place of that name is that place. */
const SAME_PLACE_KM = 25;

function km(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(Math.min(1, h)));
}

export class PlaceBook {
  private readonly byKey = new Map<string, Place>();
  private readonly ids = new Set<string>();
  /** Next suffix to try per base id, so many same-named places stay linear. */
  private readonly nextSuffix = new Map<string, number>();
  private readonly added = new Map<string, Place & { row: number }>();
  private readonly addedByName = new Map<string, Place & { row: number }>();
  /** Names shown in a "did you mean": gazetteer names first, in the file's language or not. */
  private readonly names: { key: string; name: string }[] = [];

  constructor(reference: Pick<Reference, 'places' | 'aliases'>) {
    for (const p of reference.places) {
      this.ids.add(p.id);
      const names = [p.name, ...(reference.aliases?.[p.id] ?? [])];
      for (const name of names) this.names.push({ key: foldKey(name), name });
      for (const key of [...names.map(foldKey), foldKey(p.id)])
        if (!this.byKey.has(key)) this.byKey.set(key, p);
    }
  }

  /** A gazetteer place, else a place added from coordinates, by name or id. */
  find(text: string): Place | undefined {
    const key = foldKey(text);
    return this.byKey.get(key) ?? this.addedByName.get(key);
  }

  /** The known name closest to `text`, when it is close enough to be a typo. */
  suggest(text: string): string | undefined {
    const key = foldKey(text);
    if (key.length < 3) return undefined;
    let best: { name: string; d: number } | undefined;
    const limit = key.length <= 5 ? 1 : key.length <= 10 ? 2 : 3;
    for (const { key: k, name } of this.names) {
      if (Math.abs(k.length - key.length) > limit) continue;
      const d = editDistance(key, k);
      if (d <= limit && (!best || d < best.d)) best = { name, d };
    }
    return best?.name;
  }

  /**
   * The place at these coordinates with this name, created on first sight; a gazetteer place
   * of that name close by is used as it is. Returns the row that first gave the same name at
   * other coordinates, so the caller can say it became two places.
   */
  add(input: NewPlaceInput): { place: Place; sameNameRow?: number } {
    const name = capText(cleanText(input.name), 140) || `${input.lat}, ${input.lon}`;
    const nameKey = foldKey(name);
    const known = this.byKey.get(nameKey);
    if (known && km(known, input) <= SAME_PLACE_KM) return { place: known };
    const key = `${nameKey}@${coordinateKey(input.lat, input.lon)}`;
    const again = this.added.get(key);
    if (again) return { place: strip(again) };
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
