import { useQuery } from '@tanstack/react-query';
import { datasetQuery } from '../data/queries';
import { useApplyLang } from '../i18n/useI18n';
import type { UrlSync } from '../state/urlSync';
import { ErrorPanel } from './ErrorPanel';
import { Explorer } from './Explorer';
import { Loading } from './Loading';

/** Loading boundary: the explorer only ever sees a validated dataset. */
export function App({ datasetUrl, urlSync }: { datasetUrl?: string; urlSync?: UrlSync }) {
  useApplyLang();
  const query = useQuery(datasetQuery(datasetUrl));
  const retry = () => void query.refetch({ cancelRefetch: true });
  if (query.isPending) return <Loading onRetry={retry} />;
  if (query.isError) return <ErrorPanel error={query.error} onRetry={retry} />;
  return <Explorer dataset={query.data} {...(urlSync ? { urlSync } : {})} />;
}
