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
  // Built only for what the link names: at 100,000 events the full sets cost ~0.1 s per load.
  const known: Record<FacetKey, () => ReadonlySet<string>> = {
    us: () => adminIds(dataset, 'US'),
    mx: () => adminIds(dataset, 'MX'),
    categories: () => new Set(dataset.events.map((e) => e.category)),
    articles: () => new Set(dataset.articles.map((a) => a.id)),
    places: () => new Set(dataset.places.map((p) => p.id)),
    actors: () => new Set(dataset.events.flatMap((e) => e.actors)),
  };
  if (s.selectedEventId && !dataset.events.some((e) => e.id === s.selectedEventId)) {
    warnings.push(`no event "${s.selectedEventId}" in this dataset`);
    patch.selectedEventId = null;
  }
  if (s.selectedPlaceId && !dataset.places.some((p) => p.id === s.selectedPlaceId)) {
    warnings.push(`no site "${s.selectedPlaceId}" in this dataset`);
    patch.selectedPlaceId = null;
  }
  let filters: Filters = s.filters;
  for (const key of Object.keys(known) as FacetKey[]) {
    const values = s.filters[key] as readonly string[];
    if (values.length === 0) continue;
    const ids = known[key]();
    const kept = values.filter((v) => ids.has(v));
    if (kept.length !== values.length) {
      warnings.push(
        `unknown ${key} filter value(s) ignored: ${values.filter((v) => !ids.has(v)).join(', ')}`,
      );
      filters = { ...filters, [key]: kept };
    }
  }
  if (filters !== s.filters) patch.filters = filters;
  return { patch, warnings };
}

const adminIds = (dataset: Dataset, country: 'US' | 'MX') =>
  new Set(dataset.administrations.filter((a) => a.country === country).map((a) => a.id));
