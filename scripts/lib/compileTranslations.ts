/**
 * Translations (data/languages.json, data/i18n/<lang>/): every text of every record in every
 * language, no text the English lacks, no unknown record, our own words in every language, every
 * actor named, and no text whose English changed after it was translated (its "@en" stamp).
 * Which fields are translated is defined once, in src/data/translations.ts.
 */
import { z } from 'zod';
import type {
  Administration,
  AuthoredEvent,
  LanguageTexts,
  Narrative,
  Place,
  Translations,
} from '../../src/data/schema';
import {
  actorNames,
  administrationTexts,
  BASE_LANGUAGE,
  EVERY_TEXT_REQUIRED,
  eventTexts,
  LANGUAGE_CODE,
  narrativeTexts,
  placeTexts,
  SOURCE_STAMP_KEY,
  type TextField,
  type TranslatableKind,
  translationKeyPattern,
} from '../../src/data/translations';
import { badMark } from '../../src/domain/markedText';
import { copiedRun } from './copyCheck';
import type { DataError, RecordNoun } from './dataError';
import { englishStamp } from './englishStamp';

type JsonFile = { file: string; json: unknown };

/** What readInputs found in one data/i18n/<lang>/ folder. */
export interface LanguageInput {
  lang: string;
  /** "data/i18n/es/" */
  dir: string;
  /** data/i18n/<lang>/events/<article-id>.json, beside data/events/<article-id>.json. */
  events: JsonFile[];
  places?: JsonFile;
  narratives?: JsonFile;
  administrations?: JsonFile;
  /** The actors glossary: {English name: name in this language}. */
  actors?: JsonFile;
  /** Entries of the folder that are none of the above (reported: nothing is silently ignored). */
  unknownFiles?: string[];
}

export interface TranslationContext {
  /** Every authored event by id (even one that failed its own checks), with its file. */
  events: ReadonlyMap<string, { file: string; event: AuthoredEvent }>;
  /** Ids whose record failed validation: already reported, not "unknown" here. */
  brokenEvents: ReadonlySet<string>;
  places: readonly Place[];
  brokenPlaces: ReadonlySet<string>;
  narratives: readonly Narrative[];
  brokenNarratives: ReadonlySet<string>;
  administrations: readonly Administration[];
  brokenAdministrations: ReadonlySet<string>;
  /** Record order in the compiled dataset, so the output follows it. */
  order: { events: readonly string[] };
  /** Shingles of each article by id; null when the article texts are not available. */
  shingles: ReadonlyMap<string, ReadonlySet<string>> | null;
  allowedPhrases: readonly string[];
}

const LanguagesSchema = z
  .array(z.string().regex(LANGUAGE_CODE, 'must be a language code such as "es"'))
  .min(1)
  .refine((l) => l.includes(BASE_LANGUAGE), `must list "${BASE_LANGUAGE}", the authored base`)
  .refine((l) => new Set(l).size === l.length, 'lists a language twice');

/** "Spanish" for "es", for messages; the code itself when the runtime has no name for it. */
export function languageName(lang: string): string {
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' }).of(lang) ?? lang;
  } catch {
    return lang;
  }
}

const baseName = (path: string) => path.slice(path.lastIndexOf('/') + 1);
const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Texts that may quote the article's English with an [en:…] mark (src/domain/markedText.ts). */
const MARKABLE = new Set(['summary', 'note', 'date.note', 'discrepancy', 'adminsOverride.reason']);

const NOUN: Record<TranslatableKind, RecordNoun> = {
  events: 'event',
  places: 'place',
  narratives: 'narrative',
  administrations: 'administration',
};

/** The languages of data/languages.json, base first; just the base when the file is absent. */
function readLanguages(input: JsonFile | undefined, errors: DataError[]): string[] {
  if (!input) return [BASE_LANGUAGE];
  const parsed = LanguagesSchema.safeParse(input.json);
  if (parsed.success) return [BASE_LANGUAGE, ...parsed.data.filter((l) => l !== BASE_LANGUAGE)];
  for (const i of parsed.error.issues)
    errors.push({
      file: input.file,
      ...(i.path.length ? { field: i.path.join('.') } : {}),
      reason: i.message,
    });
  return [BASE_LANGUAGE];
}

/** Checks one language's texts for one kind of record and returns the accepted texts. */
class LanguageChecker {
  readonly name: string;
  constructor(
    readonly lang: string,
    readonly ctx: TranslationContext,
    readonly errors: DataError[],
  ) {
    this.name = languageName(lang);
  }

  /** A whole translation file: an object keyed by record id, or an error. */
  entries(kind: TranslatableKind, input: JsonFile): [string, unknown][] {
    if (isPlainObject(input.json)) return Object.entries(input.json);
    this.errors.push({
      file: input.file,
      reason: `expected an object keyed by ${NOUN[kind]} id, each holding its ${this.name} texts`,
    });
    return [];
  }

  /**
   * One record's texts against its English fields: no unknown or stale key, no empty text, and
   * (where the kind requires it) no missing one. Returns the accepted texts in English order.
   */
  record(
    kind: TranslatableKind,
    file: string,
    id: string,
    english: readonly TextField[],
    raw: unknown,
  ): Record<string, string> {
    const record = { noun: NOUN[kind], id };
    const err = (reason: string, field?: string) =>
      this.errors.push({ file, record, ...(field ? { field } : {}), reason });
    if (!isPlainObject(raw)) {
      err(`expected an object of ${this.name} texts keyed by field path ("title", "summary")`);
      return {};
    }
    const keys = new Set(english.map((f) => f.key));
    const pattern = translationKeyPattern(kind);
    for (const [key, value] of Object.entries(raw)) {
      if (key === SOURCE_STAMP_KEY) continue;
      if (!pattern.test(key))
        err(`not a translatable ${NOUN[kind]} field (see src/data/translations.ts)`, key);
      else if (!keys.has(key))
        err(`stale ${this.name} text: the English ${NOUN[kind]} has no such text; remove it`, key);
      else if (typeof value !== 'string' || !/\S/.test(value))
        err(`${this.name} text must be a non-empty string`, key);
      else if (value.includes('[en:') && !MARKABLE.has(key.replace(/\.\d+\./, '.i.')))
        err(
          `an [en:…] mark is for the article's English quoted in a note, summary or check, not in a ${key}`,
          key,
        );
      else if (badMark(value)) err(`${badMark(value)}`, key);
    }
    if (EVERY_TEXT_REQUIRED[kind])
      for (const f of english) if (!(f.key in raw)) err(`missing ${this.name} text`, f.key);
    const out: Record<string, string> = {};
    for (const f of english) {
      const value = raw[f.key];
      if (typeof value === 'string' && /\S/.test(value)) out[f.key] = value;
    }
    this.fresh(kind, english, raw[SOURCE_STAMP_KEY], out, err);
    return out;
  }

  /**
   * Each translated text against the stamp of the English it was written from: a missing stamp,
   * a stamp for no text, and (above all) English that changed since are refused.
   */
  private fresh(
    kind: TranslatableKind,
    english: readonly TextField[],
    stamps: unknown,
    texts: Record<string, string>,
    err: (reason: string, field?: string) => void,
  ) {
    const stamp = `npm run data -- --stamp <id>`;
    if (stamps !== undefined && !isPlainObject(stamps)) {
      err(`expected {"<field>": "<stamp>"} for each translated text (${stamp} writes it)`);
      return;
    }
    const given = (stamps ?? {}) as Record<string, unknown>;
    for (const f of english) {
      if (!(f.key in texts)) continue;
      const now = englishStamp(f.text);
      const was = given[f.key];
      if (was === undefined)
        err(
          `no "${SOURCE_STAMP_KEY}" stamp of the English this ${this.name} text translates: check it against the English, then add "${SOURCE_STAMP_KEY}": {"${f.key}": "${now}"} (or ${stamp})`,
          f.key,
        );
      else if (was !== now)
        err(
          `the English ${NOUN[kind]} text changed after this ${this.name} text was written (stamp ${String(was)}, English now ${now}): revise the ${this.name}, then set "${SOURCE_STAMP_KEY}".${f.key} to "${now}" (or ${stamp})`,
          f.key,
        );
    }
    for (const key of Object.keys(given))
      if (!(key in texts))
        err(
          `"${SOURCE_STAMP_KEY}" stamp for a text this record does not translate: remove it`,
          key,
        );
  }

  /** actors.json: a name in this language for every actor of the events, and only for those. */
  actors(path: string, input: JsonFile | undefined): Record<string, string> {
    const names = actorNames([...this.ctx.events.values()].map((e) => e.event));
    if (!input) {
      if (names.length)
        this.errors.push({
          file: path,
          reason: `missing: the ${names.length} actor(s) of the events have no ${this.name} name`,
        });
      return {};
    }
    if (!isPlainObject(input.json)) {
      this.errors.push({
        file: input.file,
        reason: `expected an object: {"<actor as the English events name it>": "<${this.name} name>"}`,
      });
      return {};
    }
    const given = input.json;
    const known = new Set(names);
    for (const [actor, value] of Object.entries(given)) {
      if (!known.has(actor))
        this.errors.push({
          file: input.file,
          field: actor,
          reason: `no event names this actor (was it renamed in data/events/?): remove it or rename it`,
        });
      else if (typeof value !== 'string' || !/\S/.test(value))
        this.errors.push({
          file: input.file,
          field: actor,
          reason: `${this.name} name must be a non-empty string`,
        });
    }
    const out: Record<string, string> = {};
    for (const actor of names) {
      const value = given[actor];
      if (typeof value === 'string' && /\S/.test(value)) out[actor] = value;
      else if (value === undefined)
        this.errors.push({ file: input.file, field: actor, reason: `missing ${this.name} name` });
    }
    return out;
  }

  /** Our own words: a translated text may not repeat 8 words of the article(s) either. */
  copyCheck(
    kind: TranslatableKind,
    file: string,
    id: string,
    texts: Record<string, string>,
    articles: readonly ReadonlySet<string>[],
  ) {
    for (const [key, text] of Object.entries(texts)) {
      const run = articles.map((sh) => copiedRun(text, sh, this.ctx.allowedPhrases)).find(Boolean);
      if (run)
        this.errors.push({
          file,
          record: { noun: NOUN[kind], id },
          field: key,
          // Worded as the English checks word it (compileEvent, compileNarratives).
          reason:
            kind === 'events'
              ? `repeats the article word for word ("${run}"): write it in our own words`
              : `repeats an article word for word ("${run}"): use our own words`,
        });
    }
  }

  /** A record with no entry at all: one line naming what it needs. */
  absent(kind: TranslatableKind, file: string, id: string, english: readonly TextField[]) {
    if (!EVERY_TEXT_REQUIRED[kind] || english.length === 0) return;
    this.errors.push({
      file,
      record: { noun: NOUN[kind], id },
      reason: `missing ${this.name} text (${english.map((f) => f.key).join(', ')})`,
    });
  }

  events(dir: string, files: readonly JsonFile[]): LanguageTexts['events'] {
    const { ctx } = this;
    const found = new Map<string, Record<string, string>>();
    const where = new Map<string, string>();
    for (const input of files) {
      for (const [id, raw] of this.entries('events', input)) {
        const authored = ctx.events.get(id);
        const record = { noun: 'event' as const, id };
        if (!authored) {
          if (!ctx.brokenEvents.has(id))
            this.errors.push({ file: input.file, record, reason: `unknown event id` });
          continue;
        }
        const home = baseName(authored.file);
        if (where.has(id)) {
          this.errors.push({
            file: input.file,
            record,
            reason: `duplicate: this event's ${this.name} text is also in ${where.get(id)}`,
          });
          continue;
        }
        where.set(id, input.file);
        if (baseName(input.file) !== home)
          this.errors.push({
            file: input.file,
            record,
            reason: `belongs in ${dir}events/${home}, beside ${authored.file} where the event is`,
          });
        const texts = this.record('events', input.file, id, eventTexts(authored.event), raw);
        if (ctx.shingles) {
          const articles = authored.event.sources.flatMap((s) => {
            const sh = ctx.shingles?.get(s.article);
            return sh ? [sh] : [];
          });
          this.copyCheck('events', input.file, id, texts, [...new Set(articles)]);
        }
        found.set(id, texts);
      }
    }
    // Events with no text at all: one line per missing file, else one per event.
    const present = new Set(files.map((f) => baseName(f.file)));
    const missingFiles = new Map<string, number>();
    for (const [id, { file, event }] of ctx.events) {
      if (where.has(id)) continue;
      const home = baseName(file);
      if (!present.has(home)) missingFiles.set(home, (missingFiles.get(home) ?? 0) + 1);
      else this.absent('events', `${dir}events/${home}`, id, eventTexts(event));
    }
    for (const [home, n] of missingFiles)
      this.errors.push({
        file: `${dir}events/${home}`,
        reason: `missing: the ${n} event(s) of data/events/${home} have no ${this.name} text`,
      });
    const out: LanguageTexts['events'] = {};
    for (const id of ctx.order.events) {
      const texts = found.get(id);
      if (texts && Object.keys(texts).length) out[id] = texts;
    }
    return out;
  }

  /** places.json, narratives.json, administrations.json: an object keyed by record id. */
  simple<T extends { id: string }>(
    kind: Exclude<TranslatableKind, 'events'>,
    path: string,
    input: JsonFile | undefined,
    records: readonly T[],
    textsOf: (r: T) => TextField[],
    broken: ReadonlySet<string> = new Set(),
    articles: readonly ReadonlySet<string>[] | null = null,
  ): LanguageTexts[typeof kind] {
    const byId = new Map(records.map((r) => [r.id, r]));
    const found = new Map<string, Record<string, string>>();
    if (!input) {
      const needed = records.filter((r) => textsOf(r).length > 0).length;
      if (EVERY_TEXT_REQUIRED[kind] && needed > 0)
        this.errors.push({
          file: path,
          reason: `missing: the ${needed} ${NOUN[kind]}(s) have no ${this.name} text`,
        });
      return {};
    }
    for (const [id, raw] of this.entries(kind, input)) {
      const r = byId.get(id);
      if (!r) {
        if (!broken.has(id))
          this.errors.push({
            file: input.file,
            record: { noun: NOUN[kind], id },
            reason: `unknown ${NOUN[kind]} id`,
          });
        continue;
      }
      const texts = this.record(kind, input.file, id, textsOf(r), raw);
      if (articles) this.copyCheck(kind, input.file, id, texts, articles);
      found.set(id, texts);
    }
    const out: LanguageTexts[typeof kind] = {};
    for (const r of records) {
      const texts = found.get(r.id);
      if (!texts) this.absent(kind, input.file, r.id, textsOf(r));
      else if (Object.keys(texts).length) out[r.id] = texts;
    }
    return out;
  }
}

/**
 * Compiles data/i18n/ for every language of data/languages.json other than the base. Returns
 * undefined when the dataset is English only.
 */
export function compileTranslations(
  input: { languages?: JsonFile; translations?: readonly LanguageInput[] },
  ctx: TranslationContext,
  errors: DataError[],
): Translations | undefined {
  const languages = readLanguages(input.languages, errors);
  const folders = new Map((input.translations ?? []).map((t) => [t.lang, t]));
  const languagesFile = input.languages?.file ?? 'data/languages.json';
  for (const t of folders.values()) {
    if (t.lang === BASE_LANGUAGE)
      errors.push({
        file: t.dir,
        reason: `"${BASE_LANGUAGE}" is the authored base: its texts are data/ itself`,
      });
    else if (!languages.includes(t.lang))
      errors.push({ file: t.dir, reason: `"${t.lang}" is not listed in ${languagesFile}` });
  }
  const out: Translations = {};
  for (const lang of languages) {
    if (lang === BASE_LANGUAGE) continue;
    const t = folders.get(lang);
    const check = new LanguageChecker(lang, ctx, errors);
    if (!t) {
      errors.push({
        file: `data/i18n/${lang}/`,
        reason: `missing: ${languagesFile} lists "${lang}" (${check.name}) but it has no texts`,
      });
      continue;
    }
    for (const f of t.unknownFiles ?? [])
      errors.push({
        file: f,
        reason:
          'not a translation file (expected events/<article-id>.json, places.json, narratives.json, administrations.json or actors.json)',
      });
    const allArticles = ctx.shingles ? [...ctx.shingles.values()] : null;
    out[lang] = {
      events: check.events(t.dir, t.events),
      places: check.simple(
        'places',
        `${t.dir}places.json`,
        t.places,
        ctx.places,
        placeTexts,
        ctx.brokenPlaces,
      ),
      narratives: check.simple(
        'narratives',
        `${t.dir}narratives.json`,
        t.narratives,
        ctx.narratives,
        narrativeTexts,
        ctx.brokenNarratives,
        allArticles,
      ),
      administrations: check.simple(
        'administrations',
        `${t.dir}administrations.json`,
        t.administrations,
        ctx.administrations,
        administrationTexts,
        ctx.brokenAdministrations,
      ),
      actors: check.actors(`${t.dir}actors.json`, t.actors),
    };
  }
  return Object.keys(out).length ? out : undefined;
}
