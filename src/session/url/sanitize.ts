/**
 * A URL may name ids the dataset does not hold (an old link, a typo). Drop them with a
 * warning once the dataset is known, instead of showing an empty or broken view.
 */
import type { Dataset } from '../../data/schema';
import type { FacetKey, Filters } from '../../domain/filters';
import type { UrlState } from './table';

export function sanitizeAgainstDataset(
  s: Pick<UrlState, 'selectedEventId' | 'selectedPlaceId' | 'filters'>,
  dataset: Dataset,
): { patch: Partial<UrlState>; warnings: string[] } {
  const warnings: string[] = [];
  const patch: Partial<UrlState> = {};
  const events = new Set(dataset.events.map((e) => e.id));
  const places = new Set(dataset.places.map((p) => p.id));
  const known: Record<FacetKey, Set<string>> = {
    us: new Set(dataset.administrations.filter((a) => a.country === 'US').map((a) => a.id)),
    mx: new Set(dataset.administrations.filter((a) => a.country === 'MX').map((a) => a.id)),
    categories: new Set(dataset.events.map((e) => e.category)),
    articles: new Set(dataset.articles.map((a) => a.id)),
    places,
    actors: new Set(dataset.events.flatMap((e) => e.actors)),
  };
  if (s.selectedEventId && !events.has(s.selectedEventId)) {
    warnings.push(`no event "${s.selectedEventId}" in this dataset`);
    patch.selectedEventId = null;
  }
  if (s.selectedPlaceId && !places.has(s.selectedPlaceId)) {
    warnings.push(`no site "${s.selectedPlaceId}" in this dataset`);
    patch.selectedPlaceId = null;
  }
  let filters: Filters = s.filters;
  for (const key of Object.keys(known) as FacetKey[]) {
    const values = s.filters[key] as readonly string[];
    const kept = values.filter((v) => known[key].has(v));
    if (kept.length !== values.length) {
      warnings.push(
        `unknown ${key} filter value(s) ignored: ${values.filter((v) => !known[key].has(v)).join(', ')}`,
      );
      filters = { ...filters, [key]: kept };
    }
  }
  if (filters !== s.filters) patch.filters = filters;
  return { patch, warnings };
}
