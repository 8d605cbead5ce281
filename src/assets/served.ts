import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { type AssetSource, BASEMAP_LAYERS, type BasemapLayer } from './types';

/** Default build: assets are separate static files served beside index.html. */
export const assets: AssetSource = {
  mapWorkerUrl: workerUrl,
  basemap: Object.fromEntries(BASEMAP_LAYERS.map((l) => [l, `basemap/${l}.geojson`])) as Record<
    BasemapLayer,
    string
  >,
  inlineDataset: null,
  staticBasemap: 'basemap/static-map.json',
  inlineTexts: null,
};
