import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { languageTextsPath } from '../src/data/builtinFiles';
import { DatasetSchema, LanguageTextsSchema } from '../src/data/schema';
import { compileDataset } from './lib/compileDataset';
import { readInputs } from './lib/readInputs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

describe('the committed dataset', () => {
  const read = readInputs(root, join(root, '..', 'shared', 'articles'));
  const result = read.input ? compileDataset(read.input) : null;

  it('compiles without errors', () => {
    expect(read.errors).toEqual([]);
    expect(result && !result.ok ? result.errors : []).toEqual([]);
  });

  it('matches public/data/ exactly (run npm run data after editing data/)', () => {
    if (!result?.ok) throw new Error('dataset did not compile');
    const { translations, ...base } = result.dataset;
    const compiled = JSON.parse(readFileSync(join(root, 'public/data/frontera.json'), 'utf8'));
    expect(DatasetSchema.parse(compiled)).toEqual(base);
    // Each other language's texts in a file of its own, fetched only by its readers.
    expect(Object.keys(translations ?? {})).toEqual(['es']);
    for (const [lang, texts] of Object.entries(translations ?? {})) {
      const file = join(root, 'public/data', languageTextsPath(lang));
      expect(LanguageTextsSchema.parse(JSON.parse(readFileSync(file, 'utf8')))).toEqual(texts);
    }
  });

  it('tags the Mérida range and the cancelled visit with the right presidents, and says why', () => {
    if (!result?.ok) throw new Error('dataset did not compile');
    const byId = new Map(result.dataset.events.map((e) => [e.id, e]));
    const merida = byId.get('2009-2013-merida-initiative-equipment');
    expect(merida?.admins.us).toEqual(['obama']);
    expect(merida?.admins.mx).toEqual(['calderon', 'pena-nieto']);
    expect(merida?.admins.reason).toMatch(/Obama/);
    const visit = byId.get('2017-01-pena-nieto-cancels-washington-visit');
    expect(visit?.admins.us).toEqual(['trump']);
    expect(visit?.admins.reason).toMatch(/Trump/);
  });

  it('covers every day of every event with a presidency of each country', () => {
    if (!result?.ok) throw new Error('dataset did not compile');
    for (const e of result.dataset.events) {
      expect(e.admins.us.length, e.id).toBeGreaterThan(0);
      expect(e.admins.mx.length, e.id).toBeGreaterThan(0);
    }
  });
});
