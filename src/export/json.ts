/**
 * Events to a Frontera JSON file: the compiled format (what `public/data/frontera.json` holds and
 * the importer reads), cut down to the events shown and what they refer to, with a provenance
 * record saying where they were taken from.
 */
import { type Dataset, DatasetSchema, type FronteraEvent, type Provenance } from '../data/schema';

const keep = <T>(byId: Record<string, T>, ids: ReadonlySet<string>) =>
  Object.fromEntries(Object.entries(byId).filter(([id]) => ids.has(id)));

/**
 * `events` of `dataset` (base language) as a dataset of their own: the articles they cite, the
 * places they name, every administration, the stories all of whose steps are still there, and the
 * texts of every translation for them. Checked with the schema before it is returned.
 */
export function eventsToJson(
  dataset: Dataset,
  events: readonly FronteraEvent[],
  provenance: Provenance,
): Dataset {
  const ids = new Set(events.map((e) => e.id));
  const articleIds = new Set(events.flatMap((e) => e.sources.map((s) => s.article)));
  const placeIds = new Set(events.flatMap((e) => e.places));
  const narratives = dataset.narratives.filter((n) =>
    n.steps.every((s) => (!s.event || ids.has(s.event)) && (!s.place || placeIds.has(s.place))),
  );
  const storyIds = new Set(narratives.map((n) => n.id));
  const translations = dataset.translations
    ? Object.fromEntries(
        Object.entries(dataset.translations).map(([lang, t]) => [
          lang,
          {
            events: keep(t.events, ids),
            places: keep(t.places, placeIds),
            narratives: keep(t.narratives, storyIds),
            administrations: t.administrations,
          },
        ]),
      )
    : undefined;
  return DatasetSchema.parse({
    version: dataset.version,
    articles: dataset.articles.filter((a) => articleIds.has(a.id)),
    administrations: dataset.administrations,
    places: dataset.places.filter((p) => placeIds.has(p.id)),
    events,
    narratives,
    ...(translations ? { translations } : {}),
    provenance,
  });
}
