/**
 * The compiled format credits every event to an article. An imported row's source (its title
 * and link) becomes one synthetic article per distinct link, else per distinct title; rows that
 * name no source are credited to the imported file itself. The link is kept in the article's
 * `file` field, the only free-text place the strict schema has for it.
 */
import type { Article } from '../data/schema';
import { msToIsoDay } from '../domain/isoDate';
import { shown } from './cells';
import type { IssueList } from './issues';
import { capText, cleanText, foldKey } from './text';

export interface SourceInput {
  row: number;
  title: string;
  url?: string;
  /** YYYY-MM-DD */
  date?: string;
  publisher: string;
  author: string;
  /** Headers as written, for conflict warnings. */
  columns: { date: string; publisher: string; author: string };
}

interface Entry {
  article: Omit<Article, 'published'> & { published?: string };
  row: number;
  /** Latest instant (exclusive) of the events citing it: dates a source that gives no date. */
  lastT1: number;
}

/** Id of the article for rows that name no source. */
export const FILE_ARTICLE_ID = 'imported-file';
const DAY_MS = 86_400_000;

export class SourceBook {
  private readonly entries = new Map<string, Entry>();
  private readonly byId = new Map<string, Entry>();
  private numbered = 0;
  private readonly fileName: string;

  constructor(fileName: string) {
    this.fileName = capText(cleanText(fileName), 140) || 'imported file';
  }

  private store(key: string, entry: Entry): Entry {
    this.entries.set(key, entry);
    this.byId.set(entry.article.id, entry);
    return entry;
  }

  /** The article id for a row's source, created on first sight. */
  register(input: SourceInput | null, warnings: IssueList): string {
    if (!input) return this.fileArticle().article.id;
    const key = input.url ? `url:${input.url}` : `title:${foldKey(input.title)}`;
    const known = this.entries.get(key);
    if (known) {
      this.warnConflicts(known, input, warnings);
      return known.article.id;
    }
    const host = input.url ? new URL(input.url).hostname.replace(/^www\./, '') : '';
    const entry: Entry = {
      article: {
        id: `source-${++this.numbered}`,
        file: input.url ?? this.fileName,
        title: input.title || capText(input.url ?? '', 300) || this.fileName,
        author: input.author || 'author not given',
        publisher: input.publisher || host || 'publisher not given',
        ...(input.date ? { published: input.date } : {}),
      },
      row: input.row,
      lastT1: Number.NEGATIVE_INFINITY,
    };
    return this.store(key, entry).article.id;
  }

  private fileArticle(): Entry {
    const known = this.entries.get('file');
    if (known) return known;
    const entry: Entry = {
      article: {
        id: FILE_ARTICLE_ID,
        file: this.fileName,
        title: this.fileName,
        author: 'author not given',
        publisher: 'Imported file',
      },
      row: 0,
      lastT1: Number.NEGATIVE_INFINITY,
    };
    return this.store('file', entry);
  }

  private warnConflicts(known: Entry, input: SourceInput, warnings: IssueList) {
    const pairs = [
      [input.columns.date, input.date, known.article.published],
      [input.columns.publisher, input.publisher, known.article.publisher],
      [input.columns.author, input.author, known.article.author],
    ] as const;
    for (const [column, given, kept] of pairs)
      if (given && kept !== undefined && given !== kept)
        warnings.row(input.row, column, 'sourceConflict', {
          given: shown(given),
          row: known.row,
          kept: shown(kept),
        });
  }

  /** Note that an event ending (exclusive) at t1 cites this article. */
  cite(articleId: string, t1: number): void {
    const e = this.byId.get(articleId);
    if (e) e.lastT1 = Math.max(e.lastT1, t1);
  }

  /**
   * The articles some event cites, sorted by date. A source with no date is dated to the last day
   * of the latest event it supports (the schema requires a day); the warning says so.
   */
  articles(warnings: IssueList): Article[] {
    const cited = [...this.entries.values()].filter((e) => e.lastT1 > Number.NEGATIVE_INFINITY);
    const undated = cited.filter((e) => !e.article.published && e.article.id !== FILE_ARTICLE_ID);
    if (undated.length > 0) warnings.file('undatedSources', { count: undated.length });
    return cited
      .map((e) => ({
        ...e.article,
        published: e.article.published ?? msToIsoDay(e.lastT1 - DAY_MS),
      }))
      .sort((a, b) => a.published.localeCompare(b.published));
  }
}

/** The title a source is shown with: plain text, one line, at most 300 characters. */
export const sourceTitle = (raw: string) => capText(cleanText(raw), 300);
