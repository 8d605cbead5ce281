import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DatasetSchema } from '../src/data/schema';
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

  it('matches public/data/frontera.json exactly (run npm run data after editing data/)', () => {
    const compiled = JSON.parse(readFileSync(join(root, 'public/data/frontera.json'), 'utf8'));
    expect(DatasetSchema.parse(compiled)).toEqual(result?.ok ? result.dataset : null);
  });
});
