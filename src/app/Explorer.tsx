import { useEffect } from 'react';
import type { Dataset } from '../data/schema';
import { MapView } from '../map/MapView';
import { SidePanel } from '../panels/SidePanel';
import { DatasetProvider } from '../state/datasetContext';
import { sanitizeAgainstDataset } from '../state/sanitizeAgainstDataset';
import { useStore } from '../state/store';
import { Timeline } from '../timeline/Timeline';
import { DatasetSummary } from './DatasetSummary';

/** The linked explorer: map and side panel above, the timeline across the bottom. */
export function Explorer({ dataset }: { dataset: Dataset }) {
  useEffect(() => {
    const { patch, warnings } = sanitizeAgainstDataset(useStore.getState(), dataset);
    for (const w of warnings) console.warn(`[frontera] URL: ${w}`);
    if (Object.keys(patch).length) useStore.setState(patch);
  }, [dataset]);

  return (
    <DatasetProvider dataset={dataset}>
      <div className="explorer">
        <a className="skip-link" href="#timeline">
          Skip to timeline
        </a>
        <header className="app-header">
          <h1>Frontera</h1>
          <p className="tagline">US–Mexico border enforcement, 2016–2023</p>
          <DatasetSummary dataset={dataset} />
        </header>
        <main className="explorer-main">
          <MapView />
          <SidePanel />
          <div id="timeline" className="timeline-area">
            <Timeline />
          </div>
        </main>
      </div>
    </DatasetProvider>
  );
}
