import { useMemo } from 'react';
import { FACET_KEYS, isFiltering } from '../../domain/filters';
import { useDatasetModel } from '../../state/datasetContext';
import { useStore } from '../../state/store';
import { useFilteredIndex } from '../../state/useDerived';
import { CATEGORY_LABEL } from '../../ui/labels';

/** "23 of 82 events · Trump · Peña Nieto" and one control that clears everything. */
export function FilterSummary({ clearable = true }: { clearable?: boolean }) {
  const { dataset, placesById, articlesById } = useDatasetModel();
  const filters = useStore((s) => s.filters);
  const clear = useStore((s) => s.clearFilters);
  const shown = useFilteredIndex().byStart.length;
  const parts = useMemo(() => {
    const admin = new Map(dataset.administrations.map((a) => [a.id, a.short]));
    const label: Record<(typeof FACET_KEYS)[number], (v: string) => string> = {
      us: (v) => admin.get(v) ?? v,
      mx: (v) => admin.get(v) ?? v,
      categories: (v) => CATEGORY_LABEL[v as keyof typeof CATEGORY_LABEL] ?? v,
      articles: (v) => `source ${articlesById.get(v)?.published.slice(0, 4) ?? v}`,
      places: (v) => placesById.get(v)?.name ?? v,
      actors: (v) => v,
    };
    const out = FACET_KEYS.flatMap((k) =>
      (filters[k] as readonly string[]).map((v) => label[k](v)),
    );
    if (filters.query.trim()) out.push(`“${filters.query.trim()}”`);
    return out;
  }, [dataset, filters, placesById, articlesById]);

  return (
    <p className="filter-summary" aria-live="polite">
      <span data-testid="filter-summary">
        <strong>
          {shown} of {dataset.events.length} events
        </strong>
        {parts.length > 0 && ` · ${parts.join(' · ')}`}
      </span>
      {clearable && isFiltering(filters) && (
        <button type="button" className="clear-all" onClick={clear}>
          Clear all filters
        </button>
      )}
    </p>
  );
}
