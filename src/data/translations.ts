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
import type { Administration, AuthoredEvent, FronteraEvent, Narrative, Place } from './records';
import { FORMATTED_UNITS } from './translationKeys';

export * from './translationKeys';

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
