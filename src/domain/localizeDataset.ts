/**
 * The dataset in a reader's language: every translatable text (src/data/translations.ts) swapped
 * for its translation where one exists, the English kept where none does. Ids, dates, bounds,
 * quotes, excerpts, actors and every other field are the same values as in the base.
 */
import type {
  Administration,
  Dataset,
  FronteraEvent,
  LanguageTexts,
  Narrative,
  Place,
} from '../data/schema';
import {
  administrationTexts,
  BASE_LANGUAGE,
  eventTexts,
  narrativeTexts,
  placeTexts,
  type TextField,
  type TranslatableKind,
} from '../data/translations';

/** Languages a dataset can be shown in: the base, then those with compiled texts. */
export function datasetLanguages(dataset: Dataset): string[] {
  return [BASE_LANGUAGE, ...Object.keys(dataset.translations ?? {})];
}

/** A copy of `value` with `text` at `path`, sharing every untouched branch. */
function setAt<T>(value: T, path: readonly (string | number)[], text: string): T {
  const [head, ...rest] = path;
  if (head === undefined) return text as T;
  if (Array.isArray(value)) {
    const copy = value.slice();
    copy[head as number] = setAt(copy[head as number], rest, text);
    return copy as T;
  }
  const obj = value as Record<string, unknown>;
  return { ...obj, [head]: setAt(obj[head], rest, text) } as T;
}

/** One record with its texts replaced; the same object when it has no translation. */
function localizeRecord<T extends { id: string }>(
  record: T,
  texts: Readonly<Record<string, string>> | undefined,
  fields: (r: T) => TextField[],
): T {
  if (!texts) return record;
  let out = record;
  for (const f of fields(record)) {
    const text = texts[f.key];
    if (text !== undefined && text !== f.text) out = setAt(out, f.at, text);
  }
  return out;
}

function localizeArray<T extends { id: string }>(
  records: T[],
  byId: LanguageTexts[TranslatableKind],
  fields: (r: T) => TextField[],
): T[] {
  let changed = false;
  const out = records.map((r) => {
    const l = localizeRecord(r, byId[r.id], fields);
    if (l !== r) changed = true;
    return l;
  });
  return changed ? out : records;
}

/** Localized datasets per base dataset and language, with the texts they were made from. */
const cache = new WeakMap<Dataset, Map<string, { texts: LanguageTexts; localized: Dataset }>>();
/** The base each localized dataset was made from, so localizing one again starts from English. */
const baseOf = new WeakMap<Dataset, Dataset>();

/**
 * `dataset` in `lang`. Pure and memoised: the same dataset and language give the same object,
 * so it can feed memoised selectors. The base language, a language the dataset has no texts
 * for, and a dataset with no translations (an imported file) give the base dataset itself.
 * A localized dataset can be passed back in: it is localized from its base. `loaded` gives the
 * language's texts when they come in a file of their own (the built-in dataset's).
 */
export function localizeDataset(dataset: Dataset, lang: string, loaded?: LanguageTexts): Dataset {
  const base = baseOf.get(dataset) ?? dataset;
  const texts = lang === BASE_LANGUAGE ? undefined : (loaded ?? base.translations?.[lang]);
  if (!texts) return base;
  let perLang = cache.get(base);
  if (!perLang) {
    perLang = new Map();
    cache.set(base, perLang);
  }
  const hit = perLang.get(lang);
  if (hit?.texts === texts) return hit.localized;
  const localized: Dataset = {
    ...base,
    administrations: localizeArray(
      base.administrations,
      texts.administrations,
      administrationTexts,
    ),
    places: localizeArray(base.places, texts.places, placeTexts),
    events: localizeArray(base.events, texts.events, eventTexts),
    narratives: localizeArray(base.narratives, texts.narratives, narrativeTexts),
  };
  perLang.set(lang, { texts, localized });
  baseOf.set(localized, base);
  return localized;
}

/**
 * Actor names in `lang` (the dataset's glossary), the English name where it has none. Actors stay
 * English in the events themselves: they are the filter's values, the same in every language.
 */
export function actorNamer(
  dataset: Dataset,
  lang: string,
  loaded?: LanguageTexts,
): (actor: string) => string {
  const base = baseOf.get(dataset) ?? dataset;
  const names = lang === BASE_LANGUAGE ? undefined : (loaded ?? base.translations?.[lang])?.actors;
  return names ? (actor) => names[actor] ?? actor : (actor) => actor;
}

/** A dataset's records in one language, looked up by the base records' ids. */
export interface DatasetTexts {
  /** The whole dataset in this language (for exports that write words). */
  dataset: Dataset;
  /** This language's texts as the dataset carries or loaded them; undefined for the base. */
  translation: LanguageTexts | undefined;
  event: (e: FronteraEvent) => FronteraEvent;
  place: (p: Place) => Place;
  /** A place's name by id; the id itself when the dataset has no such place. */
  placeName: (id: string) => string;
  narrative: (n: Narrative) => Narrative;
  administration: (a: Administration) => Administration;
  /** An actor's name (actors stay English in the events: they are the filter's values). */
  actorName: (actor: string) => string;
}

const textsCache = new WeakMap<Dataset, Map<string, { local: Dataset; texts: DatasetTexts }>>();

function lookup<T extends { id: string }>(records: readonly T[]): (r: T) => T {
  const byId = new Map(records.map((r) => [r.id, r]));
  return (r) => byId.get(r.id) ?? r;
}

/**
 * The texts of `dataset` in `lang`, for views that hold base records (the model is built once,
 * in the base language): `texts.event(e).title` is the title in the reader's language.
 */
export function datasetTexts(dataset: Dataset, lang: string, loaded?: LanguageTexts): DatasetTexts {
  let perLang = textsCache.get(dataset);
  if (!perLang) {
    perLang = new Map();
    textsCache.set(dataset, perLang);
  }
  const local = localizeDataset(dataset, lang, loaded);
  const hit = perLang.get(lang);
  if (hit?.local === local) return hit.texts;
  const place = lookup(local.places);
  const names = new Map(local.places.map((p) => [p.id, p.name]));
  const texts: DatasetTexts = {
    dataset: local,
    translation: lang === BASE_LANGUAGE ? undefined : (loaded ?? dataset.translations?.[lang]),
    event: local === dataset ? (e) => e : lookup(local.events),
    place: local === dataset ? (p) => p : place,
    placeName: (id) => names.get(id) ?? id,
    narrative: local === dataset ? (n) => n : lookup(local.narratives),
    administration: local === dataset ? (a) => a : lookup(local.administrations),
    actorName: actorNamer(dataset, lang, loaded),
  };
  perLang.set(lang, { local, texts });
  return texts;
}
