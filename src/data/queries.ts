import { queryOptions } from '@tanstack/react-query';
import { assets } from '#assets';
import { DataLoadError, fetchJson, parseJson } from './fetchJson';
import { loadProgress } from './loadProgress';
import { DatasetSchema } from './schema';

/** Relative to the page so the app works under any base path and inside iframes. */
export const DATASET_URL = 'data/frontera.json';

export const datasetQuery = (url: string = DATASET_URL) =>
  queryOptions({
    queryKey: ['dataset', url],
    // No abort signal: the dataset is small and immutable, and aborting on a momentary
    // unsubscribe made the page fetch it twice.
    queryFn: () =>
      assets.inlineDataset && url === DATASET_URL
        ? parseJson(url, assets.inlineDataset, DatasetSchema)
        : fetchJson(url, DatasetSchema, { onProgress: loadProgress.set }),
    staleTime: 'static',
    // A missing, damaged or malformed file will not mend itself; a flaky network might.
    retry: (failures, error) =>
      failures < 1 && error instanceof DataLoadError && ['network', 'server'].includes(error.kind),
  });
