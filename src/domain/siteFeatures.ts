/** GeoJSON for the map's site markers, built from the gazetteer and the current counts. */
import type { Feature, FeatureCollection, Point } from 'geojson';
import { AREA_KINDS, type Place } from '../data/schema';

export interface SiteProperties {
  id: string;
  name: string;
  kind: Place['kind'];
  area: boolean;
  /** Events at this site in the current window (after filters). */
  count: number;
  /** Events at this site in the dataset (after filters), for "0 of 6 in window" hints. */
  total: number;
  /** 1 when an event at this site is under the playhead. */
  lit: number;
  selected: number;
}

export function siteFeatures(
  places: readonly Place[],
  totals: ReadonlyMap<string, number>,
  counts: ReadonlyMap<string, number>,
  lit: ReadonlySet<string>,
  selectedPlaceIds: ReadonlySet<string>,
): FeatureCollection<Point, SiteProperties> {
  const features: Feature<Point, SiteProperties>[] = [];
  places.forEach((p, i) => {
    const total = totals.get(p.id) ?? 0;
    if (total === 0) return; // only places that have events get a marker
    features.push({
      type: 'Feature',
      id: i,
      geometry: { type: 'Point', coordinates: [p.lon, p.lat] },
      properties: {
        id: p.id,
        name: p.name,
        kind: p.kind,
        area: AREA_KINDS.has(p.kind),
        count: counts.get(p.id) ?? 0,
        total,
        lit: lit.has(p.id) ? 1 : 0,
        selected: selectedPlaceIds.has(p.id) ? 1 : 0,
      },
    });
  });
  return { type: 'FeatureCollection', features };
}
