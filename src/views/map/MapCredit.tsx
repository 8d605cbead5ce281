import { useState } from 'react';
import { useI18n } from '../../i18n/useI18n';

/**
 * The basemap credit, in the reader's language: open on a wide map, folded behind an ⓘ button on
 * a narrow one so it never covers the legend.
 */
export function MapCredit({ narrow }: { narrow: boolean }) {
  const { t } = useI18n();
  const [open, setOpen] = useState<boolean | null>(null);
  const shown = open ?? !narrow;
  return (
    <div className={`map-credit${shown ? ' open' : ''}`}>
      {shown && <span className="map-credit-text">{t.map.attribution}</span>}
      <button
        type="button"
        aria-expanded={shown}
        aria-label={shown ? t.map.hideCredit : t.map.showCredit}
        onClick={() => setOpen(!shown)}
      >
        <span aria-hidden="true">ⓘ</span>
      </button>
    </div>
  );
}
