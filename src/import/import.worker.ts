/** Worker: runs an import off the main thread so a large file never freezes the page. */
import { importBytes } from './importFile';
import type { ImportOptions, ImportResult } from './types';

export interface ImportRequest {
  name: string;
  bytes: Uint8Array;
  options: ImportOptions;
}

export interface ImportResponse {
  result: ImportResult;
}

self.addEventListener('message', (e: MessageEvent<ImportRequest>) => {
  const { name, bytes, options } = e.data;
  const response: ImportResponse = { result: importBytes(name, bytes, options) };
  self.postMessage(response);
});
