import { queryOptions } from '@tanstack/react-query';
import { assets } from '#assets';
import { fetchJson, parseJson } from './fetchJson';
import { DatasetSchema } from './schema';

/** Relative to the page so the app works under any base path and inside iframes. */
export const DATASET_URL = 'data/frontera.json';

export const datasetQuery = (url: string = DATASET_URL) =>
  queryOptions({
    queryKey: ['dataset', url],
    queryFn: ({ signal }) =>
      assets.inlineDataset && url === DATASET_URL
        ? parseJson(url, assets.inlineDataset, DatasetSchema)
        : fetchJson(url, DatasetSchema, signal),
    staleTime: 'static',
    retry: 1,
  });
