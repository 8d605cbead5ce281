/**
 * What the UI calls with the bytes of a file. Anything but a small file is read in a worker, so
 * the page never freezes while a file parses. Where the worker comes from is decided before one
 * is constructed: the single-file build carries it inlined (a blob: URL its policy allows, so
 * it works from file://), the hosted build serves it beside the page. Without a worker (tests,
 * a worker that cannot start) the import runs here, in steps that give the page a turn between
 * them.
 */
import { createImportWorker } from '#import-worker';
import type { ImportRequest, ImportResponse } from './import.worker';
import { importBytes, importBytesSteps } from './importFile';
import { runInSlices } from './steps';
import { type ImportOptions, type ImportResult, LIMITS } from './types';

/** A worker for this build, or null when none can run here. */
function startWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null;
  try {
    return createImportWorker();
  } catch {
    return null;
  }
}

function inWorker(
  worker: Worker,
  request: ImportRequest,
  fallback: () => Promise<ImportResult>,
  signal?: AbortSignal,
): Promise<ImportResult> {
  return new Promise((resolve, reject) => {
    const stop = () => {
      worker.terminate();
      signal?.removeEventListener('abort', abort);
    };
    const abort = () => {
      stop();
      reject(signal?.reason ?? new DOMException('Import cancelled', 'AbortError'));
    };
    signal?.addEventListener('abort', abort, { once: true });
    worker.addEventListener('message', (e: MessageEvent<ImportResponse>) => {
      stop();
      resolve(withLazyDataset(e.data));
    });
    worker.addEventListener('error', (e) => {
      e.preventDefault();
      stop();
      fallback().then(resolve, reject);
    });
    worker.postMessage(request, [request.bytes.buffer]);
  });
}

/** The worker's result, its dataset parsed from JSON when it is first read. */
export function withLazyDataset({ result, dataset }: ImportResponse): ImportResult {
  let parsed: ImportResult['dataset'] | undefined;
  return Object.defineProperty({ ...result }, 'dataset', {
    enumerable: true,
    get: () => {
      parsed ??= dataset ? JSON.parse(new TextDecoder().decode(dataset)) : null;
      return parsed;
    },
  });
}

/**
 * Import a file's bytes. Resolves with the result (errors included), rejects only when `signal`
 * aborts the import.
 */
export async function runImport(
  name: string,
  bytes: Uint8Array,
  options: ImportOptions,
  signal?: AbortSignal,
): Promise<ImportResult> {
  signal?.throwIfAborted();
  if (bytes.byteLength <= LIMITS.workerThresholdBytes) return importBytes(name, bytes, options);
  const worker = startWorker();
  if (signal?.aborted) {
    worker?.terminate();
    signal.throwIfAborted();
  }
  // The worker takes the bytes (transferred); the fallback keeps its own copy.
  const copy = worker ? bytes.slice() : bytes;
  const here = () => runInSlices(importBytesSteps(name, copy, options), signal);
  if (!worker) return here();
  return inWorker(worker, { name, bytes, options }, here, signal);
}
