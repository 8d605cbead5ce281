import type { GeoJSON } from 'geojson';

/** The layers the basemap feeds; each feature of the one basemap file names its own. */
export const BASEMAP_LAYERS = [
  'countries',
  'borders',
  'us-mexico-border',
  'us-states',
  'country-labels',
] as const;
export type BasemapLayer = (typeof BASEMAP_LAYERS)[number];
/** The basemap file in public/basemap/ (written by scripts/build-assets.ts). */
export const BASEMAP_FILE = 'basemap.geojson';

/**
 * Where the app's static assets come from. Two implementations, chosen by the build:
 * served.ts (files next to index.html) and inline.ts (everything inside one HTML file).
 */
export interface AssetSource {
  /** URL MapLibre starts its worker from. */
  mapWorkerUrl: string;
  /** The basemap (every layer's features, tagged `layer`): a URL relative to the page, or the GeoJSON itself. */
  basemap: string | GeoJSON;
  /**
   * The compiled dataset when it is built in (trusted: it is part of the page); null = fetch
   * data/frontera.json.
   */
  inlineDataset: unknown | null;
  /** The static first-frame map's paths: a URL relative to the page, or the paths themselves. */
  staticBasemap: string | Record<string, string>;
  /** Its texts per language when built in; null = fetch data/texts/<lang>.json. */
  inlineTexts: Record<string, unknown> | null;
}
