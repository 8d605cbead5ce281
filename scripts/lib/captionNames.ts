/**
 * Story captions name nothing their sources do not: every proper name in a step's title or
 * caption must occur in the step's event (its title, summary, actors, quote and attribution) or
 * in the paragraphs of the article its excerpts cite (a step with no event: in any article). A
 * name from general knowledge ("the border with Guatemala" where the article says "southern
 * border") is refused, and so is one taken from the map: place names are ours too.
 * A translation may also use the names in that language's texts of the events drawn from the
 * same article ("Estados Unidos" for "United States").
 */
import type { AuthoredEvent, Narrative, Translations } from '../../src/data/schema';
import { type ArticleText, paragraphOf, readArticle } from './articleText';
import type { DataError } from './dataError';

/** Words any caption may use: calendar and counting words, which name no fact. Keep it short. */
export const ALWAYS_ALLOWED = new Set(
  [
    ...['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August'],
    ...['September', 'October', 'November', 'December'],
    ...['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
    ...['One', 'Two', 'Three', 'Four', 'Five', 'Six', 'Seven', 'Eight', 'Nine', 'Ten'],
    ...['Eleven', 'Twelve', 'Thirteen', 'Fourteen', 'Fifteen', 'Twenty'],
    ...['Uno', 'Dos', 'Tres', 'Cuatro', 'Cinco', 'Seis', 'Siete', 'Ocho', 'Nueve', 'Diez'],
    ...['Once', 'Doce', 'Trece', 'Catorce', 'Quince', 'Veinte'],
  ].map((w) => fold(w)),
);

/** Sentence openers of our house style that are not names, in the languages we write. */
const OPENERS = new Set(
  [
    ...['A', 'An', 'The', 'In', 'On', 'At', 'By', 'For', 'From', 'After', 'Before', 'As'],
    ...['Un', 'Una', 'El', 'La', 'Los', 'Las', 'En', 'Según', 'Tras', 'Con', 'Para', 'Por'],
  ].map((w) => fold(w)),
);

function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}

const words = (t: string) => t.replace(/\\/g, '').split(/[^\p{L}\p{N}]+/u);

/** Every word of some texts, folded, for "does this name occur there". */
export function wordSet(texts: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const t of texts) for (const w of words(t)) if (w) out.add(fold(w));
  return out;
}

/** Words some text writes in lower case: a capital on them at a sentence's start names nothing. */
export function commonWords(texts: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const t of texts) for (const w of words(t)) if (/^\p{Ll}/u.test(w)) out.add(fold(w));
  return out;
}

/**
 * The capitalised words of `text` that name something: each word (hyphen parts separately)
 * starting with a capital, without a possessive; a sentence's first word only when it is not a
 * common word (an opener, or a word `common` holds).
 */
export function properNames(text: string, common: ReadonlySet<string> = new Set()): string[] {
  const names: string[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)) {
    const before = text.slice(0, m.index);
    const opensSentence = /(^|[.!?:;]["”’)]*\s+)["“‘(]*$/u.test(before);
    const word = m[0].replace(/['’]s$/u, '').replace(/['’]$/u, '');
    for (const part of word.split('-')) {
      if (!/^\p{Lu}/u.test(part)) continue;
      const key = fold(part);
      if (opensSentence && part === word && (OPENERS.has(key) || common.has(key))) continue;
      names.push(part);
    }
  }
  return names;
}

/** Names in `text` that occur nowhere in `sources` and are not always allowed. */
export function unsupportedNames(
  text: string,
  sources: ReadonlySet<string>,
  common: ReadonlySet<string> = new Set(),
): string[] {
  const missing = properNames(text, common).filter((n) => {
    const key = fold(n);
    return !sources.has(key) && !ALWAYS_ALLOWED.has(key);
  });
  return [...new Set(missing)];
}

export interface CaptionContext {
  events: ReadonlyMap<string, { file: string; event: AuthoredEvent }>;
  /** Article texts by article id; null when not available (the check is skipped). */
  articleTexts: ReadonlyMap<string, string> | null;
  translations?: Translations | undefined;
  /** File each narrative came from, by id. */
  files: ReadonlyMap<string, string>;
  /** Folder of each language's texts: "data/i18n/es/". */
  dirs: ReadonlyMap<string, string>;
}

/** An event's own words, and the article paragraphs its excerpts sit in. */
function eventSources(
  ev: AuthoredEvent,
  article: (id: string) => ArticleText | undefined,
): string[] {
  return [
    ev.title,
    ev.summary,
    ...ev.actors,
    ev.quote?.text ?? '',
    ev.quote?.speaker ?? '',
    ev.attribution?.claimant ?? '',
    ev.attribution?.via ?? '',
    ...ev.sources.flatMap((s) => {
      const a = article(s.article);
      const n = a ? paragraphOf(a, s.excerpt) : null;
      return [s.excerpt, a && n ? (a.paragraphs[n - 1] ?? '') : ''];
    }),
  ];
}

export function checkCaptionNames(
  narratives: readonly Narrative[],
  ctx: CaptionContext,
  errors: DataError[],
): void {
  const texts = ctx.articleTexts;
  if (!texts) return;
  const read = new Map<string, ArticleText>();
  const article = (id: string) => {
    const raw = texts.get(id);
    if (raw === undefined) return undefined;
    const known = read.get(id) ?? readArticle(raw);
    read.set(id, known);
    return known;
  };
  const allArticles = [...texts.values()];
  const languages = Object.entries(ctx.translations ?? {});
  const authored = [...ctx.events.values()].map((e) => e.event);
  const common = commonWords([
    ...allArticles,
    ...authored.flatMap((e) => [e.title, e.summary, e.note ?? '', e.date.note ?? '']),
    ...languages.flatMap(([, t]) => Object.values(t.events).flatMap((x) => Object.values(x))),
  ]);
  /** Texts in a language of every event drawn from these articles: "its article" in that language. */
  const localArticles = (lang: Translations[string], articles: ReadonlySet<string>) =>
    authored
      .filter((e) => e.sources.some((s) => articles.has(s.article)))
      .flatMap((e) => {
        const t = lang.events[e.id] ?? {};
        // What the event reports, not our notes, outside context or the map's choices.
        return [t.title, t.summary, t['attribution.claimant'], t['attribution.via']].map(
          (x) => x ?? '',
        );
      });
  for (const n of narratives) {
    const record = { noun: 'narrative' as const, id: n.id };
    const check = (file: string, field: string, text: string | undefined, sources: Set<string>) => {
      if (!text) return;
      const missing = unsupportedNames(text, sources, common);
      if (missing.length)
        errors.push({
          file,
          record,
          field,
          reason: `names ${missing.map((m) => `"${m}"`).join(', ')}, which neither its event nor the article it draws on mention: say only what the sources say`,
        });
    };
    const file = ctx.files.get(n.id) ?? 'data/narratives/';
    n.steps.forEach((step, i) => {
      const ev = step.event ? ctx.events.get(step.event)?.event : undefined;
      const base = ev ? eventSources(ev, article) : allArticles;
      check(file, `steps.${i}.title`, step.title, wordSet(base));
      check(file, `steps.${i}.caption`, step.caption, wordSet(base));
      for (const [lang, t] of languages) {
        const own = t.narratives[n.id];
        if (!own) continue;
        const cited = new Set(ev ? ev.sources.map((s) => s.article) : texts.keys());
        const local = [...base, ...localArticles(t, cited)];
        const where = `${ctx.dirs.get(lang) ?? `data/i18n/${lang}/`}narratives.json`;
        check(where, `steps.${i}.title`, own[`steps.${i}.title`], wordSet(local));
        check(where, `steps.${i}.caption`, own[`steps.${i}.caption`], wordSet(local));
      }
    });
  }
}
