/**
 * Pure dataset compiler: authored inputs in, a validated Dataset or a list of precise errors out.
 * No file system here, so tests can feed it broken data directly.
 */
import { z } from 'zod';
import {
  AdministrationSchema,
  ArticleSchema,
  AuthoredEventSchema,
  type Dataset,
  DatasetSchema,
  type FronteraEvent,
  PlaceSchema,
} from '../../src/data/schema';
import { readArticle } from './articleText';
import { type ArticleEvidence, compileEvent } from './compileEvent';
import { compileNarratives } from './compileNarratives';
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

export function compileDataset(input: CompileInput): CompileResult {
  const errors: DataError[] = [];
  const articles = parseRecords(ArticleSchema, input.articles, 'article', errors).records;
  const administrations = parseRecords(
    AdministrationSchema,
    input.administrations,
    'administration',
    errors,
  ).records;
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
  for (const file of input.events) {
    for (const ev of parseRecords(AuthoredEventSchema, file, 'event', errors).records) {
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
  if (errors.length > 0) return { ok: false, errors };

  events.sort((a, b) => a.t0 - b.t0 || a.t1 - b.t1 || a.id.localeCompare(b.id));
  const final = DatasetSchema.safeParse({
    version: 1,
    articles,
    administrations,
    places: places.records,
    events,
    narratives,
  });
  if (!final.success)
    return {
      ok: false,
      errors: final.error.issues.map((i) => ({
        file: 'public/data/frontera.json',
        field: i.path.join('.'),
        reason: i.message,
      })),
    };
  return { ok: true, dataset: final.data };
}
