/** Shared by the import tests: the real built-in dataset and a quick way to run a CSV. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { type Dataset, DatasetSchema } from '../data/schema';
import { importText } from './importFile';
import type { ImportOptions, ImportResult } from './types';

/** Vitest runs from the repository root (jsdom gives import.meta.url an http scheme). */
export const BUILT_IN_TEXT = readFileSync(resolve('public/data/frontera.json'), 'utf8');
export const BUILT_IN: Dataset = DatasetSchema.parse(JSON.parse(BUILT_IN_TEXT));
export const REFERENCE = { places: BUILT_IN.places, administrations: BUILT_IN.administrations };

/** Import CSV lines (joined with newlines) against the built-in gazetteer. */
export function importCsv(
  lines: readonly string[] | string,
  options: Partial<ImportOptions> = {},
  name = 'events.csv',
): ImportResult {
  const text = typeof lines === 'string' ? lines : lines.join('\n');
  return importText(name, text, { reference: REFERENCE, ...options });
}

export const messages = (r: ImportResult) => r.errors.map((e) => e.message);
export const warningTexts = (r: ImportResult) => r.warnings.map((w) => w.message);
