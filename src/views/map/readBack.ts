/**
 * What MapLibre itself has rendered, for tests and tools that must check what a reader sees
 * independently of our layout: markers from its rendered features, labels from its own hit
 * tests (its collision boxes).
 */
import type * as maplibregl from 'maplibre-gl';
import type { DrawnMarker } from './siteGeoJson';
import { GROUP_LAYER, INTERACTIVE_LAYERS, LABEL_LAYER } from './siteLayers';
import { BASEMAP_SWAP } from './style';

export interface RenderedLabel {
  id: string;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

const idOf = (f: maplibregl.MapGeoJSONFeature) =>
  f.properties?.ids ? `group:${f.properties.ids}` : String(f.properties?.id);

/** MapLibre's evaluated paint, at the current zoom. */
type Evaluated = { paint?: { get(name: string): { constantOr(v: number): number } | undefined } };

/**
 * The basemap's land and border layers that draw something in view now: features in view, and
 * an opacity above none at this zoom (the overview gives way where the detail takes over).
 */
export function renderedBasemap(map: maplibregl.Map): string[] {
  const drawn = (id: string, opacity: string) =>
    !!map.getLayer(id) &&
    ((map.getLayer(id) as Evaluated).paint?.get(opacity)?.constantOr(1) ?? 1) > 0;
  const layers = BASEMAP_SWAP.flatMap(({ overview, detail, opacity }) =>
    [overview, detail].filter((id) => drawn(id, opacity)),
  );
  return [...new Set(map.queryRenderedFeatures({ layers }).map((f) => f.layer.id))].sort();
}

/** Each rendered marker: its id, the centre it is drawn at now, its radius. */
export function renderedMarkers(map: maplibregl.Map): DrawnMarker[] {
  const layers = INTERACTIVE_LAYERS.filter((l) => map.getLayer(l));
  const seen = new Map<string, DrawnMarker>();
  for (const f of map.queryRenderedFeatures({ layers })) {
    if (f.geometry.type !== 'Point') continue;
    const id = f.layer.id === GROUP_LAYER ? `group:${f.properties?.ids}` : String(f.properties?.id);
    const p = map.project(f.geometry.coordinates as [number, number]);
    seen.set(id, { id, x: p.x, y: p.y, r: Number(f.properties?.r) });
  }
  return [...seen.values()];
}

/**
 * One box per rendered label, found by sweeping MapLibre's hit tests across the map column by
 * column and row by row (`step` pixels apart).
 */
export function renderedLabels(map: maplibregl.Map, step = 2): RenderedLabel[] {
  const layers = [LABEL_LAYER, 'site-group-labels'].filter((l) => map.getLayer(l));
  const { clientWidth: w, clientHeight: h } = map.getContainer();
  const boxes = new Map<string, RenderedLabel>();
  const box = (id: string) => {
    let b = boxes.get(id);
    if (!b) {
      b = { id, x0: Infinity, y0: Infinity, x1: -Infinity, y1: -Infinity };
      boxes.set(id, b);
    }
    return b;
  };
  for (let x = 0; x < w; x += step)
    for (const f of map.queryRenderedFeatures(
      [
        [x, 0],
        [x + 0.5, h],
      ],
      { layers },
    )) {
      const b = box(idOf(f));
      b.x0 = Math.min(b.x0, x);
      b.x1 = Math.max(b.x1, x);
    }
  for (let y = 0; y < h; y += step)
    for (const f of map.queryRenderedFeatures(
      [
        [0, y],
        [w, y + 0.5],
      ],
      { layers },
    )) {
      const b = box(idOf(f));
      b.y0 = Math.min(b.y0, y);
      b.y1 = Math.max(b.y1, y);
    }
  return [...boxes.values()];
}
