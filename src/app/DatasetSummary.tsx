import type { Dataset } from '../data/schema';
import { datasetSpan } from '../domain/datasetSpan';
import { formatDayLong } from '../domain/formatDate';

/** "92 events · 1998 to 2024 · 5 sources" */
export function DatasetSummary({ dataset }: { dataset: Dataset }) {
  const span = datasetSpan(dataset.events);
  return (
    <p className="dataset-summary" data-testid="dataset-summary">
      <strong>{dataset.events.length} events</strong>
      {span && (
        <>
          {' '}
          from {formatDayLong(span.t0)} to {formatDayLong(span.t1 - 1)}
        </>
      )}{' '}
      · {dataset.articles.length} source articles
    </p>
  );
}
