/**
 * The compiled dataset as the app meets it in full: `public/data/frontera.json` (the base
 * language) with every language's texts from `public/data/texts/` put back inline, as a Frontera
 * JSON file carries them. For tests that read every language at once.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { type Dataset, DatasetSchema } from '../../src/data/schema';

export function compiledDatasetWithTexts(root = process.cwd()): Dataset {
  const base = JSON.parse(readFileSync(resolve(root, 'public/data/frontera.json'), 'utf8'));
  const dir = resolve(root, 'public/data/texts');
  const translations = existsSync(dir)
    ? Object.fromEntries(
        readdirSync(dir)
          .filter((f) => f.endsWith('.json'))
          .map((f) => [
            f.replace(/\.json$/, ''),
            JSON.parse(readFileSync(resolve(dir, f), 'utf8')),
          ]),
      )
    : {};
  return DatasetSchema.parse({ ...base, translations: { ...base.translations, ...translations } });
}
