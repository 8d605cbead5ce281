/**
 * A file's bytes to text. Spreadsheet programs write CSV in several encodings: UTF-8 with or
 * without a byte-order mark (Excel's "CSV UTF-8", Google Sheets, LibreOffice, Numbers), UTF-16
 * with a mark (Excel's "Unicode Text"), and the Windows code page (Excel's plain "CSV" on a
 * Western European or American Windows). Marks and the UTF-16 pattern of zero bytes are
 * certain; otherwise text that is not valid UTF-8 is read as Windows-1252 and the reader is
 * told so, with a word from the file to check.
 */
import type { Encoding } from './issueCodes';

export interface Decoded {
  text: string;
  encoding: Encoding;
  /** True when the encoding was a guess (no mark, not UTF-8): the reader is told. */
  assumed: boolean;
  /** A word with accented letters as read, so the reader can see whether they came out right. */
  sample?: string;
}

const decode = (encoding: Encoding, bytes: Uint8Array, fatal = false) =>
  new TextDecoder(encoding, { fatal, ignoreBOM: false }).decode(bytes);

/** UTF-16 without a mark: mostly-ASCII text has a zero in every other byte. */
function utf16Pattern(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero += 1;
    if (bytes[i + 1] === 0) oddZero += 1;
  }
  const pairs = n / 2;
  if (oddZero > pairs * 0.6 && evenZero < pairs * 0.1) return 'utf-16le';
  if (evenZero > pairs * 0.6 && oddZero < pairs * 0.1) return 'utf-16be';
  return null;
}

/**
 * Bytes 0x80–0x9F as Windows-1252 has them (€, curly quotes, dashes). Browsers decode them so;
 * some runtimes (Node's ICU-less decoder) read Latin-1 controls instead, which this repairs.
 */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
const cp1252 = (c: string) => CP1252_HIGH[c.charCodeAt(0) - 0x80] ?? c;

export function decodeBytes(bytes: Uint8Array): Decoded {
  const [a, b, c] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf)
    return { text: decode('utf-8', bytes), encoding: 'utf-8', assumed: false };
  if (a === 0xff && b === 0xfe)
    return { text: decode('utf-16le', bytes), encoding: 'utf-16le', assumed: false };
  if (a === 0xfe && b === 0xff)
    return { text: decode('utf-16be', bytes), encoding: 'utf-16be', assumed: false };
  const wide = utf16Pattern(bytes);
  if (wide) return { text: decode(wide, bytes), encoding: wide, assumed: false };
  try {
    return { text: decode('utf-8', bytes, true), encoding: 'utf-8', assumed: false };
  } catch {
    const text = decode('windows-1252', bytes).replace(/[\u0080-\u009f]/g, cp1252);
    const sample = /[\p{L}\p{N}]*[\u0080-\uFFFF][\p{L}\p{N}]*/u.exec(text.slice(0, 200_000))?.[0];
    return {
      text,
      encoding: 'windows-1252',
      assumed: true,
      ...(sample ? { sample: sample.slice(0, 40) } : {}),
    };
  }
}
