import { useMemo } from 'react';
import { relaxations } from '../../domain/filters';
import { useI18n } from '../../i18n/useI18n';
import { useActions, useDatasetModel, useViewFilters } from '../../session/hooks';
import { useFilterLabels } from './filters/useFilterLabels';

/** When nothing matches: which filter to remove, and how many events each removal brings back. */
export function NoResults() {
  const { dataset, searchTexts } = useDatasetModel();
  const filters = useViewFilters();
  const { clearFilters: clear, removeFilterValue } = useActions();
  const label = useFilterLabels();
  const { t } = useI18n();
  const options = useMemo(
    () => relaxations(dataset.events, filters, searchTexts),
    [dataset, filters, searchTexts],
  );
  return (
    <section className="no-results" aria-labelledby="no-results-title">
      <h2 id="no-results-title">{t.noResults.title}</h2>
      <p>{t.noResults.removeOne}</p>
      <ul>
        {options.map((o) => (
          <li key={`${o.key}:${o.value}`}>
            <button type="button" onClick={() => removeFilterValue(o.key, o.value)}>
              {t.noResults.remove(label(o.key, o.value))}{' '}
              <span className="muted">{t.noResults.brings(o.count)}</span>
            </button>
          </li>
        ))}
      </ul>
      <button type="button" onClick={clear}>
        {t.noResults.clearAll}
      </button>
    </section>
  );
}
