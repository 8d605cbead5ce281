/**
 * The interface's catalogues, each loaded when a reader first needs it: English is built in,
 * every other language is a chunk of its own, so a reader downloads only the one they read.
 */
import { en, type Messages } from './en';
import type { Lang } from './lang';

const LOADERS: Record<Exclude<Lang, 'en'>, () => Promise<Messages>> = {
  es: () => import('./es').then((m) => m.es),
};

const loaded: Partial<Record<Lang, Messages>> = { en };
const pending: Partial<Record<Lang, Promise<Messages>>> = {};
const listeners = new Set<() => void>();

/** The catalogue if it has arrived. */
export const loadedCatalogue = (lang: Lang): Messages | undefined => loaded[lang];

/** Loads a catalogue once; listeners hear when it arrives. */
export function loadCatalogue(lang: Lang): Promise<Messages> {
  const have = loaded[lang];
  if (have) return Promise.resolve(have);
  pending[lang] ??= LOADERS[lang as Exclude<Lang, 'en'>]().then((m) => {
    loaded[lang] = m;
    for (const l of listeners) l();
    return m;
  });
  return pending[lang];
}

export function onCatalogueLoaded(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
