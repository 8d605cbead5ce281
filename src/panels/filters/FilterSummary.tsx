import { useMemo } from 'react';
import { FACET_KEYS, isFiltering } from '../../domain/filters';
import { useDatasetModel } from '../../state/datasetContext';
import { useStore } from '../../state/store';
import { useFilteredIndex } from '../../state/useDerived';
import { useFilterLabels } from './useFilterLabels';

/** "23 of 82 events · Trump · Peña Nieto" and one control that clears everything. */
export function FilterSummary({ clearable = true }: { clearable?: boolean }) {
  const { dataset } = useDatasetModel();
  const filters = useStore((s) => s.filters);
  const clear = useStore((s) => s.clearFilters);
  const shown = useFilteredIndex().byStart.length;
  const label = useFilterLabels();
  const parts = useMemo(() => {
    const out = FACET_KEYS.flatMap((k) =>
      (filters[k] as readonly string[]).map((v) => label(k, v)),
    );
    if (filters.query.trim()) out.push(label('query', filters.query.trim()));
    return out;
  }, [filters, label]);
  const text = `${shown} of ${dataset.events.length} events${parts.length ? ` · ${parts.join(' · ')}` : ''}`;

  return (
    <p className="filter-summary" aria-live="polite">
      <span data-testid="filter-summary" title={text}>
        <strong>
          {shown} of {dataset.events.length} events
        </strong>
        {parts.length > 0 && ` · ${parts.join(' · ')}`}
      </span>
      {clearable && isFiltering(filters) && (
        <button type="button" className="clear-all" onClick={clear}>
          Clear all<span className="wide-only"> filters</span>
        </button>
      )}
    </p>
  );
}
