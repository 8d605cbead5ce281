/**
 * The language as a text layer: a provider that takes the language as a prop, and hooks that
 * give every component the messages and Intl formatters for it. Switching language changes
 * texts and formats only — never the dataset's model, the map or the session.
 */
import {
  createContext,
  type ReactNode,
  use,
  useContext,
  useEffect,
  useMemo,
  useSyncExternalStore,
} from 'react';
import {
  completeCatalogue,
  loadCatalogue,
  loadCompleteCatalogue,
  loadedCatalogue,
  onCatalogueLoaded,
} from './catalogues';
import { type CoreMessages, en } from './en';
import { type Formatters, formatters } from './format';
import type { Lang } from './lang';
import type { Messages } from './messages';

/**
 * The catalogue for `lang` once it has arrived (English meanwhile: a switch shows English
 * labels for the moment the chunk takes), and whether it has.
 */
export function useCatalogue(lang: Lang): { t: CoreMessages; ready: boolean } {
  const t = useSyncExternalStore(onCatalogueLoaded, () => loadedCatalogue(lang));
  useEffect(() => void loadCatalogue(lang), [lang]);
  return { t: t ?? en, ready: t !== undefined };
}

interface I18n {
  lang: Lang;
  t: CoreMessages;
  f: Formatters;
}

/** For a view opened after the first frame: every string of the language. */
interface FullI18n extends I18n {
  t: Messages;
}

const I18nContext = createContext<I18n | null>(null);

/** Provides `lang`; the outermost one also keeps <html lang> on it, so screen readers switch voice. */
export function I18nProvider({ lang, children }: { lang: Lang; children: ReactNode }) {
  const { t } = useCatalogue(lang);
  const value = useMemo(() => ({ lang, t, f: formatters(lang) }), [lang, t]);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  // The panels' strings once the page is idle, so the first card opens without waiting.
  useEffect(() => {
    const id = setTimeout(() => void loadCompleteCatalogue(lang).catch(() => {}), 1500);
    return () => clearTimeout(id);
  }, [lang]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

const ENGLISH: I18n = { lang: 'en', t: en, f: formatters('en') };

/** Messages and formatters for the language in force (English outside any provider). */
export function useI18n(): I18n {
  return useContext(I18nContext) ?? ENGLISH;
}

/**
 * Every string of the language in force, for views opened after the first frame (card, panels,
 * dialogs, story): suspends, inside that view's own Suspense boundary, until its chunk is in.
 */
export function useFullI18n(): FullI18n {
  const i18n = useI18n();
  const have = useSyncExternalStore(onCatalogueLoaded, () => completeCatalogue(i18n.lang));
  const t = have ?? use(loadCompleteCatalogue(i18n.lang));
  return useMemo(() => ({ ...i18n, t }), [i18n, t]);
}

export const useLang = (): Lang => useI18n().lang;
