/**
 * The built-in data, trusted by the hash the build recorded and validated otherwise. The build
 * validated it with the schema; the page checks the download against the recorded hash, so zod
 * stays off the page's critical path. A file without a recorded hash (dev server, tests), a page
 * without WebCrypto (served over plain http), or a file that is not the one the page was built
 * with is validated in full.
 */
import type { z } from 'zod';
import { recordedIntegrity } from './builtinFiles';
import { DataLoadError, type FetchOptions, fetchJsonValue, parseJson } from './fetchJson';

export interface TrustedOptions extends FetchOptions {
  /** Turns the file's JSON into what the validator checks (a packed file into rows). */
  decode?: (json: unknown) => unknown;
}

export async function fetchTrusted<T>(
  url: string,
  validator: () => Promise<z.ZodType<T>>,
  { decode = (json) => json, ...options }: TrustedOptions = {},
): Promise<T> {
  const decoded = (json: unknown) => {
    try {
      return decode(json);
    } catch (e) {
      throw new DataLoadError(url, 'schema', `${url} cannot be read: ${(e as Error).message}`);
    }
  };
  const hash = recordedIntegrity()[url];
  if (hash && globalThis.crypto?.subtle) {
    try {
      return decoded(await fetchJsonValue(url, { ...options, checkHash: hash })) as T;
    } catch (e) {
      // A hash mismatch is reported as a network error: try once more without trusting it.
      if (!(e instanceof DataLoadError && e.kind === 'network')) throw e;
    }
  }
  const [json, schema] = await Promise.all([fetchJsonValue(url, options), validator()]);
  return parseJson(url, decoded(json), schema);
}
