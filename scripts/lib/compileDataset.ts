/**
 * Pure dataset compiler: authored inputs in, a validated Dataset or a list of precise errors out.
 * No file system here, so tests can feed it broken data directly.
 */
import { z } from 'zod';
import {
  AdministrationSchema,
  ArticleSchema,
  type AuthoredEvent,
  AuthoredEventSchema,
  type Dataset,
  DatasetSchema,
  type FronteraEvent,
  PlaceSchema,
} from '../../src/data/schema';
import { localizeDataset } from '../../src/domain/localizeDataset';
import { readArticle } from './articleText';
import { checkCaptionNames } from './captionNames';
import { type ArticleEvidence, compileEvent } from './compileEvent';
import { compileNarratives } from './compileNarratives';
import { compileTranslations, type LanguageInput, languageName } from './compileTranslations';
import { shingles } from './copyCheck';
import type { DataError } from './dataError';
import { parseRecords } from './parseRecords';

export { type DataError, formatError } from './dataError';

export interface CompileInput {
  articles: { file: string; json: unknown };
  administrations: { file: string; json: unknown };
  places: { file: string; json: unknown };
  /** One entry per authored events file. */
  events: { file: string; json: unknown }[];
  /** One entry per narrative file (data/narratives/). */
  narratives?: { file: string; json: unknown }[];
  /** Long proper names the copy check allows (data/allowed-phrases.json). */
  allowedPhrases?: { file: string; json: unknown };
  /** data/languages.json: the languages of the dataset, "en" (the authored base) first. */
  languages?: { file: string; json: unknown };
  /** One entry per data/i18n/<lang>/ folder. */
  translations?: LanguageInput[];
  /** Article texts by article file name; null when the texts are not available. */
  articleTexts: Map<string, string> | null;
}

export type CompileResult = { ok: true; dataset: Dataset } | { ok: false; errors: DataError[] };

const AllowedPhrasesSchema = z.array(
  z.strictObject({
    /** A long proper name, e.g. "Transactional Records Access Clearinghouse". */
    phrase: z.string().min(1),
    /** Why sharing these words with an article is not copying. */
    why: z.string().min(1),
  }),
);

function readAllowedPhrases(
  input: { file: string; json: unknown } | undefined,
  errors: DataError[],
): string[] {
  if (!input) return [];
  const parsed = AllowedPhrasesSchema.safeParse(input.json);
  if (parsed.success) return parsed.data.map((p) => p.phrase);
  for (const i of parsed.error.issues)
    errors.push({ file: input.file, field: i.path.join('.'), reason: i.message });
  return [];
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

export function compileDataset(input: CompileInput): CompileResult {
  const errors: DataError[] = [];
  const articles = parseRecords(ArticleSchema, input.articles, 'article', errors).records;
  const admins = parseRecords(
    AdministrationSchema,
    input.administrations,
    'administration',
    errors,
  );
  const administrations = admins.records;
  const places = parseRecords(PlaceSchema, input.places, 'place', errors);
  const allowedPhrases = readAllowedPhrases(input.allowedPhrases, errors);

  let evidence: Map<string, ArticleEvidence> | null = null;
  if (input.articleTexts) {
    evidence = new Map();
    for (const a of articles) {
      const raw = input.articleTexts.get(a.file);
      if (raw === undefined) {
        errors.push({
          file: input.articles.file,
          record: { noun: 'article', id: a.id },
          field: 'file',
          reason: `article text ${a.file} not found`,
        });
        continue;
      }
      evidence.set(a.id, { text: readArticle(raw), shingles: shingles(raw) });
    }
  }
  const ctx = {
    articles: new Map(articles.map((a) => [a.id, a])),
    evidence,
    places: new Set(places.records.map((p) => p.id)),
    brokenPlaces: places.broken,
    admins: administrations,
    allowedPhrases,
  };

  const events: FronteraEvent[] = [];
  const seen = new Map<string, string>();
  const authored = new Map<string, { file: string; event: AuthoredEvent }>();
  const brokenEvents = new Set<string>();
  for (const file of input.events) {
    const parsed = parseRecords(AuthoredEventSchema, file, 'event', errors);
    for (const id of parsed.broken) brokenEvents.add(id);
    for (const ev of parsed.records) {
      const first = seen.get(ev.id);
      if (first) {
        errors.push({
          file: file.file,
          record: { noun: 'event', id: ev.id },
          field: 'id',
          reason: `duplicate event id (also in ${first})`,
        });
        continue;
      }
      seen.set(ev.id, file.file);
      authored.set(ev.id, { file: file.file, event: ev });
      const compiled = compileEvent(file.file, ev, ctx, errors);
      if (compiled) events.push(compiled);
    }
  }
  const named = new Set(events.flatMap((e) => e.places));
  if (events.length > 0)
    for (const p of places.records)
      if (!named.has(p.id))
        errors.push({
          file: input.places.file,
          record: { noun: 'place', id: p.id },
          reason: 'no event names this place: remove it, or tie an event to it',
        });
  if (seen.size === 0 && errors.length === 0)
    errors.push({ file: 'data/events/', reason: 'no events: the dataset would be empty' });

  const narratives = compileNarratives(
    input.narratives ?? [],
    {
      events: new Set(seen.keys()),
      places: ctx.places,
      shingles: evidence ? [...evidence.values()].map((e) => e.shingles) : null,
      allowedPhrases,
    },
    errors,
  );
  const narrativeIds = new Set(narratives.map((n) => n.id));
  events.sort((a, b) => a.t0 - b.t0 || a.t1 - b.t1 || a.id.localeCompare(b.id));
  const translations = compileTranslations(
    input,
    {
      events: authored,
      brokenEvents,
      places: places.records,
      brokenPlaces: places.broken,
      narratives,
      brokenNarratives: new Set(
        (input.narratives ?? []).flatMap((f) => {
          const id = isRecord(f.json) ? f.json.id : undefined;
          return typeof id === 'string' && !narrativeIds.has(id) ? [id] : [];
        }),
      ),
      administrations,
      brokenAdministrations: admins.broken,
      order: { events: events.map((e) => e.id) },
      shingles: evidence
        ? new Map([...evidence].map(([id, e]) => [id, e.shingles] as const))
        : null,
      allowedPhrases,
    },
    errors,
  );
  // Names are checked against the texts, so only once every text is known to be there.
  if (errors.length === 0)
    checkCaptionNames(
      narratives,
      {
        events: authored,
        articleTexts: input.articleTexts
          ? new Map(
              articles.flatMap((a) => {
                const raw = input.articleTexts?.get(a.file);
                return raw === undefined ? [] : [[a.id, raw] as const];
              }),
            )
          : null,
        translations,
        files: new Map(
          (input.narratives ?? []).flatMap((f) =>
            isRecord(f.json) && typeof f.json.id === 'string' ? [[f.json.id, f.file] as const] : [],
          ),
        ),
        dirs: new Map((input.translations ?? []).map((t) => [t.lang, t.dir] as const)),
      },
      errors,
    );
  if (errors.length > 0) return { ok: false, errors };

  const final = DatasetSchema.safeParse({
    version: 1,
    articles,
    administrations,
    places: places.records,
    events,
    narratives,
    ...(translations ? { translations } : {}),
  });
  if (!final.success)
    return {
      ok: false,
      errors: final.error.issues.map((i) => {
        // Point at the authored file where the record came from.
        const [key, index, ...rest] = i.path;
        const admin = key === 'administrations' ? administrations[Number(index)] : undefined;
        if (admin)
          return {
            file: input.administrations.file,
            record: { noun: 'administration', id: admin.id },
            field: rest.join('.'),
            reason: i.message,
          };
        const event = key === 'events' ? events[Number(index)] : undefined;
        const source = event && authored.get(event.id);
        if (event && source)
          return {
            file: source.file,
            record: { noun: 'event', id: event.id },
            field: rest.join('.'),
            reason: i.message,
          };
        return { file: 'public/data/frontera.json', field: i.path.join('.'), reason: i.message };
      }),
    };
  // Every language must pass the same schema as the English: a Spanish title over 140
  // characters would be refused by the importer and cut in a spreadsheet.
  for (const t of input.translations ?? []) {
    if (!final.data.translations?.[t.lang]) continue;
    const local = DatasetSchema.safeParse(localizeDataset(final.data, t.lang));
    if (local.success) continue;
    return {
      ok: false,
      errors: local.error.issues.map((i) => {
        const [key, index, ...rest] = i.path;
        const record = key === 'events' ? final.data.events[Number(index)] : undefined;
        const file = record && authored.get(record.id)?.file.split('/').pop();
        return {
          file: file ? `${t.dir}events/${file}` : t.dir,
          ...(record ? { record: { noun: 'event' as const, id: record.id } } : {}),
          field: record ? rest.join('.') : i.path.join('.'),
          reason: `${i.message} (in ${languageName(t.lang)})`,
        };
      }),
    };
  }
  return { ok: true, dataset: final.data };
}
