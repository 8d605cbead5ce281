/** What the map's frame and its live map tell each other. */

/** Why there is no live map: no WebGL at all, no WebGL2 (MapLibre 6 needs it), or it failed. */
export type MapFailure = { kind: 'no-webgl2' | 'no-webgl' } | { kind: 'failed'; why: string };

/** What the frame may ask of the live map: its zoom buttons. */
export interface MapHandle {
  zoomBy: (delta: 1 | -1) => void;
}
