import { isoDayToMs, msToIsoDay } from '../../domain/isoDate';
import { useI18n } from '../../i18n/useI18n';
import type { Interval } from '../../session/state';
import { DateField } from './DateField';

const DAY = 86_400_000;

interface Props {
  window: Interval | null;
  extent: readonly [number, number];
  onWindow: (window: Interval | null) => void;
}

/**
 * The keyboard path to the brush: two date fields in the reader's language and a clear button.
 * The window's end is exclusive in the store and inclusive on screen.
 */
export function WindowControls({ window, extent, onWindow }: Props) {
  const { t, f } = useI18n();
  const min = msToIsoDay(extent[0]);
  const max = msToIsoDay(extent[1]);
  const from = window ? msToIsoDay(window[0]) : '';
  const to = window ? msToIsoDay(window[1] - DAY) : '';

  const update = (nextFrom: string, nextTo: string) => {
    const a = isoDayToMs(nextFrom);
    const b = isoDayToMs(nextTo) + DAY;
    if (Number.isFinite(a) && Number.isFinite(b) && b > a) onWindow([a, b]);
  };

  return (
    <fieldset className="window-controls">
      <legend className="visually-hidden">{t.timeline.timeWindow}</legend>
      <span aria-hidden="true" className="window-label">
        {t.timeline.window}
      </span>
      <DateField
        label={t.timeline.windowStart}
        min={min}
        max={max}
        value={from}
        onCommit={(day) => update(day, to && to >= day ? to : max)}
      />
      <span aria-hidden="true">–</span>
      <DateField
        label={t.timeline.windowEnd}
        min={min}
        max={max}
        value={to}
        onCommit={(day) => update(from && from <= day ? from : min, day)}
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
