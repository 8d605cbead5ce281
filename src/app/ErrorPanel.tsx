import { lazy, Suspense } from 'react';
import { isBuiltinDataUrl } from '../data/builtinFiles';
import { DataLoadError, type LoadFailure } from '../data/fetchJson';
import type { CoreMessages as Messages } from '../i18n/en';
import { useI18n } from '../i18n/useI18n';
import { leaveDataUrl } from '../session/url/address';
import { ImportFailedError } from './useActiveDataset';

// Only a spreadsheet that failed its checks lists issues: loaded then.
const ImportIssues = lazy(() =>
  import('../views/panels/ImportIssues').then((m) => ({ default: m.ImportIssues })),
);

const ADVICE: Record<LoadFailure, (t: Messages) => string> = {
  network: (t) => t.error.network,
  timeout: (t) => t.error.timeout,
  missing: (t) => t.error.notFound,
  server: (t) => t.error.server,
  json: (t) => t.error.json,
  schema: (t) => t.error.schema,
};

/** Shown instead of the explorer when the dataset cannot be loaded: what happened, what to do. */
export function ErrorPanel({ error, onRetry }: { error: Error; onRetry: () => void }) {
  const { t } = useI18n();
  // A reader's ?data= link to a file that is not there is not a broken Frontera install.
  const linked = error instanceof DataLoadError && !isBuiltinDataUrl(error.url);
  const advice =
    error instanceof DataLoadError
      ? linked && error.kind === 'missing'
        ? t.error.linkedMissing(error.url)
        : ADVICE[error.kind](t)
      : error instanceof ImportFailedError
        ? t.data.importFailed
        : t.error.unexpected;
  return (
    <main className="status-page">
      <section className="error-panel" role="alert" aria-labelledby="error-title">
        <h1 id="error-title">{t.error.title}</h1>
        <p>{advice}</p>
        {error instanceof ImportFailedError ? (
          <Suspense fallback={null}>
            <ImportIssues name={error.url.split('/').pop() ?? error.url} result={error.result} />
          </Suspense>
        ) : (
          // The browser's and the server's own words: kept for whoever fixes it, marked English.
          <details className="error-detail">
            <summary>{t.error.detail}</summary>
            <pre lang="en">{error.message}</pre>
          </details>
        )}
        <button type="button" onClick={onRetry}>
          {t.error.retry}
        </button>
        {(linked || error instanceof ImportFailedError) && (
          <button type="button" onClick={leaveDataUrl}>
            {t.data.backToBuiltin}
          </button>
        )}
      </section>
    </main>
  );
}
