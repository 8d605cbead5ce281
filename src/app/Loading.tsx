import { useEffect, useState, useSyncExternalStore } from 'react';
import { loadProgress } from '../data/loadProgress';
import { useI18n } from '../i18n/useI18n';

const SLOW_MS = 3000;

/** While the dataset loads: after a few seconds, how much has arrived and a way to retry. */
export function Loading({ onRetry }: { onRetry: () => void }) {
  const { t, f } = useI18n();
  const [slow, setSlow] = useState(false);
  const { received, total } = useSyncExternalStore(loadProgress.subscribe, loadProgress.get);
  useEffect(() => {
    const timer = setTimeout(() => setSlow(true), SLOW_MS);
    return () => clearTimeout(timer);
  }, []);
  const kb = (n: number) => `${f.number(Math.round(n / 1024))} KB`;
  return (
    <main className="status-page" aria-busy="true">
      <div className="loading">
        <p role="status">{t.app.loading}</p>
        {slow && (
          <>
            <p>{t.error.slow}</p>
            {total ? (
              <progress max={total} value={received}>
                {kb(received)} / {kb(total)}
              </progress>
            ) : null}
            {received > 0 && (
              <p className="muted">
                {kb(received)}
                {total ? ` / ${kb(total)}` : ''}
              </p>
            )}
            <button type="button" onClick={onRetry}>
              {t.error.retry}
            </button>
          </>
        )}
      </div>
    </main>
  );
}
