/**
 * The sites as the map draws them at its current scale: co-located markers spread apart (with
 * leader lines to their true places) or gathered into a named group, then turned back into
 * coordinates for MapLibre's GeoJSON sources.
 */
import type { Feature, FeatureCollection, LineString, Point } from 'geojson';
import type * as maplibregl from 'maplibre-gl';
import type { SiteRecord } from '../../domain/siteFeatures';
import { spreadSites } from '../../domain/spreadSites';

export interface SiteGeoJson {
  sites: FeatureCollection<Point>;
  leaders: FeatureCollection<LineString | Point>;
  groups: FeatureCollection<Point>;
  /** Drawn positions in screen pixels (map container coordinates). */
  screen: { id: string; x: number; y: number; r: number }[];
}

const fc = <G extends Point | LineString>(features: Feature<G>[]): FeatureCollection<G> => ({
  type: 'FeatureCollection',
  features,
});

export function siteGeoJson(records: readonly SiteRecord[], map: maplibregl.Map): SiteGeoJson {
  const byId = new Map(records.map((r) => [r.id, r]));
  const screen = records.map((r) => {
    const p = map.project([r.lon, r.lat]);
    return { id: r.id, x: p.x, y: p.y, r: r.r, weight: r.count * 1000 + r.total, name: r.name };
  });
  const { sites, groups } = spreadSites(screen);
  const at = (x: number, y: number): [number, number] => {
    const ll = map.unproject([x, y]);
    return [ll.lng, ll.lat];
  };
  const siteFeatures: Feature<Point>[] = [];
  const leaders: Feature<LineString | Point>[] = [];
  for (const s of sites) {
    const r = byId.get(s.id);
    if (!r) continue;
    const drawn = s.moved ? at(s.x, s.y) : ([r.lon, r.lat] as [number, number]);
    siteFeatures.push({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: drawn },
      properties: {
        id: r.id,
        name: r.name,
        area: r.area ? 1 : 0,
        count: r.count,
        total: r.total,
        r: r.r,
        // Layout only (label size and collision priority); the paint reads feature state.
        lit: r.lit ? 1 : 0,
        selected: r.selected ? 1 : 0,
      },
    });
    if (s.moved) {
      leaders.push(
        {
          type: 'Feature',
          geometry: { type: 'LineString', coordinates: [drawn, [r.lon, r.lat]] },
          properties: {},
        },
        {
          type: 'Feature',
          geometry: { type: 'Point', coordinates: [r.lon, r.lat] },
          properties: {},
        },
      );
    }
  }
  const groupFeatures: Feature<Point>[] = groups.map((g) => {
    const members = g.ids.flatMap((id) => byId.get(id) ?? []);
    return {
      type: 'Feature',
      geometry: { type: 'Point', coordinates: at(g.x, g.y) },
      properties: {
        ids: g.ids.join(','),
        label: g.label,
        count: members.reduce((t, m) => t + m.count, 0),
        selected: members.some((m) => m.selected) ? 1 : 0,
      },
    };
  });
  return {
    sites: fc(siteFeatures),
    leaders: fc(leaders),
    groups: fc(groupFeatures),
    screen: [
      ...sites.map((s) => ({
        id: s.id,
        x: Math.round(s.x),
        y: Math.round(s.y),
        r: byId.get(s.id)?.r ?? 0,
      })),
      ...groups.map((g) => ({
        id: `group:${g.ids.join(',')}`,
        x: Math.round(g.x),
        y: Math.round(g.y),
        r: 16,
      })),
    ],
  };
}
