import { create } from 'zustand';
import { createFilterSlice, type FilterSlice } from './filterSlice';
import { createMapSlice, type MapSlice } from './mapSlice';
import { createPlaybackSlice, type PlaybackSlice } from './playbackSlice';
import { createSelectionSlice, type SelectionSlice } from './selectionSlice';
import { createTimeSlice, type TimeSlice } from './timeSlice';
import { createUiSlice, type UiSlice } from './uiSlice';

/** One store, split into slices: it holds only what the reader did, never the dataset. */
export type Store = TimeSlice & SelectionSlice & MapSlice & FilterSlice & UiSlice & PlaybackSlice;

/** The store's data without its actions: what commands read and patch. */
export type StoreData = {
  [K in keyof Store as Store[K] extends (...args: never[]) => unknown ? never : K]: Store[K];
};
export type Patch = Partial<StoreData>;

export const createFronteraStore = () =>
  create<Store>()((...a) => ({
    ...createTimeSlice(...a),
    ...createSelectionSlice(...a),
    ...createMapSlice(...a),
    ...createFilterSlice(...a),
    ...createUiSlice(...a),
    ...createPlaybackSlice(...a),
  }));

export const useStore = createFronteraStore();
