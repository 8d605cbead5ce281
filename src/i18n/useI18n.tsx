/**
 * The language as a text layer: a provider that takes the language as a prop, and hooks that
 * give every component the messages and Intl formatters for it. Switching language changes
 * texts and formats only — never the dataset's model, the map or the session.
 */
import {
  createContext,
  type ReactNode,
  useContext,
  useEffect,
  useMemo,
  useSyncExternalStore,
} from 'react';
import { loadCatalogue, loadedCatalogue, onCatalogueLoaded } from './catalogues';
import { en, type Messages } from './en';
import { type Formatters, formatters } from './format';
import type { Lang } from './lang';

/**
 * The catalogue for `lang` once it has arrived (English meanwhile: a switch shows English
 * labels for the moment the chunk takes), and whether it has.
 */
export function useCatalogue(lang: Lang): { t: Messages; ready: boolean } {
  const t = useSyncExternalStore(onCatalogueLoaded, () => loadedCatalogue(lang));
  useEffect(() => void loadCatalogue(lang), [lang]);
  return { t: t ?? en, ready: t !== undefined };
}

interface I18n {
  lang: Lang;
  t: Messages;
  f: Formatters;
}

const I18nContext = createContext<I18n | null>(null);

/** Provides `lang`; the outermost one also keeps <html lang> on it, so screen readers switch voice. */
export function I18nProvider({ lang, children }: { lang: Lang; children: ReactNode }) {
  const { t } = useCatalogue(lang);
  const value = useMemo(() => ({ lang, t, f: formatters(lang) }), [lang, t]);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

const ENGLISH: I18n = { lang: 'en', t: en, f: formatters('en') };

/** Messages and formatters for the language in force (English outside any provider). */
export function useI18n(): I18n {
  return useContext(I18nContext) ?? ENGLISH;
}

export const useLang = (): Lang => useI18n().lang;
