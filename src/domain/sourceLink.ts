import type { Article } from '../data/schema';

/**
 * The http(s) link an article points to, or null. Built-in articles name a file in
 * `../shared/articles/`; an imported row's source may give a URL, kept in the same field.
 */
export function sourceLink(article: Pick<Article, 'file'>): string | null {
  return /^https?:\/\//i.test(article.file) ? article.file : null;
}
