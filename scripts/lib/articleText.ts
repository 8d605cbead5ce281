/**
 * An article as the compiler reads it: normalised body paragraphs, numbered from 1 after the
 * byline and dateline, so the card can point a fact-checker to "¶ 7".
 */
import { normaliseForMatch } from './normaliseText';

/** A paragraph ending in "26 January 2019" closes the headline, byline and dateline block. */
const DATELINE = /\b\d{1,2} [A-Z][a-z]+ \d{4}\s*$/;

export interface ArticleText {
  /** Normalised body paragraphs, in order (index 0 is ¶ 1). */
  paragraphs: string[];
  /** The whole normalised text, headline included, for verbatim checks. */
  full: string;
}

export function readArticle(raw: string): ArticleText {
  const blocks = raw
    .replace(/^\uFEFF/, '')
    .split(/\n\s*\n/)
    .map((b) => b.trim())
    .filter(Boolean);
  const dateline = blocks.findIndex((b) => DATELINE.test(b));
  const body = blocks.slice(dateline + 1).map(normaliseForMatch);
  return { paragraphs: body, full: normaliseForMatch(blocks.join('\n\n')) };
}

/** 1-based paragraph holding the (normalised) excerpt, or null when it is not in the body. */
export function paragraphOf(article: ArticleText, excerpt: string): number | null {
  const needle = normaliseForMatch(excerpt);
  const i = article.paragraphs.findIndex((p) => p.includes(needle));
  return i === -1 ? null : i + 1;
}
