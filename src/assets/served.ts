import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { type AssetSource, BASEMAP_FILE } from './types';

/** Default build: assets are separate static files served beside index.html. */
export const assets: AssetSource = {
  mapWorkerUrl: workerUrl,
  basemap: `basemap/${BASEMAP_FILE}`,
  inlineDataset: null,
  staticBasemap: 'basemap/static-map.json',
  inlineTexts: null,
};
