import { useI18n } from '../../i18n/useI18n';

interface Props {
  onZoom: (factor: number) => void;
  onReset: () => void;
  onShowAll: () => void;
}

/** On-screen zoom for people without a wheel or trackpad; + and − do the same from the keyboard. */
export function ZoomControls({ onZoom, onReset, onShowAll }: Props) {
  const { t } = useI18n();
  return (
    <fieldset className="zoom-controls">
      <legend className="visually-hidden">{t.timeline.zoom}</legend>
      <button
        type="button"
        onClick={() => onZoom(2)}
        aria-label={t.timeline.zoomIn}
        title={t.timeline.zoomInTitle}
      >
        +
      </button>
      <button
        type="button"
        onClick={() => onZoom(0.5)}
        aria-label={t.timeline.zoomOut}
        title={t.timeline.zoomOutTitle}
      >
        −
      </button>
      <button type="button" onClick={onReset} title={t.timeline.focusTitle}>
        2016–2023
      </button>
      <button type="button" onClick={onShowAll} title={t.timeline.allYearsTitle}>
        {t.timeline.allYears}
      </button>
    </fieldset>
  );
}
