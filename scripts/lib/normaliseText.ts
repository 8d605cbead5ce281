/**
 * Normalise article text and evidence excerpts the same way before comparing them, so that
 * line breaks, curly vs straight quotes, markdown emphasis and escapes do not break a match.
 */
export function normaliseForMatch(text: string): string {
  return text
    .replace(/\\([$*_[\]()#.!-])/g, '$1')
    .replace(/[*_]+/g, '')
    .replace(/[\u201C\u201D\u201E\u00AB\u00BB]/g, '"')
    .replace(/[\u2018\u2019\u201A]/g, "'")
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}
