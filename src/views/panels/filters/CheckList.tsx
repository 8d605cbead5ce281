import { useId, useState } from 'react';
import { foldText } from '../../../domain/filters';
import { useFullI18n } from '../../../i18n/useI18n';
import type { ToggleOption } from './ToggleGroup';

interface Props {
  legend: string;
  options: readonly ToggleOption[];
  selected: readonly string[];
  onToggle: (value: string) => void;
  /** Show a box to narrow long lists (actors). */
  searchable?: boolean;
}

/** A collapsible list of checkboxes with counts, for facets with many values. */
export function CheckList({ legend, options, selected, onToggle, searchable }: Props) {
  const { t } = useFullI18n();
  const id = useId();
  const [needle, setNeedle] = useState('');
  const folded = foldText(needle);
  const shown = folded ? options.filter((o) => foldText(o.label).includes(folded)) : options;
  return (
    <details className="check-list">
      <summary>
        {legend}
        {selected.length > 0 && (
          <span className="badge">{t.filterPanel.chosen(selected.length)}</span>
        )}
      </summary>
      <fieldset>
        <legend className="visually-hidden">{legend}</legend>
        {searchable && (
          <input
            type="search"
            className="check-list-search"
            aria-label={t.filterPanel.findIn(legend.toLowerCase())}
            placeholder={t.filterPanel.findPlaceholder(legend.toLowerCase())}
            value={needle}
            onChange={(e) => setNeedle(e.target.value)}
          />
        )}
        <ul>
          {shown.map((o, i) => (
            <li key={o.value}>
              <input
                type="checkbox"
                id={`${id}-${i}`}
                checked={selected.includes(o.value)}
                disabled={o.count === 0 && !selected.includes(o.value)}
                onChange={() => onToggle(o.value)}
              />
              <label htmlFor={`${id}-${i}`}>
                {o.lang ? <span lang={o.lang}>{o.label}</span> : o.label}{' '}
                <span className="toggle-count">{o.count}</span>
              </label>
            </li>
          ))}
          {shown.length === 0 && <li className="muted">{t.filterPanel.noMatch}</li>}
        </ul>
      </fieldset>
    </details>
  );
}
