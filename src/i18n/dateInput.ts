/**
 * Typed dates in the reader's language: written dd/mm/yyyy (English here is British, day first,
 * like every date the app shows) and read back from what people type — "25/11/2018", "25-11-2018",
 * "2018-11-25", "25 nov 2018", "25 de noviembre de 2018", "25 November 2018".
 */
import { isoDayToMs, msToIsoDay } from '../domain/isoDate';
import { type Lang, LOCALE } from './lang';

const pad = (n: number) => String(n).padStart(2, '0');
const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();

/** "2018-11-25" → "25/11/2018". */
export function formatDateInput(iso: string): string {
  const [y, m, d] = iso.split('-');
  return y && m && d ? `${d}/${m}/${y}` : '';
}

const monthNames = new Map<Lang, string[][]>();
/** Each month's names in the language and in English, long and short, folded: [["enero", "ene", "january", "jan"], …]. */
function months(lang: Lang): string[][] {
  const hit = monthNames.get(lang);
  if (hit) return hit;
  const names = Array.from({ length: 12 }, (_, i) => {
    const at = new Date(Date.UTC(2000, i, 1));
    const set = new Set<string>();
    for (const locale of new Set([LOCALE[lang], LOCALE.en]))
      for (const month of ['long', 'short'] as const)
        set.add(
          fold(new Intl.DateTimeFormat(locale, { month, timeZone: 'UTC' }).format(at)).replace(
            /\./g,
            '',
          ),
        );
    return [...set];
  });
  monthNames.set(lang, names);
  return names;
}

/** A month from a word: a full name or any prefix of at least three letters ("sept", "nov"). */
function monthOf(word: string, lang: Lang): number | null {
  const w = fold(word).replace(/\./g, '');
  if (w.length < 3) return null;
  const i = months(lang).findIndex((names) => names.some((n) => n.startsWith(w) || w === n));
  return i < 0 ? null : i + 1;
}

function iso(y: number, m: number, d: number): string | null {
  if (!(y >= 1000 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= 31)) return null;
  const text = `${y}-${pad(m)}-${pad(d)}`;
  // "31/02/2019" is not a day: the round trip through the calendar must give the same text.
  return msToIsoDay(isoDayToMs(text)) === text ? text : null;
}

/** The ISO day a typed text means, or null when it means no real day. */
export function parseDateInput(text: string, lang: Lang): string | null {
  const s = text.trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})$/.exec(s);
  if (m) return iso(Number(m[3]), Number(m[2]), Number(m[1]));
  // Day, month name, year, in any of the languages' orders ("25 de noviembre de 2018",
  // "November 25, 2018"): the words "de"/"of" and commas are noise.
  const words = fold(s)
    .replace(/[,.]/g, ' ')
    .split(/\s+/)
    .filter((w) => w && w !== 'de' && w !== 'del' && w !== 'of');
  if (words.length !== 3) return null;
  const year = words.findIndex((w) => /^\d{4}$/.test(w));
  const day = words.findIndex((w, i) => i !== year && /^\d{1,2}$/.test(w));
  const month = words.findIndex((_, i) => i !== year && i !== day);
  if (year < 0 || day < 0 || month < 0) return null;
  const mo = monthOf(words[month] ?? '', lang);
  return mo ? iso(Number(words[year]), mo, Number(words[day])) : null;
}
