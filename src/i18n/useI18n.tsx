/**
 * The language as a text layer: a provider that takes the language as a prop, and hooks that
 * give every component the messages and Intl formatters for it. Switching language changes
 * texts and formats only — never the dataset's model, the map or the session.
 */
import { createContext, type ReactNode, useContext, useEffect, useMemo } from 'react';
import { en, type Messages } from './en';
import { es } from './es';
import { type Formatters, formatters } from './format';
import type { Lang } from './lang';

export const CATALOGUES: Record<Lang, Messages> = { en, es };

interface I18n {
  lang: Lang;
  t: Messages;
  f: Formatters;
}

const I18nContext = createContext<I18n | null>(null);

/** Provides `lang`; the outermost one also keeps <html lang> on it, so screen readers switch voice. */
export function I18nProvider({ lang, children }: { lang: Lang; children: ReactNode }) {
  const value = useMemo(() => ({ lang, t: CATALOGUES[lang], f: formatters(lang) }), [lang]);
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
