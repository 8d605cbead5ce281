import { useMemo } from 'react';
import { FACET_KEYS, isFiltering } from '../../../domain/filters';
import { useI18n } from '../../../i18n/useI18n';
import { useFilteredIndex } from '../../../session/derived';
import { useActions, useDatasetModel, useViewFilters } from '../../../session/hooks';
import { useFilterLabels } from './useFilterLabels';

/**
 * "23 of 82 events · Trump · Peña Nieto" and one control that clears everything. The count is
 * never cut; where the row is short, whole filter names give way (the Filters button says how
 * many are on, the title and the panel say which), never half a word.
 */
export function FilterSummary({ clearable = true }: { clearable?: boolean }) {
  const { dataset } = useDatasetModel();
  const filters = useViewFilters();
  const { clearFilters: clear } = useActions();
  const shown = useFilteredIndex().byStart.length;
  const label = useFilterLabels();
  const { t } = useI18n();
  const count = t.filters.shown(shown, dataset.events.length);
  const parts = useMemo(() => {
    const out = FACET_KEYS.flatMap((k) =>
      (filters[k] as readonly string[]).map((v) => label(k, v)),
    );
    if (filters.query.trim()) out.push(label('query', filters.query.trim()));
    return out;
  }, [filters, label]);
  const text = `${count}${parts.length ? ` · ${parts.join(' · ')}` : ''}`;

  return (
    <p
      className={`filter-summary${isFiltering(filters) ? ' is-filtering' : ''}`}
      aria-live="polite"
    >
      <span data-testid="filter-summary" className="summary-text" title={text}>
        <strong>{count}</strong>
        {parts.length > 0 && (
          <span className="summary-parts">
            {parts.map((p) => (
              <span key={p}> · {p}</span>
            ))}
          </span>
        )}
      </span>
      {clearable && isFiltering(filters) && (
        <button type="button" className="clear-all" onClick={clear}>
          {t.filters.clearAll}
          <span className="wide-only">{t.filters.clearAllWide}</span>
        </button>
      )}
    </p>
  );
}
