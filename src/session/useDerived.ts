/** Narrow hooks over the derived model: each subscribes only to the store fields it needs. */
import type { Category, FronteraEvent } from '../data/schema';
import type { EventIndex } from '../domain/eventIndex';
import { useDerivedModel } from './datasetContext';
import { useStore } from './store';
import type { Interval } from './timeSlice';

export { PLAYHEAD_REACH_MS } from '../domain/derivedModel';

/** The events the reader is looking at: the dataset after filters and search. */
export function useFilteredIndex(): EventIndex<FronteraEvent> {
  const derived = useDerivedModel();
  return derived.filtered(useStore((s) => s.filters));
}

/** The active time window: the brushed window, or else the settled visible period. */
export function useActiveWindow(): Interval {
  const window = useStore((s) => s.window);
  const view = useStore((s) => s.settledView);
  return window ?? view;
}

export function useWindowCounts(): ReadonlyMap<string, number> {
  const derived = useDerivedModel();
  const filters = useStore((s) => s.filters);
  return derived.windowCounts(filters, useActiveWindow());
}

export function useFilteredTotals(): ReadonlyMap<string, number> {
  const derived = useDerivedModel();
  return derived.totals(useStore((s) => s.filters));
}

/** Events within reach of the playhead. */
export function usePlayheadEvents(): FronteraEvent[] {
  const derived = useDerivedModel();
  const filters = useStore((s) => s.filters);
  return derived.playheadEvents(
    filters,
    useStore((s) => s.playhead),
  );
}

/** Sites with an event within reach of the playhead; a stable Set while membership holds. */
export function useLitSites(): ReadonlySet<string> {
  const derived = useDerivedModel();
  const filters = useStore((s) => s.filters);
  return derived.litSites(
    filters,
    useStore((s) => s.playhead),
  );
}

export function useFacetCounts() {
  const derived = useDerivedModel();
  return derived.facets(useStore((s) => s.filters));
}

export function useCategoriesPresent(): ReadonlySet<Category> {
  const derived = useDerivedModel();
  return derived.categories(useStore((s) => s.filters));
}

export function usePlaceEvents(placeId: string | null): FronteraEvent[] {
  const derived = useDerivedModel();
  return derived.placeEvents(
    useStore((s) => s.filters),
    placeId,
  );
}
