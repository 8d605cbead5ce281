/**
 * Everything the views derive from the dataset and what the reader did, computed once per
 * change: each selector remembers its last inputs, so ten components asking for the filtered
 * index cost one filter pass. Pure: no React, no store; tested on its own.
 */
import type { Category, FronteraEvent } from '../data/schema';
import type { DatasetModel } from './datasetModel';
import { buildDayHistogram, type DayHistogram } from './dayHistogram';
import { buildEventIndex, type EventIndex, eventsOverlapping } from './eventIndex';
import { type Filters, facetCounts, filterPredicate, isFiltering } from './filters';
import { memoizeLast } from './memoizeLast';
import { countByPlace } from './siteCounts';

/** Half-width of the neighbourhood around the playhead whose events "light up". */
export const PLAYHEAD_REACH_MS = 15 * 86_400_000;

export type Interval = readonly [number, number];

export interface DerivedModel {
  /** The dataset after filters and search. */
  filtered: (filters: Filters) => EventIndex<FronteraEvent>;
  /** Events per place in the active window. */
  windowCounts: (filters: Filters, window: Interval) => ReadonlyMap<string, number>;
  /** Events per place after filters, over all time: which sites get a marker at all. */
  totals: (filters: Filters) => ReadonlyMap<string, number>;
  /** Filtered events within reach of the playhead. */
  playheadEvents: (filters: Filters, playhead: number) => FronteraEvent[];
  /** Places of the playhead events; the same Set instance while its members do not change. */
  litSites: (filters: Filters, playhead: number) => ReadonlySet<string>;
  /** Live counts beside every filter value, each under all the other filters. */
  facets: (filters: Filters) => ReturnType<typeof facetCounts>;
  /** Categories with at least one filtered event: the lanes drawn. */
  categories: (filters: Filters) => ReadonlySet<Category>;
  /** Events per lane per day, for binned timeline views. */
  histogram: (filters: Filters) => DayHistogram;
  /** Filtered events at one place, in time order. */
  placeEvents: (filters: Filters, placeId: string | null) => FronteraEvent[];
}

const sameSet = (a: ReadonlySet<string>, b: ReadonlySet<string>) =>
  a.size === b.size && [...a].every((x) => b.has(x));

export function createDerivedModel(model: DatasetModel): DerivedModel {
  const filtered = memoizeLast((filters: Filters) =>
    isFiltering(filters)
      ? buildEventIndex(model.index.byStart.filter(filterPredicate(filters, model.searchTexts)))
      : model.index,
  );
  const windowEvents = memoizeLast((filters: Filters, window: Interval) =>
    eventsOverlapping(filtered(filters), window[0], window[1]),
  );
  const playheadEvents = memoizeLast((filters: Filters, playhead: number) =>
    eventsOverlapping(
      filtered(filters),
      playhead - PLAYHEAD_REACH_MS,
      playhead + PLAYHEAD_REACH_MS,
    ),
  );
  let lastLit: ReadonlySet<string> = new Set();
  const litSites = memoizeLast((filters: Filters, playhead: number) => {
    const next = new Set(playheadEvents(filters, playhead).flatMap((e) => e.places));
    if (!sameSet(next, lastLit)) lastLit = next;
    return lastLit;
  });
  return {
    filtered,
    windowCounts: memoizeLast((filters: Filters, window: Interval) =>
      countByPlace(windowEvents(filters, window)),
    ),
    totals: memoizeLast((filters: Filters) => countByPlace(filtered(filters).byStart)),
    playheadEvents,
    litSites,
    facets: memoizeLast((filters: Filters) =>
      facetCounts(model.dataset.events, filters, model.searchTexts),
    ),
    categories: memoizeLast(
      (filters: Filters) => new Set<Category>(filtered(filters).byStart.map((e) => e.category)),
    ),
    histogram: memoizeLast((filters: Filters) =>
      buildDayHistogram(filtered(filters).byStart, model.extent),
    ),
    placeEvents: memoizeLast((filters: Filters, placeId: string | null) =>
      placeId ? filtered(filters).byStart.filter((e) => e.places.includes(placeId)) : [],
    ),
  };
}
