/**
 * Everything the views derive from the dataset and what the reader did, computed once per
 * change: each selector remembers its last inputs, so ten components asking for the filtered
 * index cost one filter pass. Pure: no React, no store; tested on its own.
 */
import type { Category, FronteraEvent } from '../data/schema';
import type { DatasetModel } from './datasetModel';
import { buildDayHistogram, type DayHistogram } from './dayHistogram';
import { type EventIndex, eventsOverlapping, holdsEvent, indexOfSorted } from './eventIndex';
import { buildFacetIndex, type FacetIndex } from './facetIndex';
import { type Filters, isFiltering } from './filters';
import { memoizeLast } from './memoizeLast';
import { PLAYHEAD_REACH_MS, type PlayheadEvents, splitAtPlayhead } from './playheadRule';
import { countByPlace } from './siteCounts';

export { PLAYHEAD_REACH_MS };

export type Interval = readonly [number, number];

export interface DerivedModel {
  /** The dataset after filters and search. */
  filtered: (filters: Filters) => EventIndex<FronteraEvent>;
  /** Whether the event with this id is among the filtered ones. */
  shows: (filters: Filters, id: string) => boolean;
  /** Events per place in the active window. */
  windowCounts: (filters: Filters, window: Interval) => ReadonlyMap<string, number>;
  /** Events per place after filters, over all time: which sites get a marker at all. */
  totals: (filters: Filters) => ReadonlyMap<string, number>;
  /** Filtered events at the playhead, and the longer ones under way there (./playheadRule.ts). */
  playheadEvents: (filters: Filters, playhead: number) => PlayheadEvents<FronteraEvent>;
  /** Places of the events at the playhead; the same Set instance while its members do not change. */
  litSites: (filters: Filters, playhead: number) => ReadonlySet<string>;
  /** Places with a span under way at the playhead and nothing at it; a stable Set likewise. */
  ongoingSites: (filters: Filters, playhead: number) => ReadonlySet<string>;
  /** Live counts beside every filter value, each under all the other filters. */
  facets: (filters: Filters) => ReturnType<FacetIndex['counts']>;
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
  const facetIndex = buildFacetIndex(model.index.byStart, model.searchTexts);
  const filtered = memoizeLast((filters: Filters) =>
    isFiltering(filters) ? indexOfSorted(facetIndex.filter(filters)) : model.index,
  );
  // The whole dataset's totals and histogram, made once: clearing a filter costs nothing.
  const allTotals = memoizeLast(() => countByPlace(model.index.byStart));
  const allHistogram = memoizeLast(() => buildDayHistogram(model.index.byStart, model.extent));
  const filteredHistogram = memoizeLast((index: EventIndex<FronteraEvent>) =>
    buildDayHistogram(index.byStart, model.extent),
  );
  const histogramOf = (index: EventIndex<FronteraEvent>) =>
    index === model.index ? allHistogram() : filteredHistogram(index);
  const windowEvents = memoizeLast((filters: Filters, window: Interval) =>
    eventsOverlapping(filtered(filters), window[0], window[1]),
  );
  const playheadEvents = memoizeLast((filters: Filters, playhead: number) =>
    splitAtPlayhead(
      eventsOverlapping(
        filtered(filters),
        playhead - PLAYHEAD_REACH_MS,
        playhead + PLAYHEAD_REACH_MS,
      ),
      playhead,
    ),
  );
  /** A Set that keeps its identity while its members do not change: a scrub re-renders less. */
  const stable = () => {
    let last: ReadonlySet<string> = new Set();
    return (next: Set<string>) => {
      if (!sameSet(next, last)) last = next;
      return last;
    };
  };
  const keepLit = stable();
  const litSites = memoizeLast((filters: Filters, playhead: number) =>
    keepLit(new Set(playheadEvents(filters, playhead).at.flatMap((e) => e.places))),
  );
  const keepOngoing = stable();
  const ongoingSites = memoizeLast((filters: Filters, playhead: number) => {
    const lit = litSites(filters, playhead);
    const places = playheadEvents(filters, playhead).ongoing.flatMap((e) => e.places);
    return keepOngoing(new Set(places.filter((p) => !lit.has(p))));
  });
  return {
    filtered,
    shows: (filters, id) => {
      const event = model.index.byId.get(id);
      return !!event && holdsEvent(filtered(filters), event);
    },
    windowCounts: memoizeLast((filters: Filters, window: Interval) =>
      countByPlace(windowEvents(filters, window)),
    ),
    totals: memoizeLast((filters: Filters) =>
      isFiltering(filters) ? facetIndex.totals(filters, 'places') : allTotals(),
    ),
    playheadEvents,
    litSites,
    ongoingSites,
    facets: memoizeLast((filters: Filters) => facetIndex.counts(filters)),
    categories: memoizeLast(
      (filters: Filters) =>
        new Set(facetIndex.totals(filters, 'categories').keys()) as Set<Category>,
    ),
    // Keyed by the filtered index, not the filters: every empty filter set shares one histogram.
    histogram: (filters: Filters) => histogramOf(filtered(filters)),
    placeEvents: memoizeLast((filters: Filters, placeId: string | null) =>
      placeId ? filtered(filters).byStart.filter((e) => e.places.includes(placeId)) : [],
    ),
  };
}
