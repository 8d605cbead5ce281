/**
 * A dataset the reader loaded from their own computer: shown instead of the built-in one, kept
 * in this browser until they close it, and never put in a link (it lives only here). One store
 * per page, provided by the app shell.
 */
import { createContext, createElement, type ReactNode, useContext, useState } from 'react';
import { useStore } from 'zustand';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Dataset } from '../data/schema';
import { forgetStoredFile, storeFile, takeStoredFile } from '../data/storedFile';

export interface LoadedFile {
  name: string;
  savedAt: number;
  dataset: Dataset;
  /** False when the browser refused to keep it (private mode): a reload will lose it. */
  kept: boolean;
}

export interface LoadedFileState {
  file: LoadedFile | null;
  /** True once the stored file (if any) has been looked for. */
  restored: boolean;
  open: (name: string, dataset: Dataset) => Promise<void>;
  close: () => Promise<void>;
  restore: () => Promise<void>;
  /** Do not look for a kept file (a saved page brings its own data). */
  skipRestore: () => void;
}

export function createLoadedFileStore(): StoreApi<LoadedFileState> {
  return createStore<LoadedFileState>()((set, get) => ({
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
    skipRestore: () => set({ restored: true }),
    restore: async () => {
      if (get().restored) return;
      const stored = await takeStoredFile();
      set({
        restored: true,
        ...(stored && !get().file ? { file: { ...stored, kept: true } } : {}),
      });
    },
  }));
}

const LoadedFileContext = createContext<StoreApi<LoadedFileState> | null>(null);

export function LoadedFileProvider({ children }: { children: ReactNode }) {
  const [store] = useState(createLoadedFileStore);
  return createElement(LoadedFileContext.Provider, { value: store }, children);
}

export function useLoadedFile<T>(selector: (s: LoadedFileState) => T): T {
  const store = useContext(LoadedFileContext);
  if (!store) throw new Error('useLoadedFile needs <LoadedFileProvider>');
  return useStore(store, selector);
}
