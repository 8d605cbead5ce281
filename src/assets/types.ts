import type { GeoJSON } from 'geojson';

/** The layers the basemap feeds; each feature of a basemap file names its own. */
export const BASEMAP_LAYERS = [
  'countries',
  'borders',
  'us-mexico-border',
  'us-states',
  'country-labels',
] as const;
export type BasemapLayer = (typeof BASEMAP_LAYERS)[number];
/**
 * The basemap files in public/basemap/ (written by scripts/build-assets.ts): the overview the map
 * opens with (every layer; coasts and borders at 1:110m, as the static first frame draws them),
 * and the detail it loads once it is on screen (coasts and borders at 1:50m, drawn from
 * DETAIL_ZOOM in).
 */
export const BASEMAP_FILES = { overview: 'overview.geojson', detail: 'detail.geojson' } as const;
/** The layers the detail file holds. */
export const DETAIL_LAYERS = ['countries', 'borders'] as const satisfies readonly BasemapLayer[];
/** From this zoom in, coasts and borders come from the detail file. */
export const DETAIL_ZOOM = 5;

/**
 * Where the app's static assets come from. Two implementations, chosen by the build:
 * served.ts (files next to index.html) and inline.ts (everything inside one HTML file).
 */
export interface AssetSource {
  /** URL MapLibre starts its worker from. */
  mapWorkerUrl: string;
  /**
   * The basemap's two files (each feature tagged with its `layer`): URLs relative to the page, or
   * the GeoJSON itself (the detail parsed only when it is wanted).
   */
  basemap: { overview: string | GeoJSON; detail: string | (() => GeoJSON) };
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
