/**
 * The interface's catalogues, each loaded when a reader first needs it. English's first-frame
 * strings are built in; its panels' strings (card, dialogs, story, importer) are a chunk loaded
 * when a panel first opens, or once the page is idle. Every other language is one chunk of its
 * own, so a reader downloads only the one they read.
 */
import { type CoreMessages, en } from './en';
import type { Lang } from './lang';
import type { Messages } from './messages';

const LOADERS: Record<Exclude<Lang, 'en'>, () => Promise<Messages>> = {
  es: () => import('./es').then((m) => m.es),
};
const loadEnglish = () => import('./enAll').then((m) => m.enAll);

/** The strings each language has so far: the first frame's, or all of them. */
const loaded: Partial<Record<Lang, CoreMessages>> = { en };
const complete: Partial<Record<Lang, Messages>> = {};
const pending: Partial<Record<Lang, Promise<Messages>>> = {};
const listeners = new Set<() => void>();

/** The catalogue if its first-frame strings have arrived. */
export const loadedCatalogue = (lang: Lang): CoreMessages | undefined => loaded[lang];

/** The whole catalogue if it has arrived. */
export const completeCatalogue = (lang: Lang): Messages | undefined => complete[lang];

/** Loads a whole catalogue once; listeners hear when it arrives. */
export function loadCompleteCatalogue(lang: Lang): Promise<Messages> {
  const have = complete[lang];
  if (have) return Promise.resolve(have);
  pending[lang] ??= (lang === 'en' ? loadEnglish() : LOADERS[lang]()).then((m) => {
    complete[lang] = m;
    loaded[lang] = m;
    for (const l of listeners) l();
    return m;
  });
  return pending[lang];
}

/** Loads what the first frame needs in `lang` (English has it built in). */
export function loadCatalogue(lang: Lang): Promise<CoreMessages> {
  const have = loaded[lang];
  return have ? Promise.resolve(have) : loadCompleteCatalogue(lang);
}

export function onCatalogueLoaded(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
