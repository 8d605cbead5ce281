/** File-system side of the data compiler: gathers the authored JSON and the article texts. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { CompileInput } from './compileDataset';
import type { LanguageInput } from './compileTranslations';
import type { DataError } from './dataError';

export interface ReadResult {
  input: CompileInput | null;
  errors: DataError[];
  notices: string[];
}

/** Read a UTF-8 text file, dropping a byte-order mark editors sometimes add. */
export const readText = (path: string): string => readFileSync(path, 'utf8').replace(/^\uFEFF/, '');

function readJson(
  root: string,
  path: string,
  errors: DataError[],
): { file: string; json: unknown } {
  const file = relative(root, path);
  let text: string;
  try {
    text = readText(path);
  } catch (e) {
    errors.push({
      file,
      reason: `cannot read the file: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`,
    });
    return { file, json: undefined };
  }
  try {
    return { file, json: JSON.parse(text) };
  } catch (e) {
    errors.push({ file, reason: `not valid JSON: ${(e as Error).message}` });
    return { file, json: undefined };
  }
}

const jsonFiles = (dir: string) =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.json'))
        .sort()
    : [];

const TRANSLATION_FILES = [
  'places.json',
  'narratives.json',
  'administrations.json',
  'actors.json',
] as const;

/** data/i18n/<lang>/ for every folder there: its events, places, narratives, administrations. */
function readTranslations(root: string, data: string, errors: DataError[]): LanguageInput[] {
  const i18n = join(data, 'i18n');
  if (!existsSync(i18n)) return [];
  const out: LanguageInput[] = [];
  for (const lang of readdirSync(i18n).sort()) {
    const dir = join(i18n, lang);
    // README.md there is the translators' style sheet.
    if (lang.startsWith('.') || lang.endsWith('.md')) continue;
    if (!statSync(dir).isDirectory()) {
      errors.push({
        file: relative(root, dir),
        reason: 'not a language folder (expected data/i18n/<lang>/)',
      });
      continue;
    }
    const t: LanguageInput = { lang, dir: `${relative(root, dir)}/`, events: [], unknownFiles: [] };
    for (const entry of readdirSync(dir).sort()) {
      if (entry.startsWith('.')) continue;
      const path = join(dir, entry);
      if (entry === 'events' && statSync(path).isDirectory()) {
        for (const f of readdirSync(path).sort()) {
          if (f.startsWith('.')) continue;
          if (f.endsWith('.json')) t.events.push(readJson(root, join(path, f), errors));
          else t.unknownFiles?.push(relative(root, join(path, f)));
        }
      } else if ((TRANSLATION_FILES as readonly string[]).includes(entry)) {
        t[entry.replace('.json', '') as 'places' | 'narratives' | 'administrations' | 'actors'] =
          readJson(root, path, errors);
      } else t.unknownFiles?.push(relative(root, path));
    }
    out.push(t);
  }
  return out;
}

export function readInputs(root: string, articlesDir: string): ReadResult {
  const errors: DataError[] = [];
  const notices: string[] = [];
  const data = join(root, 'data');
  const eventFiles = jsonFiles(join(data, 'events'));
  if (eventFiles.length === 0)
    errors.push({ file: 'data/events/', reason: 'no event files (*.json) found' });
  const allowed = join(data, 'allowed-phrases.json');
  const languages = join(data, 'languages.json');
  const input: CompileInput = {
    articles: readJson(root, join(data, 'articles.json'), errors),
    administrations: readJson(root, join(data, 'administrations.json'), errors),
    places: readJson(root, join(data, 'places.json'), errors),
    events: eventFiles.map((f) => readJson(root, join(data, 'events', f), errors)),
    narratives: jsonFiles(join(data, 'narratives')).map((f) =>
      readJson(root, join(data, 'narratives', f), errors),
    ),
    ...(existsSync(allowed) ? { allowedPhrases: readJson(root, allowed, errors) } : {}),
    ...(existsSync(languages) ? { languages: readJson(root, languages, errors) } : {}),
    translations: readTranslations(root, data, errors),
    articleTexts: null,
  };
  if (existsSync(articlesDir)) {
    input.articleTexts = new Map(
      readdirSync(articlesDir)
        .filter((f) => f.endsWith('.txt'))
        .map((f) => [f, readText(join(articlesDir, f))]),
    );
  } else {
    notices.push(
      `notice: ${articlesDir} not found — evidence excerpts and our-own-words were NOT checked against the articles`,
    );
  }
  return { input: errors.length ? null : input, errors, notices };
}
