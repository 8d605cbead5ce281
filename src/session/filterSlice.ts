import type { StateCreator } from 'zustand';
import { EMPTY_FILTERS, type FacetKey, type Filters } from '../domain/filters';
import type { Store } from './store';

export interface FilterSlice {
  filters: Filters;
  /** Add or remove one value of a facet. */
  toggleFacet: (key: FacetKey, value: string) => void;
  /** Make a facet exactly these values. */
  setFacet: (key: FacetKey, values: readonly string[]) => void;
  setQuery: (query: string) => void;
  clearFilters: () => void;
}

export const createFilterSlice: StateCreator<Store, [], [], FilterSlice> = (set) => ({
  filters: EMPTY_FILTERS,
  toggleFacet: (key, value) =>
    set((s) => {
      const current = s.filters[key] as readonly string[];
      const next = current.includes(value)
        ? current.filter((v) => v !== value)
        : [...current, value];
      return { filters: { ...s.filters, [key]: next } };
    }),
  setFacet: (key, values) => set((s) => ({ filters: { ...s.filters, [key]: [...values] } })),
  setQuery: (query) => set((s) => ({ filters: { ...s.filters, query } })),
  clearFilters: () => set({ filters: EMPTY_FILTERS }),
});
