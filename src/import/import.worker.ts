/** Worker: runs an import off the main thread so a large file never freezes the page. */
import { importBytes } from './importFile';
import type { ImportOptions, ImportResult } from './types';

export interface ImportRequest {
  name: string;
  bytes: Uint8Array;
  options: ImportOptions;
}

/**
 * The result without its dataset, and the dataset as UTF-8 JSON in a buffer that is moved, not
 * copied: cloning 30,000 events as objects would hold the page for seconds as they arrive.
 */
export interface ImportResponse {
  result: ImportResult;
  dataset: ArrayBuffer | null;
}

self.addEventListener('message', (e: MessageEvent<ImportRequest>) => {
  const { name, bytes, options } = e.data;
  const { dataset, ...rest } = importBytes(name, bytes, options);
  const json = dataset ? new TextEncoder().encode(JSON.stringify(dataset)).buffer : null;
  const response: ImportResponse = { result: { ...rest, dataset: null }, dataset: json };
  (self as unknown as Worker).postMessage(response, json ? [json] : []);
});
