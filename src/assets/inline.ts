/**
 * Single-file build (npm run build:single): the dataset, basemap and map worker are compiled
 * into the page, so it works from file:// with no network at all.
 */
import workerSource from 'maplibre-gl/dist/maplibre-gl-worker.mjs?raw';
import borders from '../../public/basemap/borders.geojson?raw';
import countries from '../../public/basemap/countries.geojson?raw';
import countryLabels from '../../public/basemap/country-labels.geojson?raw';
import staticBasemap from '../../public/basemap/static-map.json';
import usMexicoBorder from '../../public/basemap/us-mexico-border.geojson?raw';
import usStates from '../../public/basemap/us-states.geojson?raw';
import dataset from '../../public/data/frontera.json';
import type { AssetSource } from './types';

/** Every language's texts, keyed by language code (public/data/texts/es.json → "es"). */
const texts = import.meta.glob<unknown>('../../public/data/texts/*.json', {
  eager: true,
  import: 'default',
});

export const assets: AssetSource = {
  mapWorkerUrl: URL.createObjectURL(new Blob([workerSource], { type: 'text/javascript' })),
  basemap: {
    countries: JSON.parse(countries),
    borders: JSON.parse(borders),
    'us-mexico-border': JSON.parse(usMexicoBorder),
    'us-states': JSON.parse(usStates),
    'country-labels': JSON.parse(countryLabels),
  },
  inlineDataset: dataset,
  staticBasemap,
  inlineTexts: Object.fromEntries(
    Object.entries(texts).map(([path, t]) => [path.replace(/^.*\/|\.json$/g, ''), t]),
  ),
};
