/**
 * The hashes of the built-in data, recorded in the page at build time (SHA-384, written as in
 * Subresource Integrity): the page checks each download against them, so the app trusts the data
 * the build validated without validating it again (src/data/builtinFiles.ts reads them).
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  DATASET_COLUMNS_URL,
  DATASET_URL,
  INTEGRITY_META,
  languageTextsUrl,
} from '../../src/data/builtinFiles';

export const integrityOf = (bytes: Buffer | string) =>
  `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

/** The data files of a site (public/ or a build), by URL relative to the page, and their hashes. */
export function dataIntegrity(siteDir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const add = (url: string) => {
    const file = join(siteDir, url);
    if (existsSync(file)) out[url] = integrityOf(readFileSync(file));
  };
  add(DATASET_URL);
  add(DATASET_COLUMNS_URL);
  const texts = join(siteDir, 'data', 'texts');
  if (existsSync(texts))
    for (const name of readdirSync(texts).sort())
      if (name.endsWith('.json')) add(languageTextsUrl(name.replace(/\.json$/, '')));
  return out;
}

/**
 * The page with the hashes recorded in a meta tag. The dataset's preload carries no `integrity`:
 * the page checks the hash itself (src/data/fetchJson.ts), and a preload only serves a fetch
 * made with the same integrity.
 */
export function withIntegrity(html: string, hashes: Record<string, string>): string {
  const meta = `<meta name="${INTEGRITY_META}" content='${JSON.stringify(hashes)}'>`;
  let out = html.replace(new RegExp(`<meta name="${INTEGRITY_META}"[^>]*>\\s*`), '');
  out = out.replace('<head>', `<head>\n    ${meta}`);
  return out.replace(
    new RegExp(`(<link rel="preload" href="${DATASET_COLUMNS_URL}"[^>]*?) integrity="[^"]*">`),
    '$1>',
  );
}
