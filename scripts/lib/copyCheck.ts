/**
 * "Our own words": finds a run of N or more consecutive words that a text of ours shares with
 * an article, after folding case, punctuation and diacritics. Long proper names on the
 * allow-list are cut out of our text first, so naming an institution is not copying.
 */
import { normaliseForMatch } from './normaliseText';

export const COPY_RUN = 8;

export function foldWords(text: string): string[] {
  return normaliseForMatch(text)
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
}

/** Every run of `n` consecutive folded words in an article, for O(1) lookups. */
export function shingles(text: string, n = COPY_RUN): Set<string> {
  const words = foldWords(text);
  const out = new Set<string>();
  for (let i = 0; i + n <= words.length; i++) out.add(words.slice(i, i + n).join(' '));
  return out;
}

/**
 * The longest run of at least `n` words `ours` shares with the article's shingles, or null.
 * `allowed` are phrases (any case or accents) removed from `ours` before comparing.
 */
export function copiedRun(
  ours: string,
  article: ReadonlySet<string>,
  allowed: readonly string[] = [],
  n = COPY_RUN,
): string | null {
  let words = foldWords(ours);
  for (const phrase of allowed) {
    const p = foldWords(phrase);
    if (p.length === 0) continue;
    const kept: string[] = [];
    for (let i = 0; i < words.length; ) {
      if (p.every((w, k) => words[i + k] === w)) {
        kept.push('\u0000'); // breaks any run across the name
        i += p.length;
      } else kept.push(words[i++] as string);
    }
    words = kept;
  }
  let best: string | null = null;
  let i = 0;
  while (i + n <= words.length) {
    if (!article.has(words.slice(i, i + n).join(' '))) {
      i++;
      continue;
    }
    let end = i + n;
    while (end < words.length && article.has(words.slice(end - n + 1, end + 1).join(' '))) end++;
    const run = words.slice(i, end).join(' ');
    if (!best || run.length > best.length) best = run;
    i = end;
  }
  return best;
}
