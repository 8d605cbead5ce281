/**
 * Turning untrusted cell text into inert plain text, and folding text for forgiving matches.
 * Everything a file says reaches the page through these functions, so nothing it contains can
 * reorder the text around it (bidi overrides), hide from the reader (zero-width and tag
 * characters) or be read as markup.
 */

/** C0/C1 controls except tab and newline (carriage returns are turned into newlines first). */
const CONTROL_CLASS = '\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F';
/**
 * Invisible characters that change how text is shown or hide text: bidi embeddings, overrides,
 * isolates and marks; zero-width spaces and joiners; word joiner and invisible operators; the
 * BOM; soft hyphen; Hangul fillers; interlinear annotation marks; Unicode tag characters.
 */
const INVISIBLE_CLASS =
  '\\u00AD\\u034F\\u061C\\u115F\\u1160\\u17B4\\u17B5\\u180E\\u200B-\\u200F\\u202A-\\u202E' +
  '\\u2060-\\u206F\\u3164\\uFEFF\\uFFA0\\uFFF9-\\uFFFB\\u{E0000}-\\u{E007F}';
const UNSAFE = new RegExp(`[${CONTROL_CLASS}${INVISIBLE_CLASS}]`, 'gu');
/** A surrogate without its partner cannot be shown or encoded; it becomes U+FFFD. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** True when `s` holds a character cleanText removes (for tests and warnings). */
export function hasUnsafeCharacters(s: string): boolean {
  return new RegExp(`[${CONTROL_CLASS}${INVISIBLE_CLASS}]`, 'u').test(s);
}

/**
 * Only the dangerous characters removed, whitespace left as it is: for JSON, whose strings are
 * already shaped (excerpts are verbatim) and must not be reflowed.
 */
export function stripUnsafe(raw: string): string {
  return raw.replace(/\r\n?/g, '\n').replace(LONE_SURROGATE, '\uFFFD').replace(UNSAFE, '');
}

/**
 * Plain, visible text. Single-line text has every run of whitespace (newlines included) turned
 * into one space; multiline text keeps its line breaks but no more than one blank line.
 */
export function cleanText(raw: string, multiline = false): string {
  let s = raw
    .replace(/\r\n?/g, '\n')
    .replace(LONE_SURROGATE, '\uFFFD')
    .replace(UNSAFE, '')
    .normalize('NFC');
  if (!multiline) return s.replace(/\s+/g, ' ').trim();
  s = s
    .split('\n')
    .map((line) => line.replace(/[^\S\n]+/g, ' ').trim())
    .join('\n');
  return s.replace(/\n{3,}/g, '\n\n').trim();
}

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  laquo: '«',
  raquo: '»',
  copy: '©',
  eacute: 'é',
  aacute: 'á',
  iacute: 'í',
  oacute: 'ó',
  uacute: 'ú',
  ntilde: 'ñ',
  uuml: 'ü',
};

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (whole, body: string) => {
    if (body[0] !== '#') return ENTITIES[body.toLowerCase()] ?? whole;
    const code =
      body[1] === 'x' || body[1] === 'X'
        ? Number.parseInt(body.slice(2), 16)
        : Number(body.slice(1));
    const valid = code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff);
    return valid ? String.fromCodePoint(code) : '';
  });
}

/**
 * TimelineJS cells may hold HTML. We keep only its words: scripts and styles go entirely, line
 * breaks and paragraphs become newlines, every other tag disappears, entities are decoded. The
 * result is shown as text, so a decoded "&lt;script&gt;" is just the characters <script>.
 */
export function htmlToText(html: string): string {
  const text = html
    .replace(/<!--[\s\S]*?(?:-->|$)/g, '')
    .replace(/<(script|style|template|iframe|object|noscript)\b[\s\S]*?(?:<\/\1\s*>|$)/gi, '')
    .replace(/<br\s*\/?>|<\/(?:p|div|li|h[1-6]|blockquote|tr)\s*>/gi, '\n')
    .replace(/<\/?[a-z][^<>]*>/gi, '');
  return decodeEntities(text);
}

/**
 * At most `max` UTF-16 units (the unit zod's .max() counts), cut at a word boundary when one is
 * near and closed with an ellipsis; never splits a surrogate pair.
 */
export function capText(s: string, max: number): string {
  if (s.length <= max) return s;
  let cut = s.slice(0, max - 1);
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  const space = cut.search(/\s\S*$/);
  if (space > max * 0.6) cut = cut.slice(0, space);
  return `${cut.trimEnd()}…`;
}

/** Text folded for matching: no case, no diacritics, punctuation and dashes as single spaces. */
export function foldKey(s: string): string {
  return cleanText(s)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Lowercase ASCII kebab-case for ids, cut at a dash before `max` characters. */
export function slugify(s: string, max = 60): string {
  const slug = s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max + 1);
  const dash = cut.lastIndexOf('-');
  return (dash > max / 2 ? cut.slice(0, dash) : cut.slice(0, max)).replace(/-+$/, '');
}

/** A cell value quoted safely inside a message: cleaned, one line, at most 60 characters. */
export function quote(raw: string): string {
  return `"${capText(cleanText(raw), 60)}"`;
}
