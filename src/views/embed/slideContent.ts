/**
 * The words on a story's slides, PNG and PowerPoint alike: each step's kicker, title, caption and
 * source line (outlet, article title, date, ¶), its speaker notes (the article's verbatim
 * excerpts with their citations), and the list of sources. Pure: model, narrative and texts in.
 */

import type { Article, FronteraEvent, Narrative } from '../../data/schema';
import type { DatasetModel } from '../../domain/datasetModel';
import { plainText } from '../../domain/markedText';
import type { Formatters } from '../../i18n/format';
import type { Messages } from '../../i18n/messages';

export interface Citation {
  article: Article;
  /** Paragraphs (1-based, as a reader counts) holding the excerpts; empty when not located. */
  paragraphs: number[];
  excerpts: string[];
}

export interface StepCopy {
  kicker: string;
  title: string;
  caption: string;
  /** Outlet, article title, date and ¶ of each article the step's event cites. */
  source: string;
  notes: string;
  citations: Citation[];
}

const publishedDay = (f: Formatters, a: Article) =>
  f.eventDate({ start: a.published, precision: 'day', approximate: false });

/** The event's sources grouped by article, in the order the event cites them. */
export function citationsOf(event: FronteraEvent, articles: ReadonlyMap<string, Article>) {
  const out = new Map<string, Citation>();
  for (const s of event.sources) {
    const article = articles.get(s.article);
    if (!article) continue;
    const c = out.get(s.article) ?? { article, paragraphs: [], excerpts: [] };
    if (s.paragraph !== undefined && !c.paragraphs.includes(s.paragraph))
      c.paragraphs.push(s.paragraph);
    c.excerpts.push(s.excerpt);
    out.set(s.article, c);
  }
  for (const c of out.values()) c.paragraphs.sort((a, b) => a - b);
  return [...out.values()];
}

export function paragraphsText(t: Messages, f: Formatters, paragraphs: readonly number[]) {
  return paragraphs.length ? t.slideText.paragraphs(paragraphs.map(f.number).join(', ')) : '';
}

/** "Source: World Socialist Web Site, “…”, 26 January 2019, ¶ 3" — one per cited article. */
export function sourceLine(t: Messages, f: Formatters, citations: readonly Citation[]): string {
  return citations
    .map((c) =>
      t.slideText.source(
        c.article.publisher,
        c.article.title,
        publishedDay(f, c.article),
        paragraphsText(t, f, c.paragraphs),
      ),
    )
    .join(' · ');
}

/** The dataset as a whole, for views and steps tied to no single event. */
export function datasetSources(model: DatasetModel, t: Messages, f: Formatters): string {
  const { articles } = model.dataset;
  const years = `${articles[0]?.published.slice(0, 4)}–${articles.at(-1)?.published.slice(0, 4)}`;
  const publishers = f.list([...new Set(articles.map((a) => a.publisher))]);
  return t.slideText.sources(articles.length, publishers, years);
}

/** Only what the article says: its verbatim excerpts (with their ¶) and any quote. */
function notesFor(t: Messages, f: Formatters, event?: FronteraEvent) {
  if (!event) return t.slides.notesNoEvent;
  const lines = [t.slides.notesExcerpts];
  for (const s of event.sources)
    lines.push(`“${s.excerpt}”${s.paragraph ? ` (¶ ${f.number(s.paragraph)})` : ''}`);
  if (event.quote)
    lines.push('', t.slides.notesQuote(event.quote.speaker), `“${event.quote.text}”`);
  return lines.join('\n');
}

export function stepCopy(
  model: DatasetModel,
  narrative: Narrative,
  i: number,
  t: Messages,
  f: Formatters,
  /** The playhead day the step shows (from the story command). */
  playhead: number,
): StepCopy {
  const step = narrative.steps[i];
  if (!step) throw new Error(`no step ${i + 1} in ${narrative.id}`);
  const event = step.event ? model.index.byId.get(step.event) : undefined;
  const citations = event ? citationsOf(event, model.articlesById) : [];
  const base = {
    kicker: t.slideText.step(f.number(i + 1), f.number(narrative.steps.length), f.day(playhead)),
    title: step.title,
    caption: step.caption,
    source: citations.length ? sourceLine(t, f, citations) : datasetSources(model, t, f),
    citations,
  };
  const notes = [
    notesFor(t, f, event),
    '',
    ...citations.map(
      (c) => `— ${articleLine(t, f, c.article)}, ${paragraphsText(t, f, c.paragraphs)}`,
    ),
  ].join('\n');
  return { ...base, notes: notes.trimEnd() };
}

export function articleLine(t: Messages, f: Formatters, a: Article): string {
  return t.slides.article(a.author, a.title, a.publisher, publishedDay(f, a));
}

export interface DeckSource {
  article: Article;
  line: string;
  /** "cited in steps 1, 2 and 4 (¶ 3, ¶ 12…)". */
  usedIn: string;
}

/** Every article the story's steps cite, in publication order, with the steps that cite it. */
export function deckSources(
  model: DatasetModel,
  narrative: Narrative,
  t: Messages,
  f: Formatters,
): DeckSource[] {
  const used = new Map<string, { steps: number[]; paragraphs: Set<number> }>();
  narrative.steps.forEach((step, i) => {
    const event = step.event ? model.index.byId.get(step.event) : undefined;
    for (const c of event ? citationsOf(event, model.articlesById) : []) {
      const u = used.get(c.article.id) ?? { steps: [], paragraphs: new Set<number>() };
      if (!u.steps.includes(i + 1)) u.steps.push(i + 1);
      for (const p of c.paragraphs) u.paragraphs.add(p);
      used.set(c.article.id, u);
    }
  });
  return model.dataset.articles
    .filter((a) => used.has(a.id))
    .map((article) => {
      const u = used.get(article.id) as { steps: number[]; paragraphs: Set<number> };
      const paragraphs = paragraphsText(
        t,
        f,
        [...u.paragraphs].sort((a, b) => a - b),
      );
      return {
        article,
        line: articleLine(t, f, article),
        usedIn: `${t.slides.usedIn(f.list(u.steps.map(f.number)))}${paragraphs ? ` (${paragraphs})` : ''}`,
      };
    });
}

export interface SlideCopy {
  kicker: string;
  title: string;
  caption: string;
  source: string;
}

/** The words for a slide of the view as it is: a story step, a selected event, or the dataset. */
export function viewCopy(
  model: DatasetModel,
  s: {
    story: { id: string; step: number } | null;
    selectedEventId: string | null;
    playhead: number;
  },
  t: Messages,
  f: Formatters,
): SlideCopy {
  const narrative = s.story ? model.narrativesById.get(s.story.id) : undefined;
  if (narrative && s.story?.step !== undefined && narrative.steps[s.story.step])
    return stepCopy(model, narrative, s.story.step, t, f, s.playhead);
  const event = s.selectedEventId ? model.index.byId.get(s.selectedEventId) : undefined;
  if (event)
    return {
      kicker: f.eventDate(event.date),
      title: event.title,
      caption: plainText(event.summary),
      source: sourceLine(t, f, citationsOf(event, model.articlesById)),
    };
  const { articles } = model.dataset;
  const years = `${articles[0]?.published.slice(0, 4)}–${articles.at(-1)?.published.slice(0, 4)}`;
  return {
    kicker: `Frontera · ${f.day(s.playhead)}`,
    title: t.slideText.title,
    caption: t.slideText.caption(model.dataset.events.length, articles.length, years),
    source: datasetSources(model, t, f),
  };
}
