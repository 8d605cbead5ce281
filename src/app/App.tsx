import { useQuery } from '@tanstack/react-query';
import { memo, useMemo, useRef } from 'react';
import { languageTextsQuery } from '../data/queries';
import { BASE_LANGUAGE } from '../data/translations';
import { detectLang, type Lang } from '../i18n/lang';
import { I18nProvider, useCatalogue } from '../i18n/useI18n';
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
  const lang = prefs.lang ?? detectLang();
  return (
    <I18nProvider lang={lang}>
      <ThemeProvider setting={prefs.theme}>
        <LoadedFileProvider>
          <ActiveDataset
            dataUrl={datasetUrl ?? prefs.dataUrl}
            syncAddress={syncAddress}
            lang={lang}
          />
        </LoadedFileProvider>
      </ThemeProvider>
    </I18nProvider>
  );
}

// Memo: the address changes with every filter and selection the session writes to it, and none
// of those concern this level (its props are what the address says about dataset and language).
const ActiveDataset = memo(function ActiveDataset({
  dataUrl,
  syncAddress,
  lang,
}: {
  dataUrl: string | null;
  syncAddress: boolean;
  lang: Lang;
}) {
  const active = useActiveDataset(dataUrl);
  useDocumentTitle(active.status !== 'ready');
  // The built-in dataset's texts in the reader's language, fetched beside it: the first frame
  // is in one language. A failure falls back to the base language's texts.
  const texts = useQuery({ ...languageTextsQuery(lang, BASE_LANGUAGE), enabled: !dataUrl });
  const catalogue = useCatalogue(lang);
  const waitForTexts =
    (active.status === 'ready' && active.source === 'builtin' && texts.isPending && !dataUrl) ||
    !catalogue.ready;
  // Only the first frame waits for its language: a later switch must never unmount the
  // explorer (that would start a new session, a new map): its texts arrive in place.
  const shown = useRef(false);
  if (active.status === 'pending') return <Loading onRetry={active.retry} />;
  if (waitForTexts && !shown.current) return <Loading onRetry={() => void texts.refetch()} />;
  if (active.status === 'error') return <ErrorPanel error={active.error} onRetry={active.retry} />;
  shown.current = true;
  return <Explorer dataset={active.dataset} source={active.source} syncAddress={syncAddress} />;
});
