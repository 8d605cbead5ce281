/**
 * The built-in data, trusted by the hash the build recorded and validated otherwise. The build
 * validated it with the schema; the browser checks the download against the recorded hash, so
 * zod stays off the page's critical path. A file without a recorded hash (dev server, tests), or
 * one that is not the file the page was built with, is fetched again and validated in full.
 */
import type { z } from 'zod';
import { recordedIntegrity } from './builtinFiles';
import { DataLoadError, type FetchOptions, fetchJsonValue, parseJson } from './fetchJson';

export async function fetchTrusted<T>(
  url: string,
  validator: () => Promise<z.ZodType<T>>,
  options: FetchOptions = {},
): Promise<T> {
  const integrity = recordedIntegrity()[url];
  if (integrity) {
    try {
      return (await fetchJsonValue(url, { ...options, integrity })) as T;
    } catch (e) {
      // A hash mismatch is reported as a network error: try once more without trusting it.
      if (!(e instanceof DataLoadError && e.kind === 'network')) throw e;
    }
  }
  const [json, schema] = await Promise.all([fetchJsonValue(url, options), validator()]);
  return parseJson(url, json, schema);
}
