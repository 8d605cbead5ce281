import { type KeyboardEvent, lazy, Suspense, useId, useRef, useState } from 'react';
import { activeFilterCount } from '../domain/filters';
import { useI18n } from '../i18n/useI18n';
import { useSession } from '../session/hooks';
import { SnapshotButton } from '../views/embed/SnapshotButton';
import { FilterSummary } from '../views/panels/filters/FilterSummary';
import { DatasetSummary } from './DatasetSummary';
import { LanguageSwitch } from './LanguageSwitch';

// Loaded when the reader first opens it.
const FilterPanel = lazy(() =>
  import('../views/panels/filters/FilterPanel').then((m) => ({ default: m.FilterPanel })),
);

interface Props {
  /** Embed mode: title and summary only. */
  compact?: boolean;
  /** false in a locked embed: no filter changes. */
  controls?: boolean;
  onShare?: () => void;
  onStory?: () => void;
  onAbout?: () => void;
  onImport?: () => void;
}

/**
 * One row: the title and what the data covers, the filters (a panel that opens over the map, so
 * nothing below moves), the filter summary, and the tools.
 */
export function Header({
  compact = false,
  controls = true,
  onShare,
  onStory,
  onAbout,
  onImport,
}: Props) {
  const panelId = useId();
  const [open, setOpen] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  const active = useSession((s) => activeFilterCount(s.filters));
  const { t } = useI18n();
  const close = () => {
    setOpen(false);
    toggle.current?.focus();
  };
  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    if (e.key === 'Escape' && open) {
      e.stopPropagation();
      close();
    }
  };
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: Esc closes the filter panel from anywhere inside
    <header className="app-header" onKeyDown={onKeyDown}>
      <div className="brand">
        <h1>Frontera</h1>
        {!compact && <DatasetSummary />}
      </div>
      {controls && (
        <button
          ref={toggle}
          type="button"
          className="filters-toggle"
          aria-expanded={open}
          aria-controls={panelId}
          onClick={() => setOpen(!open)}
        >
          {t.header.filters}
          {active ? ` (${active})` : ''}{' '}
          <span className="filters-caret" aria-hidden="true">
            {open ? '▴' : '▾'}
          </span>
        </button>
      )}
      <FilterSummary clearable={controls} />
      {!compact && (
        <div className="header-actions">
          <LanguageSwitch />
          {onStory && (
            <button type="button" onClick={onStory}>
              <span aria-hidden="true">▶</span> {t.header.story}
              <span className="wide-only">{t.header.storyWide}</span>
            </button>
          )}
          <SnapshotButton />
          {onImport && (
            <button type="button" className="import-button" onClick={onImport}>
              {t.data.open}
            </button>
          )}
          {onAbout && (
            <button type="button" onClick={onAbout}>
              <span className="phone-hidden">{t.header.about}</span>
              <span className="phone-only">{t.header.aboutShort}</span>
            </button>
          )}
          {onShare && (
            <button type="button" onClick={onShare}>
              {t.header.share}
              <span className="wide-only">{t.header.shareWide}</span>
            </button>
          )}
        </div>
      )}
      {open && controls && (
        <Suspense fallback={null}>
          <FilterPanel id={panelId} onClose={close} />
        </Suspense>
      )}
    </header>
  );
}
