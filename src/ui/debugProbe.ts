/**
 * One typed window on what the views have drawn, for tests, the benchmark and screenshots:
 * `window.__frontera`. Off in production unless a test sets `window.__FRONTERA_DEBUG__ = true`
 * before the page loads; values are computed when asked, never written into the DOM.
 */
export interface DrawnMarkProbe {
  id: string;
  x: number;
  y: number;
  w: number;
  label: string | null;
  hl: 0 | 1;
}

export interface DebugProbe {
  /** The timeline's marks as drawn on its canvas (canvas pixels). */
  marks: () => readonly DrawnMarkProbe[];
  /** Timeline marks outlined by the playhead: dated near it, and longer spans under way. */
  playheadMarks: () => { at: string[]; ongoing: string[] };
  /** The map's markers as drawn (map-container pixels). */
  sites: () => readonly { id: string; x: number; y: number; r: number }[];
  /** The map's markers as MapLibre rendered them, read back from its features. */
  renderedSites: () => readonly { id: string; x: number; y: number; r: number }[];
  /** The map's labels as placed by the layout (map-container pixels). */
  mapLabels: () => readonly {
    id: string;
    anchor: string;
    lines: string[];
    box: { x0: number; y0: number; x1: number; y1: number };
  }[];
  /** The map's labels as MapLibre rendered them: one box per site, from its own hit tests. */
  renderedLabels: () => readonly { id: string; x0: number; y0: number; x1: number; y1: number }[];
  /** The basemap's land and border layers drawing in view (overview or detail). */
  renderedBasemap: () => readonly string[];
  /** Style loaded, sites drawn, nothing pending. */
  mapReady: () => boolean;
  /** The map's camera now. */
  camera: () => { lon: number; lat: number; zoom: number };
  /** How many maps (WebGL contexts) this page has created. */
  mapsCreated: () => number;
}

declare global {
  var __FRONTERA_DEBUG__: boolean | undefined;
  var __frontera: Partial<DebugProbe> | undefined;
}

const enabled = (): boolean =>
  import.meta.env.MODE === 'test' || globalThis.__FRONTERA_DEBUG__ === true;

/** Exposes one probe while the view that answers it is mounted; returns the way to withdraw it. */
export function exposeProbe<K extends keyof DebugProbe>(key: K, probe: DebugProbe[K]): () => void {
  if (!enabled()) return () => {};
  globalThis.__frontera ??= {};
  globalThis.__frontera[key] = probe;
  return () => {
    if (globalThis.__frontera?.[key] === probe) delete globalThis.__frontera[key];
  };
}

/** Reads a probe in the same page (jsdom and browser-mode tests). */
export function readProbe<K extends keyof DebugProbe>(key: K): DebugProbe[K] | undefined {
  return globalThis.__frontera?.[key];
}
