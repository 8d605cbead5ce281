/** Narrow hooks over the derived model: each subscribes only to the store fields it needs. */

import { useMemo } from 'react';
import type { Category, FronteraEvent } from '../data/schema';
import type { EventIndex } from '../domain/eventIndex';
import type { PlayheadEvents } from '../domain/playheadRule';
import { type SelectionNeighbours, selectionNeighbours } from './commands/selection';
import { useDatasetModel, useDerivedModel, useSession, useViewFilters } from './hooks';
import type { Interval } from './state';

export { PLAYHEAD_REACH_MS } from '../domain/derivedModel';

/** The events the reader is looking at: the dataset after filters and search. */
export function useFilteredIndex(): EventIndex<FronteraEvent> {
  const derived = useDerivedModel();
  return derived.filtered(useViewFilters());
}

/** The active time window: the brushed window, or else the settled visible period. */
export function useActiveWindow(): Interval {
  const window = useSession((s) => s.window);
  const view = useSession((s) => s.settledView);
  return window ?? view;
}

export function useWindowCounts(): ReadonlyMap<string, number> {
  const derived = useDerivedModel();
  const filters = useViewFilters();
  return derived.windowCounts(filters, useActiveWindow());
}

export function useFilteredTotals(): ReadonlyMap<string, number> {
  const derived = useDerivedModel();
  return derived.totals(useViewFilters());
}

/** Events at the playhead and the longer ones under way there: one rule for every view. */
export function usePlayheadEvents(): PlayheadEvents<FronteraEvent> {
  const derived = useDerivedModel();
  const filters = useViewFilters();
  return derived.playheadEvents(
    filters,
    useSession((s) => s.playhead),
  );
}

/** Sites with an event at the playhead; a stable Set while membership holds. */
export function useLitSites(): ReadonlySet<string> {
  const derived = useDerivedModel();
  const filters = useViewFilters();
  return derived.litSites(
    filters,
    useSession((s) => s.playhead),
  );
}

/** Sites with a span under way at the playhead and nothing at it; a stable Set likewise. */
export function useOngoingSites(): ReadonlySet<string> {
  const derived = useDerivedModel();
  const filters = useViewFilters();
  return derived.ongoingSites(
    filters,
    useSession((s) => s.playhead),
  );
}

export function useFacetCounts() {
  const derived = useDerivedModel();
  return derived.facets(useViewFilters());
}

export function useCategoriesPresent(): ReadonlySet<Category> {
  const derived = useDerivedModel();
  return derived.categories(useViewFilters());
}

export function usePlaceEvents(placeId: string | null): FronteraEvent[] {
  const derived = useDerivedModel();
  return derived.placeEvents(useViewFilters(), placeId);
}

/** Where the selected event stands among those Previous / Next walk (the same as the command). */
export function useSelectionNeighbours(): SelectionNeighbours {
  const model = useDatasetModel();
  const derived = useDerivedModel();
  const filters = useViewFilters();
  const selectedEventId = useSession((s) => s.selectedEventId);
  const selectedPlaceId = useSession((s) => s.selectedPlaceId);
  return useMemo(
    () => selectionNeighbours(model, derived, { filters, selectedEventId, selectedPlaceId }),
    [model, derived, filters, selectedEventId, selectedPlaceId],
  );
}
