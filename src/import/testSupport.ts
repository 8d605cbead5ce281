/** Shared by the import tests: the real built-in dataset and a quick way to run a CSV. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { compiledDatasetWithTexts } from '../../tests/support/compiledDataset';
import type { Dataset } from '../data/schema';
import { importText } from './importFile';
import { referenceOf } from './reference';
import type { ImportOptions, ImportResult } from './types';

/** Vitest runs from the repository root (jsdom gives import.meta.url an http scheme). */
export const BUILT_IN_TEXT = readFileSync(resolve('public/data/frontera.json'), 'utf8');
/** With every language's texts inline (the app's importer reference has them too). */
export const BUILT_IN: Dataset = compiledDatasetWithTexts();
export const REFERENCE = referenceOf(BUILT_IN);

/** Import CSV lines (joined with newlines) against the built-in gazetteer. */
export function importCsv(
  lines: readonly string[] | string,
  options: Partial<ImportOptions> = {},
  name = 'events.csv',
): ImportResult {
  const text = typeof lines === 'string' ? lines : lines.join('\n');
  return importText(name, text, { reference: REFERENCE, ...options });
}

export { messages, say, warningTexts } from '../../tests/support/issueText';
