/** The dataset plus indexes derived once per dataset (never per render or per scrub). */
import type {
  Administration,
  Article,
  Dataset,
  FronteraEvent,
  Narrative,
  Place,
} from '../data/schema';
import { buildEventIndex, type EventIndex } from './eventIndex';
import { type SearchTexts, searchText } from './filters';

export interface DatasetModel {
  dataset: Dataset;
  index: EventIndex<FronteraEvent>;
  placesById: ReadonlyMap<string, Place>;
  articlesById: ReadonlyMap<string, Article>;
  adminsById: ReadonlyMap<string, Administration>;
  narrativesById: ReadonlyMap<string, Narrative>;
  /** Full extent the timeline can reach: every event, and at least 2016–2023, with margins. */
  extent: readonly [number, number];
  /** Folded search text per event id, built on the first search (not on load). */
  searchTexts: SearchTexts;
  /** An actor's name in the reader's language (actors stay English in the events). */
  actorName: (actor: string) => string;
}

const YEAR = 365.25 * 86_400_000;

export function buildDatasetModel(
  dataset: Dataset,
  actorName: (actor: string) => string = (a) => a,
): DatasetModel {
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
    articlesById: new Map(dataset.articles.map((a) => [a.id, a])),
    adminsById: new Map(dataset.administrations.map((a) => [a.id, a])),
    narrativesById: new Map(dataset.narratives.map((n) => [n.id, n])),
    searchTexts: lazySearchTexts(dataset.events, (id) => placesById.get(id)?.name, actorName),
    extent: [lo - YEAR / 4, hi + YEAR / 4],
    actorName,
  };
}

/** Folding every event's text costs a third of a second at 100,000 events: wait for a search. */
function lazySearchTexts(
  events: readonly FronteraEvent[],
  placeName: (id: string) => string | undefined,
  actorName: (actor: string) => string,
): SearchTexts {
  let texts: Map<string, string> | null = null;
  return {
    get(id) {
      texts ??= new Map(events.map((e) => [e.id, searchText(e, placeName, actorName)]));
      return texts.get(id);
    },
  };
}
