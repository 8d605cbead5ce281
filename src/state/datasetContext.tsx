import { createContext, type ReactNode, useContext, useMemo } from 'react';
import type { Dataset, FronteraEvent, Place } from '../data/schema';
import { buildEventIndex, type EventIndex } from '../domain/eventIndex';
import { searchText } from '../domain/filters';
import { countByPlace } from '../domain/siteCounts';

/** The dataset plus indexes derived once per dataset (never per render or per scrub). */
export interface DatasetModel {
  dataset: Dataset;
  index: EventIndex<FronteraEvent>;
  placesById: ReadonlyMap<string, Place>;
  articlesById: ReadonlyMap<string, Dataset['articles'][number]>;
  /** Full extent the timeline can reach: every event, and at least 2016–2023. */
  extent: readonly [number, number];
  totalsByPlace: ReadonlyMap<string, number>;
  /** Folded search text per event id, built once. */
  searchTexts: ReadonlyMap<string, string>;
}

const DatasetContext = createContext<DatasetModel | null>(null);

const YEAR = 365.25 * 86_400_000;

export function buildDatasetModel(dataset: Dataset): DatasetModel {
  const index = buildEventIndex(dataset.events);
  let lo = Date.UTC(2016, 0, 1);
  let hi = Date.UTC(2024, 0, 1);
  for (const e of dataset.events) {
    lo = Math.min(lo, e.t0);
    hi = Math.max(hi, e.t1);
  }
  const placesById = new Map(dataset.places.map((p) => [p.id, p]));
  return {
    dataset,
    index,
    placesById,
    searchTexts: new Map(
      dataset.events.map((e) => [e.id, searchText(e, (id) => placesById.get(id)?.name)]),
    ),
    articlesById: new Map(dataset.articles.map((a) => [a.id, a])),
    extent: [lo - YEAR / 4, hi + YEAR / 4],
    totalsByPlace: countByPlace(dataset.events),
  };
}

export function DatasetProvider({ dataset, children }: { dataset: Dataset; children: ReactNode }) {
  const model = useMemo(() => buildDatasetModel(dataset), [dataset]);
  return <DatasetContext.Provider value={model}>{children}</DatasetContext.Provider>;
}

export function useDatasetModel(): DatasetModel {
  const model = useContext(DatasetContext);
  if (!model) throw new Error('useDatasetModel must be used inside <DatasetProvider>');
  return model;
}
