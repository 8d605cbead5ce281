/**
 * The benchmark's datasets: the real one and seeded synthetic ones. Each gets its own copy of the
 * build with data/frontera.json (and the app's copy by column) replaced, so one server per dataset serves exactly what a
 * deployment with that data would.
 */
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { packDataset } from '../../src/data/columns';
import { DatasetSchema } from '../../src/data/schema';
import { asciiJson } from '../lib/asciiJson';
import { dataIntegrity, withIntegrity } from '../lib/dataIntegrity';
import { syntheticJson } from '../lib/syntheticDataset';
import type { DatasetSpec } from './options';
import { APP_DATASET_PATH, DATASET_PATH, REAL_DATASET } from './paths';

export interface PreparedDataset {
  name: string;
  /** Events in the dataset. */
  events: number;
  /** "public/data/frontera.json" or "synthetic, seed 42". */
  source: string;
  /** Root of this dataset's copy of the build. */
  dir: string;
  bytes: { raw: number; gzip: number };
  /** The app's copy by column. */
  columnBytes: { raw: number; gzip: number };
}

export function prepareDataset(
  spec: DatasetSpec,
  buildDir: string,
  workDir: string,
  seed: number,
): PreparedDataset {
  const realText = readFileSync(REAL_DATASET, 'utf8');
  const real = DatasetSchema.parse(JSON.parse(realText));
  const text = spec.events === null ? realText : syntheticJson(real, spec.events, seed);
  const dir = join(workDir, `site-${spec.name}`);
  cpSync(buildDir, dir, { recursive: true });
  mkdirSync(join(dir, 'data'), { recursive: true });
  writeFileSync(join(dir, DATASET_PATH), text);
  // The app's copy by column, as `npm run data` writes it.
  const columns = Buffer.from(asciiJson(packDataset(JSON.parse(text))));
  writeFileSync(join(dir, APP_DATASET_PATH), columns);
  // As a build with this data would: the page records its hash, so it is trusted, not re-checked.
  const page = join(dir, 'index.html');
  writeFileSync(page, withIntegrity(readFileSync(page, 'utf8'), dataIntegrity(dir)));
  const buf = Buffer.from(text);
  return {
    name: spec.name,
    events: spec.events ?? real.events.length,
    source: spec.events === null ? 'public/data/frontera.json' : `synthetic, seed ${seed}`,
    dir,
    bytes: { raw: buf.length, gzip: gzipSync(buf).length },
    columnBytes: { raw: columns.length, gzip: gzipSync(columns).length },
  };
}
