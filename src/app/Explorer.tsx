import type { Dataset } from '../data/schema';
import { DatasetSummary } from './DatasetSummary';

export function Explorer({ dataset }: { dataset: Dataset }) {
  return (
    <main className="explorer">
      <header className="app-header">
        <h1>Frontera</h1>
        <DatasetSummary dataset={dataset} />
      </header>
    </main>
  );
}
