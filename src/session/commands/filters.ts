/**
 * Filters and search. Every change goes through `withFilters`, the one home of what a filter
 * change implies for the rest of the session: an event the filters hide has its card closed and
 * its tooltip dropped, so no view shows an event the others no longer do.
 */
import type { DerivedModel } from '../../domain/derivedModel';
import { EMPTY_FILTERS, type FacetKey, type Filters, withoutValue } from '../../domain/filters';
import type { Patch, SessionState } from '../state';

export function withFilters(derived: DerivedModel, s: SessionState, filters: Filters): Patch {
  if (filters === s.filters) return {};
  const patch: Patch = { filters };
  if (s.selectedEventId && !derived.shows(filters, s.selectedEventId)) patch.selectedEventId = null;
  if (s.hoveredEventId && !derived.shows(filters, s.hoveredEventId)) patch.hoveredEventId = null;
  return patch;
}

/** Add or remove one value of a facet. */
export function toggleFacet(
  derived: DerivedModel,
  s: SessionState,
  key: FacetKey,
  value: string,
): Patch {
  const current: readonly string[] = s.filters[key];
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  return withFilters(derived, s, { ...s.filters, [key]: next });
}

/** Make a facet exactly these values. */
export const setFacet = (
  derived: DerivedModel,
  s: SessionState,
  key: FacetKey,
  values: readonly string[],
): Patch => withFilters(derived, s, { ...s.filters, [key]: [...new Set(values)] });

export const setQuery = (derived: DerivedModel, s: SessionState, query: string): Patch =>
  query === s.filters.query ? {} : withFilters(derived, s, { ...s.filters, query });

/** Take one value (or the search) away: the "no results" panel's suggestions. */
export const removeFilterValue = (
  derived: DerivedModel,
  s: SessionState,
  key: FacetKey | 'query',
  value: string,
): Patch => withFilters(derived, s, withoutValue(s.filters, key, value));

export const clearFilters = (derived: DerivedModel, s: SessionState): Patch =>
  withFilters(derived, s, EMPTY_FILTERS);
