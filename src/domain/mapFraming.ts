/** What the app asks the map to show, in terms both the session and the map engine share. */

/** A map camera: centre and zoom (MapLibre zoom levels). */
export interface Camera {
  lon: number;
  lat: number;
  zoom: number;
}

/**
 * A framing request. The map engine resolves it with MapLibre's cameraForBounds at its own size,
 * unless the reader is moving the map. `seq` makes a repeated request (the same site twice) a
 * new one.
 */
export type MapRequest =
  | {
      seq: number;
      /** `reveal` (a selection) moves the map only when its places are not in plain view. */
      kind: 'fit' | 'reveal';
      placeIds: readonly string[];
      /** A closer limit than the places' own (story steps keep their surroundings in view). */
      maxZoom?: number;
    }
  | { seq: number; kind: 'camera'; camera: Camera }
  | { seq: number; kind: 'home' };
