/**
 * An article as the compiler reads it: normalised body paragraphs, numbered from 1 after the
 * byline and dateline as a reader counts them in the original, so the card can point a
 * fact-checker to "¶ 7".
 */
import { normaliseForMatch } from './normaliseText';

/** A paragraph ending in "26 January 2019" closes the headline, byline and dateline block. */
const DATELINE = /\b\d{1,2} [A-Z][a-z]+ \d{4}\s*$/;

/** A block that ends a sentence or a line of its own: closing punctuation, quote or bracket. */
const CLOSED = /[.!?:;…"'”’)\]]$/;
/**
 * A block that carries on a sentence: it starts (after markdown emphasis or an escape) with a
 * lower-case letter, a digit or a currency sign — "long, our immigration system…", "8,000
 * immigrants…", "$3,000 in medical bills".
 */
const CONTINUES = /^[\\*_]*[\p{Ll}\p{Nd}\p{Sc}]/u;

/** Text with markdown emphasis and hard-break spaces stripped from its end, for CLOSED. */
const tail = (block: string) => block.replace(/[\s*_]+$/, '');

export interface ArticleText {
  /** Normalised body paragraphs, in order (index 0 is ¶ 1). */
  paragraphs: string[];
  /** The whole normalised text, headline included, for verbatim checks. */
  full: string;
  /**
   * Body paragraphs (1-based) that the article file breaks with a blank line inside a sentence,
   * rejoined here because a reader of the original sees one paragraph.
   */
  rejoined: number[];
}

/**
 * Blank-line blocks joined where the file broke a sentence: the block before ends without
 * closing punctuation and the next one carries on the sentence (see CONTINUES).
 */
export function paragraphBlocks(raw: string): { text: string; rejoined: boolean }[] {
  const out: { text: string; rejoined: boolean }[] = [];
  for (const block of raw.replace(/^\uFEFF/, '').split(/\n\s*\n/)) {
    const text = block.trim();
    if (!text) continue;
    const previous = out[out.length - 1];
    if (previous && !CLOSED.test(tail(previous.text)) && CONTINUES.test(text)) {
      previous.text = `${previous.text} ${text}`;
      previous.rejoined = true;
    } else out.push({ text, rejoined: false });
  }
  return out;
}

export function readArticle(raw: string): ArticleText {
  const blocks = paragraphBlocks(raw);
  const dateline = blocks.findIndex((b) => DATELINE.test(b.text));
  const body = blocks.slice(dateline + 1);
  return {
    paragraphs: body.map((b) => normaliseForMatch(b.text)),
    full: normaliseForMatch(blocks.map((b) => b.text).join('\n\n')),
    rejoined: body.flatMap((b, i) => (b.rejoined ? [i + 1] : [])),
  };
}

/** 1-based paragraph holding the (normalised) excerpt, or null when it is not in the body. */
export function paragraphOf(article: ArticleText, excerpt: string): number | null {
  const needle = normaliseForMatch(excerpt);
  const i = article.paragraphs.findIndex((p) => p.includes(needle));
  return i === -1 ? null : i + 1;
}
