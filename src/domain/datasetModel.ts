/** The dataset plus indexes derived once per dataset (never per render or per scrub). */
import type {
  Administration,
  Article,
  Dataset,
  FronteraEvent,
  LanguageTexts,
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
  searchTexts: SearchTexts & {
    /** A language whose texts came in a file of their own: search reads it too from now on. */
    addLanguage: (lang: string, texts: LanguageTexts) => void;
  };
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
 * Search reads every language the dataset has (or, for the built-in dataset, every language
 * loaded so far), so "muro" and "wall" both find the wall. Folding every event's text costs a third of a
 * second at 100,000 events: wait for a search.
 */
function lazySearchTexts(dataset: Dataset): DatasetModel['searchTexts'] {
  let texts: Map<string, string> | null = null;
  const loaded = new Map<string, LanguageTexts>();
  const build = () => {
    const out = new Map<string, string>();
    const langs = new Set([...datasetLanguages(dataset), ...loaded.keys()]);
    for (const lang of langs) {
      const local = localizeDataset(dataset, lang, loaded.get(lang));
      const names = new Map(local.places.map((p) => [p.id, p.name]));
      for (const e of local.events) {
        const text = searchText(
          e,
          (id) => names.get(id),
          actorNamer(dataset, lang, loaded.get(lang)),
        );
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
    addLanguage(lang, t) {
      if (loaded.get(lang) === t) return;
      loaded.set(lang, t);
      texts = null;
    },
  };
}

const inLanguage = new WeakMap<Dataset, DatasetModel>();

/**
 * The model of a dataset in the reader's language (the text layer's `texts.dataset`), for exports
 * that write words (a PNG slide, a deck): built when asked and kept, never used for the live
 * views, which read texts through the text layer.
 */
export function modelIn(model: DatasetModel, local: Dataset): DatasetModel {
  if (local === model.dataset) return model;
  const hit = inLanguage.get(local) ?? buildDatasetModel(local);
  inLanguage.set(local, hit);
  return hit;
}
