/**
 * The basemap's detail (1:50m coasts and borders) for a map that opened on the overview (1:110m,
 * as the static first frame). MapLibre's worker tiles it once the map is on screen rather than
 * before. The overview keeps every zoom until the detail's tiles for the current view are in;
 * only then does it give way from DETAIL_ZOOM in.
 */
import type * as maplibregl from 'maplibre-gl';
import { assets } from '#assets';
import { DETAIL_ZOOM } from '../../assets/types';
import { BASEMAP_SWAP, DETAIL_SOURCE, UNTIL_DETAIL } from './style';

/**
 * From this zoom the detail is asked for at once, ahead of DETAIL_ZOOM (tiling it takes ~0.5 s
 * in the worker without a GPU; until then the overview is drawn in its place).
 */
export const DETAIL_WANTED_ZOOM = DETAIL_ZOOM - 0.5;

/** Resolves once `source`'s tiles for the view are loaded, or it is no longer the map's. */
function tilesLoaded(map: maplibregl.Map, source: maplibregl.GeoJSONSource): Promise<void> {
  return new Promise((resolve) => {
    const check = () => {
      if (map.getSource(DETAIL_SOURCE) === source && !map.isSourceLoaded(DETAIL_SOURCE)) return;
      map.off('sourcedata', check);
      resolve();
    };
    map.on('sourcedata', check);
    check();
  });
}

/**
 * Loads the detail into `map`'s style; once its tiles are in, the overview gives it the zooms
 * from DETAIL_ZOOM in. A new style (a theme switch) needs a new call.
 */
export async function loadBasemapDetail(map: maplibregl.Map, baseUrl: string): Promise<void> {
  const source = map.getSource<maplibregl.GeoJSONSource>(DETAIL_SOURCE);
  if (!source) return;
  const { detail } = assets.basemap;
  try {
    await source.setData(typeof detail === 'string' ? new URL(detail, baseUrl).href : detail());
  } catch {
    // Not loaded (MapLibre reports why): the overview stays at every zoom.
    return;
  }
  await tilesLoaded(map, source);
  // Replaced by a new style meanwhile: its own call does the rest.
  if (map.getSource(DETAIL_SOURCE) !== source) return;
  // A change of paint: MapLibre redraws without tiling the overview again (a zoom range would).
  for (const { overview, opacity } of BASEMAP_SWAP)
    if (map.getLayer(overview)) map.setPaintProperty(overview, opacity, UNTIL_DETAIL);
}
