/**
 * Single-file build (npm run build:single): the dataset, basemap and map worker are compiled
 * into the page, so it works from file:// with no network at all.
 */
import workerSource from 'maplibre-gl/dist/maplibre-gl-worker.mjs?raw';
import detail from '../../public/basemap/detail.geojson?raw';
import overview from '../../public/basemap/overview.geojson?raw';
import staticBasemap from '../../public/basemap/static-map.json';
import dataset from '../../public/data/frontera.json';
import type { AssetSource } from './types';

/** Every language's texts, keyed by language code (public/data/texts/es.json → "es"). */
const texts = import.meta.glob<unknown>('../../public/data/texts/*.json', {
  eager: true,
  import: 'default',
});

export const assets: AssetSource = {
  mapWorkerUrl: URL.createObjectURL(new Blob([workerSource], { type: 'text/javascript' })),
  basemap: { overview: JSON.parse(overview), detail: () => JSON.parse(detail) },
  inlineDataset: dataset,
  staticBasemap,
  inlineTexts: Object.fromEntries(
    Object.entries(texts).map(([path, t]) => [path.replace(/^.*\/|\.json$/g, ''), t]),
  ),
};
