/** Module worker: runs an import off the main thread so a large file never freezes the page. */
import { importText } from './importFile';
import type { ImportOptions } from './types';

export interface ImportRequest {
  name: string;
  text: string;
  options: ImportOptions;
}

self.addEventListener('message', (e: MessageEvent<ImportRequest>) => {
  const { name, text, options } = e.data;
  self.postMessage(importText(name, text, options));
});
