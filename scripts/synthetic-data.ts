/**
 * npx tsx scripts/synthetic-data.ts --events 10000 [--seed 42] [--out file.json]
 *
 * Writes a seeded synthetic dataset (scripts/lib/syntheticDataset.ts) built on the real
 * articles, administrations and gazetteer of public/data/frontera.json, after checking it parses
 * with DatasetSchema. Without --out it prints the JSON to stdout. `npm run bench` uses the same
 * generator for its 10k and 100k datasets.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { DatasetSchema } from '../src/data/schema';
import { writeFileAtomic } from './lib/atomicWrite';
import { syntheticJson } from './lib/syntheticDataset';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const { values } = parseArgs({
  options: {
    events: { type: 'string', default: '10000' },
    seed: { type: 'string', default: '42' },
    out: { type: 'string' },
  },
});
const events = Number(values.events);
const seed = Number(values.seed);
if (!Number.isInteger(events) || events < 1) throw new Error('--events must be a positive integer');
if (!Number.isInteger(seed)) throw new Error('--seed must be an integer');

const base = DatasetSchema.parse(
  JSON.parse(readFileSync(join(ROOT, 'public/data/frontera.json'), 'utf8')),
);
const text = syntheticJson(base, events, seed);
if (values.out) {
  writeFileAtomic(resolve(values.out), text);
  console.error(`wrote ${values.out}: ${events} events, seed ${seed}, ${text.length} bytes`);
} else process.stdout.write(text);
