import type { Ref } from 'react';
import { useI18n } from '../../i18n/useI18n';

interface Props {
  onZoom: (delta: 1 | -1) => void;
  onHome: () => void;
  ref?: Ref<HTMLFieldSetElement>;
}

/**
 * Zoom and the way back to the whole border, in the reader's language (MapLibre's own buttons
 * speak English only). The home view is where every border site is legible; distant sites stay
 * a chip away.
 */
export function MapControls({ onZoom, onHome, ref }: Props) {
  const { t } = useI18n();
  return (
    <fieldset ref={ref} className="map-controls">
      <legend className="visually-hidden">{t.map.viewControls}</legend>
      <button
        type="button"
        onClick={() => onZoom(1)}
        aria-label={t.map.zoomIn}
        title={t.map.zoomIn}
      >
        <span aria-hidden="true">+</span>
      </button>
      <button
        type="button"
        onClick={() => onZoom(-1)}
        aria-label={t.map.zoomOut}
        title={t.map.zoomOut}
      >
        <span aria-hidden="true">−</span>
      </button>
      <button type="button" className="map-home" onClick={onHome} title={t.map.home}>
        <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true">
          <path
            d="M1.5,7 L7,2 L12.5,7 M3.5,5.5 V12 H10.5 V5.5"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.6"
          />
        </svg>
        <span className="visually-hidden">{t.map.home}</span>
      </button>
    </fieldset>
  );
}
