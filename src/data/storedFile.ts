/**
 * The reader's last loaded file, kept in this browser (IndexedDB via idb-keyval) until they close
 * it, so a reload never silently drops their data. It is checked again on the way back in.
 */
import { del, get, set } from 'idb-keyval';
import type { Dataset } from './schema';

const KEY = 'frontera:last-file';

export interface StoredFile {
  name: string;
  savedAt: number;
  dataset: Dataset;
}

export async function readStoredFile(): Promise<StoredFile | null> {
  try {
    const raw = (await get(KEY)) as
      | { name?: unknown; savedAt?: unknown; dataset?: unknown }
      | undefined;
    if (!raw || typeof raw.name !== 'string' || typeof raw.savedAt !== 'number') return null;
    // The validator loads only when a file was kept.
    const { DatasetSchema } = await import('./schema');
    const parsed = DatasetSchema.safeParse(raw.dataset);
    if (parsed.success) return { name: raw.name, savedAt: raw.savedAt, dataset: parsed.data };
    // Saved by an older version in a shape this one no longer accepts: forget it.
    await del(KEY);
    return null;
  } catch {
    // Private browsing or storage turned off: nothing is kept, nothing breaks.
    return null;
  }
}

let early: Promise<StoredFile | null> | null = null;

/** Starts the read at boot, beside the dataset request, so the first frame never waits for it. */
export function readStoredFileEarly(): void {
  early ??= readStoredFile();
}

/** The boot read's answer the first time (or a fresh read): a page restores once. */
export function takeStoredFile(): Promise<StoredFile | null> {
  const read = early ?? readStoredFile();
  early = null;
  return read;
}

export async function storeFile(file: StoredFile): Promise<boolean> {
  try {
    await set(KEY, file);
    return true;
  } catch {
    return false;
  }
}

export async function forgetStoredFile(): Promise<void> {
  try {
    await del(KEY);
  } catch {
    // Nothing stored, or storage unavailable: either way nothing is kept.
  }
}
