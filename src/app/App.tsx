import { useQuery } from '@tanstack/react-query';
import { datasetQuery } from '../data/queries';
import type { UrlSync } from '../state/urlSync';
import { ErrorPanel } from './ErrorPanel';
import { Explorer } from './Explorer';

/** Loading boundary: the explorer only ever sees a validated dataset. */
export function App({ datasetUrl, urlSync }: { datasetUrl?: string; urlSync?: UrlSync }) {
  const query = useQuery(datasetQuery(datasetUrl));
  if (query.isPending) {
    return (
      <main className="status-page" aria-busy="true">
        <p role="status">Loading the Frontera dataset…</p>
      </main>
    );
  }
  if (query.isError) {
    return <ErrorPanel error={query.error} onRetry={() => void query.refetch()} />;
  }
  return <Explorer dataset={query.data} {...(urlSync ? { urlSync } : {})} />;
}
