import type { StateCreator } from 'zustand';
import type { Camera } from '../domain/cameraForPlaces';
import type { Store } from './store';

export type { Camera };

/** West, south, east, north: the border from Baja California to the Gulf, and Central America. */
export const HOME_BOUNDS: readonly [number, number, number, number] = [-118.5, 12.5, -86, 33.8];

export interface ViewSlice {
  /**
   * The map camera, controlled: the map reports where the reader moved it, and moves itself
   * when something else (a selection, a story step, a URL) sets a different camera.
   * null = the home view (HOME_BOUNDS fitted to whatever size the map has).
   */
  camera: Camera | null;
  /** Pixel size of the map, so a selection can frame its places. */
  mapSize: { width: number; height: number };
  setCamera: (camera: Camera | null) => void;
  setMapSize: (size: { width: number; height: number }) => void;
}

export const createViewSlice: StateCreator<Store, [], [], ViewSlice> = (set) => ({
  camera: null,
  mapSize: { width: 800, height: 500 },
  setCamera: (camera) => set({ camera }),
  setMapSize: (mapSize) => set({ mapSize }),
});
