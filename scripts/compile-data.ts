/**
 * npm run data — validate data/ and write the precompiled dataset to public/data/: the dataset
 * in its base language (frontera.json, and frontera.columns.json: the same by column, which the
 * page reads) and each other language's texts apart
 * (texts/<lang>.json), so a reader downloads only the language they read.
 *   --check    compile in memory and fail if public/data/ differs (CI)
 *   --dry-run  validate only
 *   --stamp <id>…       after checking a translation against its English, record which English it
 *                       translates (the "@en" stamps of those records, in every language)
 *   --stamp-unstamped   stamp every translated text that has no stamp yet (new translations)
 */

import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { languageTextsPath } from '../src/data/builtinFiles';
import { packDataset } from '../src/data/columns';
import { DatasetSchema } from '../src/data/schema';
import { enAll as en } from '../src/i18n/enAll';
import { es } from '../src/i18n/es';
import { readArticle } from './lib/articleText';
import { asciiJson } from './lib/asciiJson';
import { writeFileAtomic } from './lib/atomicWrite';
import { checkCatalogues } from './lib/checkCatalogues';
import { compileDataset, formatError } from './lib/compileDataset';
import { publishDir } from './lib/publishDir';
import { readInputs } from './lib/readInputs';
import { type StampRequest, stampTranslations } from './lib/stampTranslations';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const articlesDir = resolve(
  process.env.FRONTERA_ARTICLES ?? join(root, '..', 'shared', 'articles'),
);
const outDir = join(root, 'public', 'data');
const check = process.argv.includes('--check');
const dryRun = process.argv.includes('--dry-run');
const stampAt = process.argv.indexOf('--stamp');
const stampRequest: StampRequest | null = process.argv.includes('--stamp-unstamped')
  ? { unstamped: true }
  : stampAt >= 0
    ? { ids: new Set(process.argv.slice(stampAt + 1).filter((a) => !a.startsWith('--'))) }
    : null;

function fail(lines: string[]): never {
  for (const line of lines) console.error(line);
  console.error(`\n${lines.length} problem(s); public/data/ left unchanged.`);
  process.exit(1);
}

const read = readInputs(root, articlesDir);
for (const n of read.notices) console.log(n);
if (!read.input) fail(read.errors.map(formatError));
// Paragraphs are counted as a reader of the original counts them: say where a file differs.
for (const [file, raw] of read.input.articleTexts ?? []) {
  const { rejoined } = readArticle(raw);
  if (rejoined.length)
    console.log(
      `${file}: a blank line splits a sentence in ¶ ${rejoined.join(', ')}; counted as one paragraph each`,
    );
}
if (stampRequest) {
  if ('ids' in stampRequest && stampRequest.ids.size === 0)
    fail(['--stamp needs the ids of the records whose translations you checked']);
  const { files, stamped } = stampTranslations(read.input, stampRequest);
  for (const [f, text] of Object.entries(files)) writeFileAtomic(join(root, f), text);
  console.log(`stamped ${stamped} translated text(s) in ${Object.keys(files).length} file(s)`);
}
const result = compileDataset(read.input);
if (!result.ok) fail(result.errors.map(formatError));
const uiErrors = checkCatalogues(en, { es });
if (uiErrors.length) fail(uiErrors.map(formatError));

const { translations, ...base } = result.dataset;
const outputs: Record<string, string> = {
  'frontera.json': `${asciiJson(base)}\n`,
  'frontera.columns.json': `${asciiJson(packDataset(base))}\n`,
  ...Object.fromEntries(
    Object.entries(translations ?? {}).map(([lang, texts]) => [
      languageTextsPath(lang),
      `${asciiJson(texts)}\n`,
    ]),
  ),
  'frontera.schema.json': `${JSON.stringify(z.toJSONSchema(DatasetSchema, { io: 'input' }), null, 2)}\n`,
};
const { events, places } = result.dataset;
const texts = Object.entries(result.dataset.translations ?? {}).map(([lang, t]) => {
  const { actors = {}, ...records } = t;
  const n = Object.values(records).reduce(
    (sum, byId) => sum + Object.values(byId).reduce((s, x) => s + Object.keys(x).length, 0),
    0,
  );
  return `${lang} ${n} texts and ${Object.keys(actors).length} actor names`;
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
    // Staged outside public/ (nothing temporary is ever served) and swapped in by one rename.
    publishDir(outDir, outputs, {
      stagingRoot: process.env.FRONTERA_STAGING ?? join(root, '.frontera-publish'),
    });
  } catch (e) {
    fail([`could not write public/data/: ${(e as Error).message}`]);
  }
  console.log(`wrote public/data/: ${summary}`);
}
