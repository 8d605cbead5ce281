import type { Dataset } from '../data/schema';
import { MapView } from '../map/MapView';
import { SidePanel } from '../panels/SidePanel';
import { DatasetProvider } from '../state/datasetContext';
import { useStore } from '../state/store';
import { Timeline } from '../timeline/Timeline';
import { Header } from './Header';
import { UrlBootstrap } from './UrlBootstrap';

/** The linked explorer: map and side panel above, the timeline across the bottom. */
export function Explorer({ dataset }: { dataset: Dataset }) {
  const filters = useStore((s) => s.filters);

  return (
    <DatasetProvider dataset={dataset}>
      <UrlBootstrap />
      <div className="explorer">
        <a className="skip-link" href="#timeline">
          Skip to timeline
        </a>
        <Header />
        <main className="explorer-main">
          <MapView />
          <SidePanel />
          <div id="timeline" className="timeline-area">
            <Timeline
              onAdministration={(a) =>
                useStore.getState().toggleFacet(a.country === 'US' ? 'us' : 'mx', a.id)
              }
              isAdministrationActive={(a) =>
                (a.country === 'US' ? filters.us : filters.mx).includes(a.id)
              }
            />
          </div>
        </main>
      </div>
    </DatasetProvider>
  );
}
