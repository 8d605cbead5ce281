/** File-system side of the data compiler: gathers the authored JSON and the article texts. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { CompileInput, DataError } from './compileDataset';

export interface ReadResult {
  input: CompileInput | null;
  errors: DataError[];
  notices: string[];
}

function readJson(
  root: string,
  path: string,
  errors: DataError[],
): { file: string; json: unknown } {
  const file = relative(root, path);
  try {
    return { file, json: JSON.parse(readFileSync(path, 'utf8')) };
  } catch (e) {
    errors.push({ file, reason: `cannot read JSON: ${(e as Error).message}` });
    return { file, json: undefined };
  }
}

const jsonFiles = (dir: string) =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.json'))
        .sort()
    : [];

export function readInputs(root: string, articlesDir: string): ReadResult {
  const errors: DataError[] = [];
  const notices: string[] = [];
  const data = join(root, 'data');
  const eventsDir = join(data, 'events');
  const eventFiles = existsSync(eventsDir)
    ? readdirSync(eventsDir)
        .filter((f) => f.endsWith('.json'))
        .sort()
    : [];
  const input: CompileInput = {
    articles: readJson(root, join(data, 'articles.json'), errors),
    administrations: readJson(root, join(data, 'administrations.json'), errors),
    places: readJson(root, join(data, 'places.json'), errors),
    events: eventFiles.map((f) => readJson(root, join(eventsDir, f), errors)),
    narratives: jsonFiles(join(data, 'narratives')).map((f) =>
      readJson(root, join(data, 'narratives', f), errors),
    ),
    articleTexts: null,
  };
  if (existsSync(articlesDir)) {
    input.articleTexts = new Map(
      readdirSync(articlesDir)
        .filter((f) => f.endsWith('.txt'))
        .map((f) => [f, readFileSync(join(articlesDir, f), 'utf8')]),
    );
  } else {
    notices.push(
      `notice: ${articlesDir} not found — evidence excerpts were NOT checked against the articles`,
    );
  }
  return { input: errors.length ? null : input, errors, notices };
}
