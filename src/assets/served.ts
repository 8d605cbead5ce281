import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { type AssetSource, BASEMAP_FILES } from './types';

/** Default build: assets are separate static files served beside index.html. */
export const assets: AssetSource = {
  mapWorkerUrl: workerUrl,
  basemap: {
    overview: `basemap/${BASEMAP_FILES.overview}`,
    detail: `basemap/${BASEMAP_FILES.detail}`,
  },
  inlineDataset: null,
  staticBasemap: 'basemap/static-map.json',
  inlineTexts: null,
};
