import { useId } from 'react';
import { isoDayToMs, msToIsoDay } from '../../domain/isoDate';
import { useI18n } from '../../i18n/useI18n';
import type { Interval } from '../../session/state';

const DAY = 86_400_000;

interface Props {
  window: Interval | null;
  extent: readonly [number, number];
  onWindow: (window: Interval | null) => void;
}

/**
 * The keyboard path to the brush: two date fields and a clear button. The window's end is
 * exclusive in the store and inclusive on screen.
 */
export function WindowControls({ window, extent, onWindow }: Props) {
  const id = useId();
  const { t, f } = useI18n();
  const min = msToIsoDay(extent[0]);
  const max = msToIsoDay(extent[1]);
  const from = window ? msToIsoDay(window[0]) : '';
  const to = window ? msToIsoDay(window[1] - DAY) : '';

  const update = (nextFrom: string, nextTo: string) => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(nextFrom) || !/^\d{4}-\d{2}-\d{2}$/.test(nextTo)) return;
    const a = isoDayToMs(nextFrom);
    const b = isoDayToMs(nextTo) + DAY;
    if (Number.isFinite(a) && Number.isFinite(b) && b > a) onWindow([a, b]);
  };

  return (
    <fieldset className="window-controls">
      <legend className="visually-hidden">{t.timeline.timeWindow}</legend>
      <label htmlFor={`${id}-from`}>{t.timeline.window}</label>
      <input
        id={`${id}-from`}
        type="date"
        aria-label={t.timeline.windowStart}
        min={min}
        max={max}
        value={from}
        onChange={(e) => update(e.target.value, to || max)}
      />
      <span aria-hidden="true">–</span>
      <input
        id={`${id}-to`}
        type="date"
        aria-label={t.timeline.windowEnd}
        min={min}
        max={max}
        value={to}
        onChange={(e) => update(from || min, e.target.value)}
      />
      {window ? (
        <button
          type="button"
          onClick={() => onWindow(null)}
          aria-label={t.timeline.clearWindow(f.day(window[0]), f.day(window[1] - DAY))}
        >
          {t.timeline.clear}
        </button>
      ) : (
        <span className="hint">{t.timeline.windowHint}</span>
      )}
    </fieldset>
  );
}
