import { useMemo } from 'react';
import type { FacetKey } from '../../../domain/filters';
import { useI18n } from '../../../i18n/useI18n';
import { useDatasetModel } from '../../../session/datasetContext';

/** How a filter value reads to people: "Trump", "Violence", "source 2019", "“tear gas”". */
export function useFilterLabels(): (key: FacetKey | 'query', value: string) => string {
  const { adminsById, placesById, articlesById, actorName } = useDatasetModel();
  const { t } = useI18n();
  return useMemo(() => {
    const label: Record<FacetKey | 'query', (v: string) => string> = {
      us: (v) => adminsById.get(v)?.short ?? v,
      mx: (v) => adminsById.get(v)?.short ?? v,
      categories: (v) => t.categories[v as keyof typeof t.categories] ?? v,
      articles: (v) => t.filters.sourceYear(articlesById.get(v)?.published.slice(0, 4) ?? v),
      places: (v) => placesById.get(v)?.name ?? v,
      actors: actorName,
      query: (v) => `“${v}”`,
    };
    return (key, value) => label[key](value);
  }, [adminsById, placesById, articlesById, actorName, t]);
}
