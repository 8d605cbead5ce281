/**
 * The marker under the pointer, from the markers as drawn now (spread positions included): the
 * nearest centre whose disc — lit halo and stroke included — holds the point, with a 44 px
 * target for a fingertip. Markers hidden behind a card (their edge chip stands for them) are
 * never picked.
 */
import type * as maplibregl from 'maplibre-gl';
import type { SiteGeoJson } from './siteGeoJson';
import { LIT_HALO } from './siteLayers';

/** A marker found under the pointer: a site, or a group with its members. */
export interface Picked {
  id: string;
  group: string[] | null;
  at: [number, number];
  /** Radius as drawn, ring included. */
  r: number;
}

const STROKE = 3.5;
const FINGERTIP = 22;

export function pickMarker(
  map: maplibregl.Map,
  drawn: SiteGeoJson,
  lit: ReadonlySet<string>,
  point: { x: number; y: number },
  coarse: boolean,
): Picked | null {
  const visible = (f: GeoJSON.Feature) => f.properties?.hidden !== 1;
  const candidates: Picked[] = [
    ...drawn.sites.features.filter(visible).map((f) => ({
      id: String(f.properties?.id),
      group: null,
      at: f.geometry.coordinates as [number, number],
      r: Number(f.properties?.r) + (lit.has(String(f.properties?.id)) ? LIT_HALO : STROKE),
    })),
    ...drawn.groups.features.filter(visible).map((f) => ({
      id: `group:${f.properties?.ids}`,
      group: String(f.properties?.ids ?? '').split(','),
      at: f.geometry.coordinates as [number, number],
      r: Number(f.properties?.r) + STROKE,
    })),
  ];
  let best: Picked | null = null;
  let bestD = Number.POSITIVE_INFINITY;
  for (const c of candidates) {
    const p = map.project(c.at);
    const d = Math.hypot(p.x - point.x, p.y - point.y);
    if (d <= Math.max(c.r, coarse ? FINGERTIP : 0) && d < bestD) {
      bestD = d;
      best = c;
    }
  }
  return best;
}
