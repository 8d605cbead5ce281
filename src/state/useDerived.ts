/** Narrow, memoised selectors that combine the dataset with what the reader did. */
import { useMemo } from 'react';
import type { FronteraEvent } from '../data/schema';
import { buildEventIndex, type EventIndex, eventsOverlapping } from '../domain/eventIndex';
import { filterPredicate, isFiltering } from '../domain/filters';
import { countByPlace } from '../domain/siteCounts';
import { useDatasetModel } from './datasetContext';
import { useStore } from './store';
import type { Interval } from './timeSlice';

/** Half-width of the neighbourhood around the playhead whose events "light up". */
export const PLAYHEAD_REACH_MS = 15 * 86_400_000;

/** The events the reader is looking at: the dataset after filters and search. */
export function useFilteredIndex(): EventIndex<FronteraEvent> {
  const { index, searchTexts } = useDatasetModel();
  const filters = useStore((s) => s.filters);
  return useMemo(
    () =>
      isFiltering(filters)
        ? buildEventIndex(index.byStart.filter(filterPredicate(filters, searchTexts)))
        : index,
    [index, searchTexts, filters],
  );
}

/** The active time window: the brushed window, or else the timeline's visible domain. */
export function useActiveWindow(): Interval {
  const window = useStore((s) => s.window);
  const view = useStore((s) => s.view);
  return window ?? view;
}

export function useWindowEvents(): FronteraEvent[] {
  const index = useFilteredIndex();
  const [from, to] = useActiveWindow();
  return useMemo(() => eventsOverlapping(index, from, to), [index, from, to]);
}

export function useWindowCounts(): Map<string, number> {
  const events = useWindowEvents();
  return useMemo(() => countByPlace(events), [events]);
}

/** Events within reach of the playhead. */
export function usePlayheadEvents(): FronteraEvent[] {
  const index = useFilteredIndex();
  const playhead = useStore((s) => s.playhead);
  return useMemo(
    () => eventsOverlapping(index, playhead - PLAYHEAD_REACH_MS, playhead + PLAYHEAD_REACH_MS),
    [index, playhead],
  );
}

/** Events per place after filters, over all time: which sites get a marker at all. */
export function useFilteredTotals(): Map<string, number> {
  const index = useFilteredIndex();
  return useMemo(() => countByPlace(index.byStart), [index]);
}
