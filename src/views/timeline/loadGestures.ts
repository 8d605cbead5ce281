/**
 * The timeline's gesture code (d3-zoom, d3-brush), a chunk of its own. Asked for when this module
 * is evaluated — the first of the entry's modules (src/main.tsx imports ./earlyRequests first) —
 * so it is in before the first frame is rendered and the timeline is interactive with it.
 */
export type Gestures = typeof import('./gestures');

let loaded: Gestures | null = null;
let pending: Promise<Gestures> | null = null;

/** The gesture code, fetched once for every timeline on the page. */
export function loadGestures(): Promise<Gestures> {
  pending ??= import('./gestures').then(
    (m) => {
      loaded = m;
      return m;
    },
    (e: unknown) => {
      // A later call tries again (a flaky network); the keys and buttons work meanwhile.
      pending = null;
      throw e;
    },
  );
  return pending;
}

/** The gesture code if it has loaded. */
export const loadedGestures = (): Gestures | null => loaded;
