/**
 * Which texts are translated, in one place: the compiler checks data/i18n/<lang>/ against these
 * definitions and the app (src/domain/localizeDataset.ts) swaps the same fields.
 *
 * A translation is keyed by the path of the English text in the authored record ("summary",
 * "date.note", "figures.1.counts", "steps.3.caption", "quote.speaker"). Actors are translated once
 * per language in a glossary keyed by the English name (data/i18n/<lang>/actors.json), so the
 * filter keeps one value per actor in every language. Ids, dates, quotes and excerpts are never
 * translated: they stay as the article published them.
 */
import type { Administration, AuthoredEvent, FronteraEvent, Narrative, Place } from './schema';

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

/** One English text of a record: its translation key and where it sits in this record. */
export interface TextField {
  /** The translation key: the path in the authored record. */
  key: string;
  /** Where the text is in the record at hand (a compiled event keeps the override reason in `admins`). */
  at: readonly (string | number)[];
  text: string;
}

function add(out: TextField[], key: string, at: (string | number)[], text: string | undefined) {
  if (text?.trim()) out.push({ key, at, text });
}

/** An event's texts, authored (as in data/events/) or compiled (as in the dataset). */
export function eventTexts(ev: AuthoredEvent | FronteraEvent): TextField[] {
  const out: TextField[] = [];
  add(out, 'title', ['title'], ev.title);
  add(out, 'summary', ['summary'], ev.summary);
  add(out, 'date.note', ['date', 'note'], ev.date.note);
  add(out, 'note', ['note'], ev.note);
  add(out, 'discrepancy', ['discrepancy'], ev.discrepancy);
  add(out, 'context.text', ['context', 'text'], ev.context?.text);
  add(out, 'context.source', ['context', 'source'], ev.context?.source);
  if ('admins' in ev) add(out, 'adminsOverride.reason', ['admins', 'reason'], ev.admins.reason);
  else add(out, 'adminsOverride.reason', ['adminsOverride', 'reason'], ev.adminsOverride?.reason);
  add(out, 'attribution.claimant', ['attribution', 'claimant'], ev.attribution?.claimant);
  add(out, 'attribution.via', ['attribution', 'via'], ev.attribution?.via);
  add(out, 'quote.speaker', ['quote', 'speaker'], ev.quote?.speaker);
  ev.figures.forEach((f, i) => {
    add(out, `figures.${i}.counts`, ['figures', i, 'counts'], f.counts);
    add(out, `figures.${i}.period`, ['figures', i, 'period'], f.period);
    if (!FORMATTED_UNITS.has(f.unit)) add(out, `figures.${i}.unit`, ['figures', i, 'unit'], f.unit);
  });
  return out;
}

export function placeTexts(p: Place): TextField[] {
  const out: TextField[] = [];
  add(out, 'name', ['name'], p.name);
  add(out, 'note', ['note'], p.note);
  return out;
}

export function narrativeTexts(n: Narrative): TextField[] {
  const out: TextField[] = [];
  add(out, 'title', ['title'], n.title);
  add(out, 'description', ['description'], n.description);
  n.steps.forEach((s, i) => {
    add(out, `steps.${i}.title`, ['steps', i, 'title'], s.title);
    add(out, `steps.${i}.caption`, ['steps', i, 'caption'], s.caption);
  });
  return out;
}

export function administrationTexts(a: Administration): TextField[] {
  const out: TextField[] = [];
  add(out, 'party', ['party'], a.party);
  return out;
}
