/**
 * What the UI calls. Large files go to a module worker so the page stays responsive; small ones,
 * environments without Worker (tests, old browsers) and a worker that fails to start (a page
 * opened from file://) run inline, with the same result either way.
 */

import type { ImportRequest } from './import.worker';
import { importText } from './importFile';
import { type ImportOptions, type ImportResult, LIMITS } from './types';

function inWorker(request: ImportRequest, signal?: AbortSignal): Promise<ImportResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
    const stop = () => {
      worker.terminate();
      signal?.removeEventListener('abort', abort);
    };
    const abort = () => {
      stop();
      reject(signal?.reason ?? new DOMException('Import cancelled', 'AbortError'));
    };
    signal?.addEventListener('abort', abort, { once: true });
    worker.addEventListener('message', (e: MessageEvent<ImportResult>) => {
      stop();
      resolve(e.data);
    });
    worker.addEventListener('error', (e) => {
      e.preventDefault();
      stop();
      resolve(importText(request.name, request.text, request.options));
    });
    worker.postMessage(request);
  });
}

/**
 * Import a file's text. Resolves with the result (errors included), rejects only when `signal`
 * aborts the import.
 */
export async function runImport(
  name: string,
  text: string,
  options: ImportOptions,
  signal?: AbortSignal,
): Promise<ImportResult> {
  signal?.throwIfAborted();
  if (text.length > LIMITS.workerThresholdChars && typeof Worker !== 'undefined')
    return inWorker({ name, text, options }, signal);
  return importText(name, text, options);
}
