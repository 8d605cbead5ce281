import { create } from 'zustand';
import { createFilterSlice, type FilterSlice } from './filterSlice';
import { createSelectionSlice, type SelectionSlice } from './selectionSlice';
import { createTimeSlice, type TimeSlice } from './timeSlice';
import { createUiSlice, type UiSlice } from './uiSlice';
import { createViewSlice, type ViewSlice } from './viewSlice';

/** One store, split into slices: it holds only what the reader did, never the dataset. */
export type Store = TimeSlice & SelectionSlice & ViewSlice & FilterSlice & UiSlice;

export const createFronteraStore = () =>
  create<Store>()((...a) => ({
    ...createTimeSlice(...a),
    ...createSelectionSlice(...a),
    ...createViewSlice(...a),
    ...createFilterSlice(...a),
    ...createUiSlice(...a),
  }));

export const useStore = createFronteraStore();
