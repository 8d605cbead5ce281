/**
 * Where the built-in dataset's files are, relative to the page, and the hashes the build
 * recorded for them. `npm run build` compiles and validates the data, then writes each file's
 * SHA-384 into the page (<meta name="frontera-integrity">): the page checks the download against
 * it (src/data/trustedFetch.ts), so the app need not validate it again on the critical path.
 * Without a recorded hash (dev server, tests) or when the file is not the one the page was built
 * with, the app validates it like any other data.
 */

/** The dataset in its base language, in rows: the file readers download and import. */
export const DATASET_URL = 'data/frontera.json';

/** The same dataset by column (src/data/columns.ts): what the page downloads. */
export const DATASET_COLUMNS_URL = 'data/frontera.columns.json';

/** Whether a failed file is one of the app's own (not a reader's ?data= link). */
export const isBuiltinDataUrl = (url: string) =>
  url === DATASET_URL || url === DATASET_COLUMNS_URL || url.startsWith('data/texts/');

/** One language's texts, relative to public/data/ (the compiler writes them there). */
export const languageTextsPath = (lang: string) => `texts/${lang}.json`;
export const languageTextsUrl = (lang: string) => `data/${languageTextsPath(lang)}`;

export const INTEGRITY_META = 'frontera-integrity';

/** The hashes recorded in the page, by file URL as above; empty when there are none. */
export function recordedIntegrity(
  doc: Document | undefined = globalThis.document,
): Record<string, string> {
  const raw = doc?.querySelector(`meta[name="${INTEGRITY_META}"]`)?.getAttribute('content');
  if (!raw) return {};
  try {
    const parsed: unknown = JSON.parse(raw);
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, string>) : {};
  } catch {
    return {};
  }
}
