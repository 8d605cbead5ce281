/**
 * Single-file build: the import worker is inlined and started from a blob: URL (data: as a
 * fallback), which the page's policy allows (worker-src blob: data:), so it runs from file://.
 */
import InlineWorker from './import.worker.ts?worker&inline';

export function createImportWorker(): Worker | null {
  return new InlineWorker();
}
