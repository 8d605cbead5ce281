import type { ReactNode } from 'react';
import { useFullI18n } from '../../../i18n/useI18n';

export interface ToggleOption {
  value: string;
  label: string;
  count: number;
  /** Optional swatch drawn beside the label (never the only cue: the label is always there). */
  swatch?: string;
  /** The label's language when it is not the page's (an article title is cited in English). */
  lang?: string;
}

interface Props {
  legend: ReactNode;
  options: readonly ToggleOption[];
  selected: readonly string[];
  onToggle: (value: string) => void;
  /** What the choice means, said under the buttons. */
  note?: ReactNode;
}

/** A row of pressed/unpressed buttons with live counts; values with no events are disabled. */
export function ToggleGroup({ legend, options, selected, onToggle, note }: Props) {
  const { t, f } = useFullI18n();
  return (
    <fieldset className="toggle-group">
      <legend>{legend}</legend>
      <div className="toggle-row">
        {options.map((o) => {
          const pressed = selected.includes(o.value);
          return (
            <button
              key={o.value}
              type="button"
              className="toggle"
              aria-pressed={pressed}
              disabled={o.count === 0 && !pressed}
              onClick={() => onToggle(o.value)}
            >
              {o.swatch && (
                <i className="swatch" style={{ background: o.swatch }} aria-hidden="true" />
              )}
              <span>{o.label}</span>
              <span className="toggle-count">
                {o.count}
                <span className="visually-hidden">
                  {f.plural(o.count, t.filterPanel.eventCount)}
                </span>
              </span>
            </button>
          );
        })}
      </div>
      {note}
    </fieldset>
  );
}
