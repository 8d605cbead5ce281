/**
 * Pure dataset compiler: authored inputs in, a validated Dataset or a list of precise errors out.
 * No file system here, so tests can feed it broken data directly.
 */
import type { z } from 'zod';
import {
  type Administration,
  AdministrationSchema,
  type Article,
  ArticleSchema,
  type AuthoredEvent,
  AuthoredEventFileSchema,
  type Dataset,
  DatasetSchema,
  type FronteraEvent,
  type Narrative,
  NarrativeSchema,
  type Place,
  PlaceSchema,
} from '../../src/data/schema';
import { administrationsOverlapping } from '../../src/domain/administrations';
import { periodBounds } from '../../src/domain/isoDate';
import { resolveRelative } from '../../src/domain/relativeDates';
import { normaliseForMatch } from './normaliseText';

/** One problem, located as precisely as possible: file › record id › field: reason. */
export interface DataError {
  file: string;
  id?: string;
  field?: string;
  reason: string;
}

export function formatError(e: DataError): string {
  const where = [e.file, e.id && `event ${e.id}`, e.field].filter(Boolean).join(' › ');
  return `${where}: ${e.reason}`;
}

export interface CompileInput {
  articles: { file: string; json: unknown };
  administrations: { file: string; json: unknown };
  places: { file: string; json: unknown };
  /** One entry per authored events file. */
  events: { file: string; json: unknown }[];
  /** One entry per narrative file (data/narratives/). */
  narratives?: { file: string; json: unknown }[];
  /** Article texts by article file name; null when the texts are not available. */
  articleTexts: Map<string, string> | null;
}

export type CompileResult = { ok: true; dataset: Dataset } | { ok: false; errors: DataError[] };

function zodErrors(file: string, error: z.ZodError, json: unknown): DataError[] {
  return error.issues.map((issue) => {
    const [index, ...rest] = issue.path;
    const record = Array.isArray(json) && typeof index === 'number' ? json[index] : undefined;
    const id =
      record && typeof record === 'object' && 'id' in record ? String(record.id) : undefined;
    const field = (id ? rest : issue.path).join('.') || undefined;
    return {
      file,
      id: id ?? (index !== undefined ? `#${String(index)}` : undefined),
      field,
      reason: issue.message,
    };
  });
}

function parseArray<T>(
  schema: z.ZodType<T[]>,
  input: { file: string; json: unknown },
  errors: DataError[],
): T[] {
  const result = schema.safeParse(input.json);
  if (result.success) return result.data;
  errors.push(...zodErrors(input.file, result.error, input.json));
  return [];
}

function duplicateIds(file: string, ids: string[], errors: DataError[], what: string) {
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id))
      errors.push({ file, id, field: 'id', reason: `duplicate ${what} id "${id}"` });
    seen.add(id);
  }
}

interface Context {
  articles: Map<string, Article>;
  places: Set<string>;
  admins: Administration[];
  texts: Map<string, string> | null;
}

/** Validate one event beyond its shape and derive its compiled fields. */
function compileEvent(file: string, ev: AuthoredEvent, ctx: Context, errors: DataError[]) {
  const err = (field: string, reason: string): undefined => {
    errors.push({ file, id: ev.id, field, reason });
  };
  const { date } = ev;
  const start = periodBounds(date.start, date.precision);
  if ('error' in start) return err('date.start', start.error);
  let t1 = start.t1;
  if (date.end !== undefined) {
    const end = periodBounds(date.end, date.precision);
    if ('error' in end) return err('date.end', end.error);
    if (end.t0 < start.t0) return err('date.end', `end ${date.end} is before start ${date.start}`);
    if (end.t0 === start.t0) return err('date.end', 'end equals start; omit it');
    t1 = end.t1;
  }
  if (date.relative) {
    const article = ctx.articles.get(date.relative.article);
    if (!article) {
      err('date.relative.article', `unknown article "${date.relative.article}"`);
    } else {
      const r = resolveRelative(date.relative.phrase, article.published);
      if (!r) err('date.relative.phrase', `unsupported phrase "${date.relative.phrase}"`);
      else if (r.start !== date.start || r.end !== date.end || r.precision !== date.precision) {
        const want = `${r.start}${r.end ? `..${r.end}` : ''} (${r.precision})`;
        err('date', `"${date.relative.phrase}" against ${article.published} resolves to ${want}`);
      }
    }
  }
  ev.places.forEach((p, i) => {
    if (!ctx.places.has(p)) err(`places.${i}`, `unknown place id "${p}"`);
  });
  for (const [i, s] of ev.sources.entries()) {
    const article = ctx.articles.get(s.article);
    if (!article) {
      err(`sources.${i}.article`, `unknown article "${s.article}"`);
      continue;
    }
    const text = ctx.texts?.get(article.file);
    if (ctx.texts && text === undefined)
      err(`sources.${i}`, `article file ${article.file} missing`);
    else if (text !== undefined && !text.includes(normaliseForMatch(s.excerpt))) {
      err(`sources.${i}.excerpt`, `excerpt not found verbatim in ${article.file}: "${s.excerpt}"`);
    }
  }
  if (ev.quote && ctx.texts) {
    const found = ev.sources.some((s) => {
      const file = ctx.articles.get(s.article)?.file;
      const text = file ? ctx.texts?.get(file) : undefined;
      return text?.includes(normaliseForMatch(ev.quote?.text ?? ''));
    });
    if (!found) err('quote.text', 'quote not found verbatim in any of its source articles');
  }
  const compiled: FronteraEvent = {
    ...ev,
    t0: start.t0,
    t1,
    admins: {
      us: administrationsOverlapping(ctx.admins, 'US', start.t0, t1),
      mx: administrationsOverlapping(ctx.admins, 'MX', start.t0, t1),
    },
  };
  return compiled;
}

function compileNarratives(
  files: { file: string; json: unknown }[],
  eventIds: ReadonlySet<string>,
  placeIds: ReadonlySet<string>,
  errors: DataError[],
): Narrative[] {
  const out: Narrative[] = [];
  for (const f of files) {
    const parsed = NarrativeSchema.safeParse(f.json);
    if (!parsed.success) {
      errors.push(
        ...parsed.error.issues.map((i) => ({
          file: f.file,
          field: i.path.join('.'),
          reason: i.message,
        })),
      );
      continue;
    }
    const n = parsed.data;
    n.steps.forEach((step, i) => {
      const err = (field: string, reason: string) =>
        errors.push({ file: f.file, field: `steps.${i}.${field}`, reason });
      if (step.event && !eventIds.has(step.event)) err('event', `unknown event id "${step.event}"`);
      if (step.place && !placeIds.has(step.place)) err('place', `unknown place id "${step.place}"`);
      for (const key of ['view', 'window'] as const) {
        const r = step[key];
        if (!r) continue;
        const a = periodBounds(r.start, 'day');
        const b = periodBounds(r.end, 'day');
        if ('error' in a) err(`${key}.start`, a.error);
        else if ('error' in b) err(`${key}.end`, b.error);
        else if (b.t0 < a.t0) err(`${key}.end`, `end ${r.end} is before start ${r.start}`);
      }
      if (step.playhead) {
        const p = periodBounds(step.playhead, 'day');
        if ('error' in p) err('playhead', p.error);
      }
    });
    if (out.some((o) => o.id === n.id))
      errors.push({ file: f.file, field: 'id', reason: `duplicate narrative id "${n.id}"` });
    out.push(n);
  }
  return out;
}

export function compileDataset(input: CompileInput): CompileResult {
  const errors: DataError[] = [];
  const articles = parseArray(ArticleSchema.array(), input.articles, errors);
  const administrations = parseArray(AdministrationSchema.array(), input.administrations, errors);
  const places: Place[] = parseArray(PlaceSchema.array(), input.places, errors);
  duplicateIds(
    input.articles.file,
    articles.map((a) => a.id),
    errors,
    'article',
  );
  duplicateIds(
    input.administrations.file,
    administrations.map((a) => a.id),
    errors,
    'administration',
  );
  duplicateIds(
    input.places.file,
    places.map((p) => p.id),
    errors,
    'place',
  );

  const texts = input.articleTexts
    ? new Map([...input.articleTexts].map(([k, v]) => [k, normaliseForMatch(v)]))
    : null;
  const ctx: Context = {
    articles: new Map(articles.map((a) => [a.id, a])),
    places: new Set(places.map((p) => p.id)),
    admins: administrations,
    texts,
  };

  const events: FronteraEvent[] = [];
  const seen = new Map<string, string>();
  for (const file of input.events) {
    for (const ev of parseArray(AuthoredEventFileSchema, file, errors)) {
      const first = seen.get(ev.id);
      if (first) {
        errors.push({
          file: file.file,
          id: ev.id,
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
  const narratives = compileNarratives(
    input.narratives ?? [],
    new Set(seen.keys()),
    ctx.places,
    errors,
  );
  if (errors.length > 0) return { ok: false, errors };

  events.sort((a, b) => a.t0 - b.t0 || a.t1 - b.t1 || a.id.localeCompare(b.id));
  const dataset = DatasetSchema.parse({
    version: 1,
    articles,
    administrations,
    places,
    events,
    narratives,
  });
  return { ok: true, dataset };
}
