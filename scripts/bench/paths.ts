import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const REAL_DATASET = resolve(ROOT, 'public/data/frontera.json');
export const RESULTS_DIR = resolve(ROOT, 'artifacts/bench');
/** Where the app fetches its dataset, relative to index.html (src/data/queries.ts). */
export const DATASET_PATH = 'data/frontera.json';
