import { DataLoadError } from '../data/fetchJson';

const ADVICE: Record<DataLoadError['kind'], string> = {
  network: 'Check that the Frontera server is running, then try again.',
  http: 'The compiled dataset is missing. Run `npm run data` to build it.',
  json: 'The dataset file is damaged. Run `npm run data` to rebuild it.',
  schema:
    'The dataset does not match the schema this version of Frontera expects. Run `npm run data` and check its report.',
};

/** Shown instead of the explorer when the dataset cannot be loaded. */
export function ErrorPanel({ error, onRetry }: { error: Error; onRetry: () => void }) {
  const advice =
    error instanceof DataLoadError ? ADVICE[error.kind] : 'An unexpected error occurred.';
  return (
    <main className="status-page">
      <section className="error-panel" role="alert" aria-labelledby="error-title">
        <h1 id="error-title">Frontera could not load its data</h1>
        <p>{advice}</p>
        <pre className="error-detail">{error.message}</pre>
        <button type="button" onClick={onRetry}>
          Try again
        </button>
      </section>
    </main>
  );
}
