import type { StateCreator } from 'zustand';
import type { Store } from './store';

/** A map camera: centre and zoom (MapLibre zoom levels). */
export interface Camera {
  lon: number;
  lat: number;
  zoom: number;
}

/**
 * What the app asks the map to show. The map controller resolves it (fitting places with
 * MapLibre's cameraForBounds at the map's own size) unless the reader is dragging the map.
 * `seq` makes a repeated request (the same site twice) a new one.
 */
export type MapRequest =
  | {
      seq: number;
      kind: 'fit';
      placeIds: readonly string[];
      /** A closer limit than the places' own (story steps keep their surroundings in view). */
      maxZoom?: number;
    }
  | { seq: number; kind: 'camera'; camera: Camera }
  | { seq: number; kind: 'home' };

export interface MapSlice {
  /** Where the map is, as it last reported after a move (for the URL); null = never moved. */
  camera: Camera | null;
  mapRequest: MapRequest | null;
  /** Called by the map when a move ends. */
  reportCamera: (camera: Camera) => void;
}

export const createMapSlice: StateCreator<Store, [], [], MapSlice> = (set) => ({
  camera: null,
  mapRequest: null,
  reportCamera: (camera) => set({ camera }),
});
