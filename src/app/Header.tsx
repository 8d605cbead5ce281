import { useId, useState } from 'react';
import { SnapshotButton } from '../embed/SnapshotButton';
import { FilterPanel } from '../panels/filters/FilterPanel';
import { FilterSummary } from '../panels/filters/FilterSummary';
import { useDatasetModel } from '../state/datasetContext';
import { useStore } from '../state/store';
import { DatasetSummary } from './DatasetSummary';

interface Props {
  /** Embed mode: title and summary only. */
  compact?: boolean;
  /** false in a locked embed: no filter changes. */
  controls?: boolean;
  onShare?: () => void;
  onAbout?: () => void;
  onStory?: () => void;
}

/** Title, dataset summary, the one-line filter summary and the collapsible filter panel. */
export function Header({ compact = false, controls = true, onShare, onStory, onAbout }: Props) {
  const { dataset } = useDatasetModel();
  const panelId = useId();
  const [open, setOpen] = useState(false);
  const active = useStore(
    (s) =>
      s.filters.us.length +
      s.filters.mx.length +
      s.filters.categories.length +
      s.filters.articles.length +
      s.filters.places.length +
      s.filters.actors.length +
      (s.filters.query.trim() ? 1 : 0),
  );
  return (
    <header className="app-header">
      <div className="header-row">
        <h1>Frontera</h1>
        <p className="tagline">US–Mexico border enforcement, 2016–2023</p>
        {!compact && <DatasetSummary dataset={dataset} />}
      </div>
      <div className="header-row">
        {controls && (
          <button
            type="button"
            className="filters-toggle"
            aria-expanded={open}
            aria-controls={panelId}
            onClick={() => setOpen(!open)}
          >
            Filters{active ? ` (${active})` : ''} {open ? '▴' : '▾'}
          </button>
        )}
        <FilterSummary clearable={controls} />
        {!compact && (
          <span className="header-actions">
            {onStory && (
              <button type="button" onClick={onStory}>
                ▶ Story mode
              </button>
            )}
            <SnapshotButton />
            {onAbout && (
              <button type="button" onClick={onAbout}>
                About the data
              </button>
            )}
            {onShare && (
              <button type="button" onClick={onShare}>
                Share / Embed
              </button>
            )}
          </span>
        )}
      </div>
      {open && controls && <FilterPanel id={panelId} />}
    </header>
  );
}
