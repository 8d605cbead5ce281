import { lazy, Suspense } from 'react';
import { DataLoadError, type LoadFailure } from '../data/fetchJson';
import type { Messages } from '../i18n/en';
import { useI18n } from '../i18n/useI18n';
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
  const advice =
    error instanceof DataLoadError
      ? ADVICE[error.kind](t)
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
          <pre className="error-detail">{error.message}</pre>
        )}
        <button type="button" onClick={onRetry}>
          {t.error.retry}
        </button>
      </section>
    </main>
  );
}
