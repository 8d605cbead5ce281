import { useApplyLang } from '../i18n/useI18n';
import type { UrlSync } from '../session/urlSync';
import { ErrorPanel } from './ErrorPanel';
import { Explorer } from './Explorer';
import { Loading } from './Loading';
import { useActiveDataset } from './useActiveDataset';
import { useDocumentTitle } from './useDocumentTitle';

/** Loading boundary: the explorer only ever sees a validated dataset. */
export function App({ datasetUrl, urlSync }: { datasetUrl?: string; urlSync?: UrlSync }) {
  useApplyLang();
  const active = useActiveDataset(datasetUrl);
  useDocumentTitle(active.status !== 'ready');
  if (active.status === 'pending') return <Loading onRetry={active.retry} />;
  if (active.status === 'error') return <ErrorPanel error={active.error} onRetry={active.retry} />;
  return (
    <Explorer dataset={active.dataset} source={active.source} {...(urlSync ? { urlSync } : {})} />
  );
}
