import { useShallow } from 'zustand/shallow';
import { useDatasetModel } from '../state/datasetContext';
import { useStore } from '../state/store';
import { pickUrlState } from '../state/url';
import { appUrl } from './snippet';

/** Credit line naming the sources, and a way out to the full app at the same state. */
export function EmbedFooter() {
  const { dataset } = useDatasetModel();
  const state = useStore(useShallow(pickUrlState));
  const full = appUrl(window.location.href, state);
  const publishers = [...new Set(dataset.articles.map((a) => a.publisher))].join(', ');
  return (
    <footer className="embed-footer">
      <p>
        Frontera · events drawn from {dataset.articles.length} articles ({publishers},{' '}
        {dataset.articles[0]?.published.slice(0, 4)}–
        {dataset.articles.at(-1)?.published.slice(0, 4)}) · basemap Natural Earth
      </p>
      <a href={full} target="_blank" rel="noopener">
        Open the full app at this view ↗
      </a>
    </footer>
  );
}
