import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DATASET_COLUMNS_URL, DATASET_URL } from '../../src/data/builtinFiles';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const REAL_DATASET = resolve(ROOT, 'public/data/frontera.json');
export const RESULTS_DIR = resolve(ROOT, 'artifacts/bench');
/** The dataset in rows, relative to index.html: what the peers fetch (src/data/builtinFiles.ts). */
export const DATASET_PATH = DATASET_URL;
/** The same events by column: what the app fetches. */
export const APP_DATASET_PATH = DATASET_COLUMNS_URL;
