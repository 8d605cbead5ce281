import { useEffect } from 'react';
import { useStore } from '../session/store';
import { en, type Messages } from './en';
import { es } from './es';
import { type Formatters, formatters } from './format';
import { detectLang, type Lang } from './lang';

export const CATALOGUES: Record<Lang, Messages> = { en, es };

/** The language in force: the reader's choice, else the browser's. */
export function useLang(): Lang {
  return useStore((s) => s.lang) ?? detectLang();
}

/** Messages and formatters for the language in force. */
export function useI18n(): { lang: Lang; t: Messages; f: Formatters } {
  const lang = useLang();
  return { lang, t: CATALOGUES[lang], f: formatters(lang) };
}

/** Keeps <html lang> on the language in force, so screen readers switch voice. */
export function useApplyLang(): Lang {
  const lang = useLang();
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  return lang;
}
