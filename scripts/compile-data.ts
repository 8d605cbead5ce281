/**
 * npm run data — validate data/ and write the precompiled dataset to public/data/: the dataset
 * in its base language (frontera.json) and each other language's texts apart
 * (texts/<lang>.json), so a reader downloads only the language they read.
 *   --check    compile in memory and fail if public/data/ differs (CI)
 *   --dry-run  validate only
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { languageTextsPath } from '../src/data/builtinFiles';
import { DatasetSchema } from '../src/data/schema';
import { en } from '../src/i18n/en';
import { es } from '../src/i18n/es';
import { writeFilesAtomic } from './lib/atomicWrite';
import { checkCatalogues } from './lib/checkCatalogues';
import { compileDataset, formatError } from './lib/compileDataset';
import { readInputs } from './lib/readInputs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const articlesDir = resolve(
  process.env.FRONTERA_ARTICLES ?? join(root, '..', 'shared', 'articles'),
);
const outDir = join(root, 'public', 'data');
const check = process.argv.includes('--check');
const dryRun = process.argv.includes('--dry-run');

function fail(lines: string[]): never {
  for (const line of lines) console.error(line);
  console.error(`\n${lines.length} problem(s); public/data/ left unchanged.`);
  process.exit(1);
}

const read = readInputs(root, articlesDir);
for (const n of read.notices) console.log(n);
if (!read.input) fail(read.errors.map(formatError));
const result = compileDataset(read.input);
if (!result.ok) fail(result.errors.map(formatError));
const uiErrors = checkCatalogues(en, { es });
if (uiErrors.length) fail(uiErrors.map(formatError));

const { translations, ...base } = result.dataset;
const outputs: Record<string, string> = {
  'frontera.json': `${JSON.stringify(base)}\n`,
  ...Object.fromEntries(
    Object.entries(translations ?? {}).map(([lang, texts]) => [
      languageTextsPath(lang),
      `${JSON.stringify(texts)}\n`,
    ]),
  ),
  'frontera.schema.json': `${JSON.stringify(z.toJSONSchema(DatasetSchema, { io: 'input' }), null, 2)}\n`,
};
const { events, places } = result.dataset;
const texts = Object.entries(result.dataset.translations ?? {}).map(([lang, t]) => {
  const n = Object.values(t).reduce(
    (sum, byId) => sum + Object.values(byId).reduce((s, x) => s + Object.keys(x).length, 0),
    0,
  );
  return `${lang} ${n} texts`;
});
const summary = `${events.length} events, ${places.length} places, ${result.dataset.articles.length} articles${texts.length ? `; ${texts.join(', ')}` : ''}`;

if (dryRun) {
  console.log(`ok: ${summary} (dry run, nothing written)`);
} else if (check) {
  const stale = Object.entries(outputs)
    .filter(([name, text]) => {
      const path = join(outDir, name);
      return !existsSync(path) || readFileSync(path, 'utf8') !== text;
    })
    .map(([name]) => name);
  if (stale.length)
    fail([
      `public/data/ is out of date with data/ (${stale.join(', ')}): run npm run data and commit`,
    ]);
  console.log(`ok: public/data/ is up to date (${summary})`);
} else {
  try {
    for (const name of Object.keys(outputs))
      mkdirSync(dirname(join(outDir, name)), { recursive: true });
    writeFilesAtomic(
      Object.fromEntries(Object.entries(outputs).map(([name, text]) => [join(outDir, name), text])),
    );
  } catch (e) {
    fail([`could not write public/data/: ${(e as Error).message}`]);
  }
  console.log(`wrote public/data/: ${summary}`);
}
