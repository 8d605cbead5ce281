import { useMemo } from 'react';
import type { FacetKey } from '../../domain/filters';
import { useDatasetModel } from '../../state/datasetContext';
import { CATEGORY_LABEL } from '../../ui/labels';

/** How a filter value reads to people: "Trump", "Violence", "source 2019", "“tear gas”". */
export function useFilterLabels(): (key: FacetKey | 'query', value: string) => string {
  const { adminsById, placesById, articlesById } = useDatasetModel();
  return useMemo(() => {
    const label: Record<FacetKey | 'query', (v: string) => string> = {
      us: (v) => adminsById.get(v)?.short ?? v,
      mx: (v) => adminsById.get(v)?.short ?? v,
      categories: (v) => CATEGORY_LABEL[v as keyof typeof CATEGORY_LABEL] ?? v,
      articles: (v) => `source ${articlesById.get(v)?.published.slice(0, 4) ?? v}`,
      places: (v) => placesById.get(v)?.name ?? v,
      actors: (v) => v,
      query: (v) => `“${v}”`,
    };
    return (key, value) => label[key](value);
  }, [adminsById, placesById, articlesById]);
}
