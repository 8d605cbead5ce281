import { useMemo } from 'react';
import type { FacetKey } from '../../../domain/filters';
import { useI18n } from '../../../i18n/useI18n';
import { useDatasetModel } from '../../../session/hooks';
import { useTexts } from '../../../session/texts';

/** How a filter value reads to people: "Trump", "Violence", "source 2019", "“tear gas”". */
export function useFilterLabels(): (key: FacetKey | 'query', value: string) => string {
  const { adminsById, articlesById } = useDatasetModel();
  const { t } = useI18n();
  const texts = useTexts();
  return useMemo(() => {
    const admin = (v: string) => {
      const a = adminsById.get(v);
      return a ? texts.administration(a).short : v;
    };
    const label: Record<FacetKey | 'query', (v: string) => string> = {
      us: (v) => admin(v),
      mx: (v) => admin(v),
      categories: (v) => t.categories[v as keyof typeof t.categories] ?? v,
      articles: (v) => t.filters.sourceYear(articlesById.get(v)?.published.slice(0, 4) ?? v),
      places: (v) => texts.placeName(v),
      actors: (v) => texts.actorName(v),
      query: (v) => `“${v}”`,
    };
    return (key, value) => label[key](value);
  }, [adminsById, articlesById, t, texts]);
}
