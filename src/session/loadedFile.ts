/**
 * A dataset the reader loaded from their own computer: shown instead of the built-in one, kept
 * in this browser until they close it, and never put in a link (it lives only here).
 */
import { create } from 'zustand';
import type { Dataset } from '../data/schema';
import { forgetStoredFile, readStoredFile, storeFile } from '../data/storedFile';

export interface LoadedFile {
  name: string;
  savedAt: number;
  dataset: Dataset;
  /** False when the browser refused to keep it (private mode): a reload will lose it. */
  kept: boolean;
}

interface LoadedFileStore {
  file: LoadedFile | null;
  /** True once the stored file (if any) has been looked for. */
  restored: boolean;
  open: (name: string, dataset: Dataset) => Promise<void>;
  close: () => Promise<void>;
  restore: () => Promise<void>;
}

export const useLoadedFile = create<LoadedFileStore>()((set, get) => ({
  file: null,
  restored: false,
  open: async (name, dataset) => {
    const savedAt = Date.now();
    set({ file: { name, savedAt, dataset, kept: false } });
    const kept = await storeFile({ name, savedAt, dataset });
    if (get().file?.savedAt === savedAt) set({ file: { name, savedAt, dataset, kept } });
  },
  close: async () => {
    set({ file: null });
    await forgetStoredFile();
  },
  restore: async () => {
    if (get().restored) return;
    const stored = await readStoredFile();
    set({ restored: true, ...(stored && !get().file ? { file: { ...stored, kept: true } } : {}) });
  },
}));
