/**
 * One authored event: checked beyond its shape against the articles, the gazetteer and the
 * presidencies, and compiled (bounds, administrations, paragraph numbers).
 */
import { dateBounds } from '../../src/data/calendar';
import type { Administration, Article, AuthoredEvent, FronteraEvent } from '../../src/data/schema';
import { administrationsOverlapping, uncoveredSpans } from '../../src/domain/administrations';
import { msToIsoDay } from '../../src/domain/isoDate';
import { resolveRelative } from '../../src/domain/relativeDates';
import { type ArticleText, paragraphOf } from './articleText';
import { copiedRun } from './copyCheck';
import type { DataError } from './dataError';
import { normaliseForMatch } from './normaliseText';

export interface ArticleEvidence {
  text: ArticleText;
  shingles: ReadonlySet<string>;
}

export interface EventContext {
  articles: ReadonlyMap<string, Article>;
  /** By article id; null when the article texts are not available. */
  evidence: ReadonlyMap<string, ArticleEvidence> | null;
  places: ReadonlySet<string>;
  /** Places that exist but failed validation (already reported). */
  brokenPlaces: ReadonlySet<string>;
  admins: readonly Administration[];
  /** Long proper names our text may share with an article. */
  allowedPhrases: readonly string[];
}

/** Our own words in an event, by field path: the texts the copy check reads. */
function ownTexts(ev: AuthoredEvent): [string, string][] {
  const out: [string, string][] = [
    ['title', ev.title],
    ['summary', ev.summary],
  ];
  if (ev.date.note) out.push(['date.note', ev.date.note]);
  if (ev.note) out.push(['note', ev.note]);
  if (ev.discrepancy) out.push(['discrepancy', ev.discrepancy]);
  if (ev.context) out.push(['context.text', ev.context.text]);
  if (ev.adminsOverride) out.push(['adminsOverride.reason', ev.adminsOverride.reason]);
  ev.figures.forEach((f, i) => {
    out.push([`figures.${i}.counts`, f.counts]);
  });
  return out;
}

function checkDate(ev: AuthoredEvent, ctx: EventContext, err: (f: string, r: string) => void) {
  const { date } = ev;
  if (date.relative && date.basis !== 'relative')
    err('date.basis', 'a date resolved from a relative phrase has basis "relative"');
  if (date.basis === 'relative' && !date.relative)
    err('date.relative', 'basis "relative" needs the phrase and the article that anchors it');
  if ((date.basis === 'inferred' || date.basis === 'external') && !date.note)
    err('date.note', `basis "${date.basis}" needs a note saying how the date was found`);
  if (
    ev.status === 'planned' &&
    date.precision === 'day' &&
    date.basis !== 'explicit' &&
    date.basis !== 'relative'
  )
    err('date.precision', 'a planned event is given a day the text does not give');
  if (date.basis === 'reported') checkReported(ev, ctx, err);
  if (!date.relative) return;
  const article = ctx.articles.get(date.relative.article);
  if (!article) return err('date.relative.article', `unknown article "${date.relative.article}"`);
  const r = resolveRelative(date.relative.phrase, article.published);
  if (!r) return err('date.relative.phrase', `unsupported phrase "${date.relative.phrase}"`);
  if (r.start !== date.start || r.end !== date.end || r.precision !== date.precision) {
    const want = `${r.start}${r.end ? `..${r.end}` : ''} (${r.precision})`;
    err('date', `"${date.relative.phrase}" against ${article.published} resolves to ${want}`);
  }
}

/**
 * An undated remark is dated by the article that reports it, and by nothing else: the day of
 * publication, no window inferred from other events.
 */
function checkReported(ev: AuthoredEvent, ctx: EventContext, err: (f: string, r: string) => void) {
  const { date } = ev;
  const article = ctx.articles.get(ev.sources[0]?.article ?? '');
  if (!article) return;
  if (date.precision !== 'day' || date.end !== undefined || date.start !== article.published)
    err(
      'date',
      `basis "reported" dates a remark by its article's publication: start "${article.published}", precision "day", no end`,
    );
  if (ev.status === 'planned')
    err('status', 'a reported remark has been made: it cannot be planned');
}

function checkEvidence(
  ev: AuthoredEvent,
  ctx: EventContext,
  err: (f: string, r: string) => void,
): (number | undefined)[] {
  const paragraphs = ev.sources.map((s, i) => {
    if (!ctx.articles.has(s.article)) {
      err(`sources.${i}.article`, `unknown article "${s.article}"`);
      return undefined;
    }
    const evidence = ctx.evidence?.get(s.article);
    if (!ctx.evidence) return undefined;
    if (!evidence) {
      err(`sources.${i}`, `the text of article ${s.article} is missing`);
      return undefined;
    }
    if (!evidence.text.full.includes(normaliseForMatch(s.excerpt))) {
      err(`sources.${i}.excerpt`, `excerpt not found verbatim in the article: "${s.excerpt}"`);
      return undefined;
    }
    return paragraphOf(evidence.text, s.excerpt) ?? undefined;
  });
  if (ev.quote && ctx.evidence) {
    const needle = normaliseForMatch(ev.quote.text);
    const found = ev.sources.some((s) => ctx.evidence?.get(s.article)?.text.full.includes(needle));
    if (!found) err('quote.text', 'quote not found verbatim in any of its source articles');
  }
  if (ctx.evidence) {
    const articleShingles = ev.sources.flatMap((s) => {
      const e = ctx.evidence?.get(s.article);
      return e ? [e.shingles] : [];
    });
    for (const [field, text] of ownTexts(ev)) {
      for (const sh of articleShingles) {
        const run = copiedRun(text, sh, ctx.allowedPhrases);
        if (run) {
          err(field, `repeats the article word for word ("${run}"): write it in our own words`);
          break;
        }
      }
    }
  }
  return paragraphs;
}

function administrations(
  ev: AuthoredEvent,
  t0: number,
  t1: number,
  ctx: EventContext,
  err: (f: string, r: string) => void,
): FronteraEvent['admins'] {
  const override = ev.adminsOverride;
  const pick = (country: 'US' | 'MX') => {
    const key = country === 'US' ? 'us' : 'mx';
    const chosen = override?.[key];
    if (chosen) {
      chosen.forEach((id, i) => {
        const a = ctx.admins.find((x) => x.id === id);
        if (!a) err(`adminsOverride.${key}.${i}`, `unknown administration "${id}"`);
        else if (a.country !== country)
          err(`adminsOverride.${key}.${i}`, `"${id}" is not a ${country} presidency`);
      });
      return chosen;
    }
    for (const [a, b] of uncoveredSpans(ctx.admins, country, t0, t1))
      err(
        'date',
        `no ${country} administration in administrations.json covers ${msToIsoDay(a)} – ${msToIsoDay(b - 1)}`,
      );
    return administrationsOverlapping(ctx.admins, country, t0, t1);
  };
  return {
    us: pick('US'),
    mx: pick('MX'),
    ...(override ? { reason: override.reason } : {}),
  };
}

export function compileEvent(
  file: string,
  ev: AuthoredEvent,
  ctx: EventContext,
  errors: DataError[],
): FronteraEvent | undefined {
  const before = errors.length;
  const err = (field: string, reason: string) => {
    errors.push({ file, record: { noun: 'event', id: ev.id }, field, reason });
  };
  const bounds = dateBounds(ev.date);
  if ('error' in bounds) {
    err(`date.${bounds.field}`, bounds.error);
    return undefined;
  }
  checkDate(ev, ctx, err);
  ev.places.forEach((p, i) => {
    if (!ctx.places.has(p) && !ctx.brokenPlaces.has(p)) err(`places.${i}`, `unknown place "${p}"`);
  });
  const paragraphs = checkEvidence(ev, ctx, err);
  const admins = administrations(ev, bounds.t0, bounds.t1, ctx, err);
  if (errors.length > before) return undefined;
  const { adminsOverride: _, sources, ...rest } = ev;
  return {
    ...rest,
    sources: sources.map((s, i) => {
      const paragraph = paragraphs[i];
      return paragraph ? { ...s, paragraph } : s;
    }),
    t0: bounds.t0,
    t1: bounds.t1,
    admins,
  };
}
