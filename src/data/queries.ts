import { queryOptions } from '@tanstack/react-query';
import { assets } from '#assets';
import { DATASET_COLUMNS_URL, DATASET_URL, languageTextsUrl } from './builtinFiles';
import { unpackDataset } from './columns';
import { DataLoadError } from './fetchJson';
import { loadProgress } from './loadProgress';
import type { Dataset, LanguageTexts } from './schema';
import { shareRepeatedStrings } from './shareStrings';
import { fetchTrusted } from './trustedFetch';

/** Relative to the page so the app works under any base path and inside iframes. */
export { DATASET_URL };

// The validator (zod and the schema) loads only when a file has to be checked.
const datasetValidator = () => import('./schema').then((m) => m.DatasetSchema);
const textsValidator = () => import('./schema').then((m) => m.LanguageTextsSchema);

// A missing, damaged or malformed file will not mend itself; a flaky network might.
const retry = (failures: number, error: Error) =>
  failures < 1 && error instanceof DataLoadError && ['network', 'server'].includes(error.kind);

/** The built-in dataset (base language), or another Frontera JSON file on this site. */
export const datasetQuery = (url: string = DATASET_URL) =>
  queryOptions({
    queryKey: ['dataset', url],
    // No abort signal: the dataset is immutable, and aborting on a momentary unsubscribe made
    // the page fetch it twice.
    queryFn: async (): Promise<Dataset> => {
      const onProgress = loadProgress.set;
      if (url !== DATASET_URL)
        return shareRepeatedStrings(await fetchTrusted(url, datasetValidator, { onProgress }));
      if (assets.inlineDataset) return assets.inlineDataset as Dataset;
      // By column: less than half the bytes at scale, and its repeated values already shared.
      return fetchTrusted(DATASET_COLUMNS_URL, datasetValidator, {
        onProgress,
        decode: unpackDataset,
      });
    },
    staleTime: 'static',
    retry,
  });

/**
 * The built-in dataset's texts in one language (not the base): fetched only for a reader of
 * that language. Null for the base language.
 */
export const languageTextsQuery = (lang: string, base: string) =>
  queryOptions({
    queryKey: ['dataset-texts', lang],
    queryFn: async (): Promise<LanguageTexts | null> => {
      if (lang === base) return null;
      const inline = assets.inlineTexts;
      if (inline) return (inline[lang] as LanguageTexts | undefined) ?? null;
      return fetchTrusted(languageTextsUrl(lang), textsValidator);
    },
    staleTime: 'static',
    retry,
  });

/**
 * The built-in dataset with every language's texts inline, as the importer's reference wants it
 * (a reader may name a place in any language the app speaks). Fetched only when a file is read.
 */
export const builtinWithTextsQuery = (langs: readonly string[], base: string) =>
  queryOptions({
    queryKey: ['dataset-with-texts', ...langs],
    queryFn: async ({ client }): Promise<Dataset> => {
      const dataset = await client.fetchQuery(datasetQuery());
      const texts = await Promise.all(
        langs
          .filter((l) => l !== base)
          .map(async (l) => [l, await client.fetchQuery(languageTextsQuery(l, base))] as const),
      );
      const translations = { ...dataset.translations };
      for (const [l, t] of texts) if (t) translations[l] = t;
      return { ...dataset, translations };
    },
    staleTime: 'static',
    retry,
  });
