/**
 * English words inside a translated text: a Spanish note that quotes the article's own wording
 * writes it `[en:US Customs and Border Patrol]`, so the page can mark it lang="en" (screen readers
 * switch voice; readers are told it is the original). Only data/i18n/ texts carry the mark.
 */
const MARK = /\[en:([^\]]+)\]/g;

export interface TextSpan {
  text: string;
  /** Set on words in another language than the text around them. */
  lang?: 'en';
}

/** The text as spans: plain runs, and English runs marked `[en:…]`. */
export function textSpans(text: string): TextSpan[] {
  if (!text.includes('[en:')) return [{ text }];
  const out: TextSpan[] = [];
  let at = 0;
  for (const m of text.matchAll(MARK)) {
    if (m.index > at) out.push({ text: text.slice(at, m.index) });
    out.push({ text: m[1] ?? '', lang: 'en' });
    at = m.index + m[0].length;
  }
  if (at < text.length) out.push({ text: text.slice(at) });
  return out;
}

/** The text without its marks, for search, a canvas or an attribute. */
export function plainText(text: string): string {
  return text.includes('[en:') ? text.replace(MARK, '$1') : text;
}

/** A `[en:` that does not close, or a mark with nothing in it: for the data compiler. */
export function badMark(text: string): string | null {
  if (/\[en:\s*\]/.test(text)) return 'an empty “[en:]” mark';
  if (text.replace(MARK, '').includes('[en:')) return 'a “[en:” mark that does not close with “]”';
  return null;
}
