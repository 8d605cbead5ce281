/** The reference an import leans on, taken from the built-in dataset. */
import type { Dataset } from '../data/schema';
import type { Reference } from './types';

/** Gazetteer, presidencies and the places' names in other languages (as aliases). */
export function referenceOf(dataset: Dataset): Reference {
  const aliases: Record<string, string[]> = {};
  for (const texts of Object.values(dataset.translations ?? {}))
    for (const [id, fields] of Object.entries(texts.places)) {
      const name = fields.name;
      if (!name) continue;
      const list = aliases[id] ?? [];
      list.push(name);
      aliases[id] = list;
    }
  return { places: dataset.places, administrations: dataset.administrations, aliases };
}
