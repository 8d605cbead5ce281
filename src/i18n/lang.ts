/** The languages Frontera speaks, and which one a reader gets by default. */
export const LANGS = ['en', 'es'] as const;
export type Lang = (typeof LANGS)[number];

/**
 * BCP 47 locales for Intl: day-month-year English; Mexican Spanish, whose numbers group with a
 * comma ("8,000") as the Spanish texts of the dataset write them.
 */
export const LOCALE: Record<Lang, string> = { en: 'en-GB', es: 'es-MX' };

/** The browser's first preferred language Frontera has, else English. */
export function detectLang(
  preferred: readonly string[] = globalThis.navigator?.languages ?? [],
): Lang {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    if ((LANGS as readonly string[]).includes(base ?? '')) return base as Lang;
  }
  return 'en';
}

export const isLang = (s: string): s is Lang => (LANGS as readonly string[]).includes(s);
