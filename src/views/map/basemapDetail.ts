/**
 * The basemap's detail (1:50m coasts and borders) for a map that opened on the overview (1:110m,
 * as the static first frame). MapLibre's worker tiles it once the map is on screen rather than
 * before; until it has, the overview keeps every zoom, so no zoom ever shows the land missing.
 */

import type * as maplibregl from 'maplibre-gl';
import type { ExpressionSpecification } from 'maplibre-gl';
import { assets } from '#assets';
import { DETAIL_ZOOM } from '../../assets/types';
import { DETAIL_SOURCE, REPLACED_BY_DETAIL } from './style';

/**
 * From this zoom the detail is wanted at once: a reader zooming in reaches DETAIL_ZOOM with the
 * detail tiled (it takes ~0.5 s in the worker without a GPU).
 */
export const DETAIL_WANTED_ZOOM = DETAIL_ZOOM - 0.5;

/**
 * The overview's opacity once the detail is in: none from DETAIL_ZOOM in. A change of paint, so
 * MapLibre redraws without tiling the overview again (a zoom range would have).
 */
const UNTIL_DETAIL: ExpressionSpecification = ['step', ['zoom'], 1, DETAIL_ZOOM, 0];

/** Loads the detail into `map`'s style; the overview gives it the zooms from DETAIL_ZOOM in. */
export function loadBasemapDetail(map: maplibregl.Map, baseUrl: string): void {
  const source = map.getSource<maplibregl.GeoJSONSource>(DETAIL_SOURCE);
  if (!source) return;
  const arrived = (e: maplibregl.MapSourceDataEvent) => {
    if (e.sourceId !== DETAIL_SOURCE || e.sourceDataType !== 'content') return;
    map.off('sourcedata', arrived);
    for (const [id, opacity] of REPLACED_BY_DETAIL)
      if (map.getLayer(id)) map.setPaintProperty(id, opacity, UNTIL_DETAIL);
  };
  map.on('sourcedata', arrived);
  const { detail } = assets.basemap;
  source.setData(typeof detail === 'string' ? new URL(detail, baseUrl).href : detail);
}
