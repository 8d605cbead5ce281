import type { StateCreator } from 'zustand';
import type { Store } from './store';

/** What is selected. Selections change only through commands (src/session/commands.ts). */
export interface SelectionSlice {
  selectedEventId: string | null;
  selectedPlaceId: string | null;
  /** Transient: never serialised. */
  hoveredEventId: string | null;
  hoverEvent: (id: string | null) => void;
}

export const createSelectionSlice: StateCreator<Store, [], [], SelectionSlice> = (set) => ({
  selectedEventId: null,
  selectedPlaceId: null,
  hoveredEventId: null,
  hoverEvent: (hoveredEventId) => set({ hoveredEventId }),
});
