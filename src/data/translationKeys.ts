/**
 * The vocabulary of translations: which languages, which texts of which records, and the keys
 * they are stored under. No record types here, so the schema can use it; the texts themselves
 * are read from records by ./translations.ts.
 */

/** The language data/ is authored in. */
export const BASE_LANGUAGE = 'en';

/** A language code as listed in data/languages.json: "es", "pt-BR". */
export const LANGUAGE_CODE = /^[a-z]{2,3}(?:-[A-Z]{2})?$/;

/** The translatable paths per record type; `i` stands for an array index. */
export const TRANSLATABLE_PATHS = {
  events: [
    'title',
    'summary',
    'date.note',
    'note',
    'discrepancy',
    'context.text',
    'context.source',
    'adminsOverride.reason',
    'attribution.claimant',
    'attribution.via',
    'quote.speaker',
    'figures.i.counts',
    'figures.i.period',
    'figures.i.unit',
  ],
  places: ['name', 'note'],
  narratives: ['title', 'description', 'steps.i.title', 'steps.i.caption'],
  administrations: ['party'],
} as const;
export type TranslatableKind = keyof typeof TRANSLATABLE_PATHS;
export const TRANSLATABLE_KINDS = Object.keys(TRANSLATABLE_PATHS) as TranslatableKind[];

/**
 * Whether every language must translate every text of the kind (the compiler refuses a missing
 * one) or only the texts that differ (a party name: "Demócrata", but "PRI" stays).
 */
export const EVERY_TEXT_REQUIRED: Readonly<Record<TranslatableKind, boolean>> = {
  events: true,
  places: true,
  narratives: true,
  administrations: false,
};

/**
 * The key under which each translated record stores, per text, a short hash of the English it was
 * translated from: `"@en": {"summary": "3f9a1c2b"}`. `npm run data` flags a text whose English
 * has changed since (scripts/lib/englishStamp.ts); the compiled dataset leaves the stamps out.
 */
export const SOURCE_STAMP_KEY = `@${BASE_LANGUAGE}`;

/** Every actor name of these events, once each, sorted: the keys of an actors glossary. */
export function actorNames(events: readonly { actors: readonly string[] }[]): string[] {
  return [...new Set(events.flatMap((e) => e.actors))].sort();
}

/** Figure units the app formats itself ("$112 million", "1,185 %"): no word to translate. */
export const FORMATTED_UNITS: ReadonlySet<string> = new Set(['USD', 'percent']);

/** The translation keys of a kind as one pattern: "figures.2.unit" matches, "figures.unit" does not. */
export function translationKeyPattern(kind: TranslatableKind): RegExp {
  const alternatives = TRANSLATABLE_PATHS[kind].map((p) =>
    p
      .split('.')
      .map((s) => (s === 'i' ? '(?:0|[1-9]\\d*)' : s))
      .join('\\.'),
  );
  return new RegExp(`^(?:${alternatives.join('|')})$`);
}
