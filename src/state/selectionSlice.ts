import type { StateCreator } from 'zustand';
import type { Store } from './store';

export interface SelectionSlice {
  selectedEventId: string | null;
  selectedPlaceId: string | null;
  /** Transient: never serialised. */
  hoveredEventId: string | null;
  /** Select an event; keeps the place selection so the reader can return to the site's list. */
  selectEvent: (id: string | null) => void;
  /** Select a site: clears the event so its full list shows. */
  selectPlace: (id: string | null) => void;
  hoverEvent: (id: string | null) => void;
}

export const createSelectionSlice: StateCreator<Store, [], [], SelectionSlice> = (set) => ({
  selectedEventId: null,
  selectedPlaceId: null,
  hoveredEventId: null,
  selectEvent: (selectedEventId) => set({ selectedEventId }),
  selectPlace: (selectedPlaceId) => set({ selectedPlaceId, selectedEventId: null }),
  hoverEvent: (hoveredEventId) => set({ hoveredEventId }),
});
