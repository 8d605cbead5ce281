import { type Ref, useState } from 'react';
import { useI18n } from '../../i18n/useI18n';

/**
 * The basemap credit, in the reader's language: open on a wide map, folded behind an ⓘ button on
 * a narrow one so it never covers the legend.
 */
export function MapCredit({ narrow, ref }: { narrow: boolean; ref?: Ref<HTMLDivElement> }) {
  const { t } = useI18n();
  const [open, setOpen] = useState<boolean | null>(null);
  const shown = open ?? !narrow;
  return (
    <div ref={ref} className={`map-credit${shown ? ' open' : ''}`}>
      {shown && <span className="map-credit-text">{t.map.attribution}</span>}
      <button
        type="button"
        aria-expanded={shown}
        aria-label={shown ? t.map.hideCredit : t.map.showCredit}
        onClick={() => setOpen(!shown)}
      >
        {/* Drawn, not a character: the bundled font has no ⓘ. */}
        <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
          <circle cx="8" cy="8" r="7" fill="none" stroke="currentColor" strokeWidth="1.3" />
          <circle cx="8" cy="4.8" r="1" fill="currentColor" />
          <path d="M8,7 V11.8" stroke="currentColor" strokeWidth="1.6" />
        </svg>
      </button>
    </div>
  );
}
