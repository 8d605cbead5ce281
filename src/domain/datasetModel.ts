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
import { actorNamer, datasetLanguages, localizeDataset } from './localizeDataset';

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
}

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
    articlesById: new Map(dataset.articles.map((a) => [a.id, a])),
    adminsById: new Map(dataset.administrations.map((a) => [a.id, a])),
    narrativesById: new Map(dataset.narratives.map((n) => [n.id, n])),
    searchTexts: lazySearchTexts(dataset),
    extent: [lo - YEAR / 4, hi + YEAR / 4],
  };
}

/**
 * Search reads every language the dataset has, so the index is the same whatever the reader's
 * language ("muro" and "wall" both find the wall). Folding every event's text costs a third of a
 * second at 100,000 events: wait for a search.
 */
function lazySearchTexts(dataset: Dataset): SearchTexts {
  let texts: Map<string, string> | null = null;
  const build = () => {
    const out = new Map<string, string>();
    for (const lang of datasetLanguages(dataset)) {
      const local = localizeDataset(dataset, lang);
      const names = new Map(local.places.map((p) => [p.id, p.name]));
      for (const e of local.events) {
        const text = searchText(e, (id) => names.get(id), actorNamer(dataset, lang));
        const before = out.get(e.id);
        out.set(e.id, before === undefined || before === text ? text : `${before} ${text}`);
      }
    }
    return out;
  };
  return {
    get(id) {
      texts ??= build();
      return texts.get(id);
    },
  };
}

const inLanguage = new WeakMap<Dataset, Map<string, DatasetModel>>();

/**
 * The model with its texts in `lang`, for exports that write words (a PNG slide, a deck): built
 * when asked and kept, never used for the live views, which read texts through the text layer.
 */
export function modelIn(model: DatasetModel, lang: string): DatasetModel {
  const local = localizeDataset(model.dataset, lang);
  if (local === model.dataset) return model;
  let perLang = inLanguage.get(model.dataset);
  if (!perLang) {
    perLang = new Map();
    inLanguage.set(model.dataset, perLang);
  }
  const hit = perLang.get(lang) ?? buildDatasetModel(local);
  perLang.set(lang, hit);
  return hit;
}
