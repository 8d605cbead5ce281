/** The reader's preferences: the language, and which data the page shows. */
import type { Lang } from '../../i18n/lang';
import type { Patch, SessionState } from '../state';

export const setLang = (s: SessionState, lang: Lang): Patch => (s.lang === lang ? {} : { lang });

/** Leave a `?data=` dataset for the built-in one. */
export const showBuiltinData = (s: SessionState): Patch =>
  s.dataUrl === null ? {} : { dataUrl: null };
