import { useMemo } from 'react';
import { detectLang } from '../i18n/lang';
import { I18nProvider } from '../i18n/useI18n';
import { LoadedFileProvider } from '../session/loadedFile';
import { useAddress } from '../session/url/address';
import { parseUrl } from '../session/url/table';
import { ThemeProvider } from '../ui/useTheme';
import { ErrorPanel } from './ErrorPanel';
import { Explorer } from './Explorer';
import { Loading } from './Loading';
import { useActiveDataset } from './useActiveDataset';
import { useDocumentTitle } from './useDocumentTitle';

interface Props {
  /** A dataset to show instead of what the address names (tests). */
  datasetUrl?: string;
  /** Follow and write the address bar: the app in a page of its own. */
  syncAddress?: boolean;
}

/**
 * Above any session: the address names the dataset, and the language and theme of the loading
 * and error screens. The explorer only ever sees a validated dataset.
 */
export function App({ datasetUrl, syncAddress = false }: Props) {
  const address = useAddress();
  const prefs = useMemo(() => parseUrl(syncAddress ? address : '').state, [address, syncAddress]);
  return (
    <I18nProvider lang={prefs.lang ?? detectLang()}>
      <ThemeProvider setting={prefs.theme}>
        <LoadedFileProvider>
          <ActiveDataset dataUrl={datasetUrl ?? prefs.dataUrl} syncAddress={syncAddress} />
        </LoadedFileProvider>
      </ThemeProvider>
    </I18nProvider>
  );
}

function ActiveDataset({ dataUrl, syncAddress }: { dataUrl: string | null; syncAddress: boolean }) {
  const active = useActiveDataset(dataUrl);
  useDocumentTitle(active.status !== 'ready');
  if (active.status === 'pending') return <Loading onRetry={active.retry} />;
  if (active.status === 'error') return <ErrorPanel error={active.error} onRetry={active.retry} />;
  return <Explorer dataset={active.dataset} source={active.source} syncAddress={syncAddress} />;
}
