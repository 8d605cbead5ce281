/** Hosted build: the import worker is a file served beside the page. */
export function createImportWorker(): Worker | null {
  // A hosted copy opened from the disk cannot start a worker from a file: URL.
  if (globalThis.location?.protocol === 'file:') return null;
  return new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
}
