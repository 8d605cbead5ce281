/**
 * Which dataset the explorer shows: a `?data=` file on this site, else the reader's own file kept
 * in this browser (or, in a saved page, the data saved in it), else the built-in one. Spreadsheets are checked with the importer before
 * anything is drawn.
 */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { fetchJson } from '../data/fetchJson';
import { fetchText } from '../data/fetchText';
import { builtinWithTextsQuery, DATASET_URL, datasetQuery } from '../data/queries';
import { savedPage as bootSavedPage } from '../data/savedPageBoot';
import type { Dataset } from '../data/schema';
import { BASE_LANGUAGE } from '../data/translations';
import { LANGS } from '../i18n/lang';
import type { ImportResult } from '../import';
import { useLoadedFile } from '../session/loadedFile';

/** A spreadsheet at `?data=` that did not pass the checks: the issues, for the error panel. */
export class ImportFailedError extends Error {
  constructor(
    readonly url: string,
    readonly result: ImportResult,
  ) {
    super(`${url}: ${result.errors.length} problem(s)`);
    this.name = 'ImportFailedError';
  }
}

export type ActiveDataset =
  | { status: 'pending'; retry: () => void }
  | { status: 'error'; error: Error; retry: () => void }
  | { status: 'ready'; dataset: Dataset; source: 'builtin' | 'url' | 'file' | 'saved' };

/** `url`: a dataset on this site (`?data=`), else the reader's file, else the built-in one. */
export function useActiveDataset(url: string | null): ActiveDataset {
  const savedPage = bootSavedPage();
  const client = useQueryClient();
  const file = useLoadedFile((s) => s.file);
  const restored = useLoadedFile((s) => s.restored);
  const restore = useLoadedFile((s) => s.restore);
  const skipRestore = useLoadedFile((s) => s.skipRestore);
  // A saved page shows the data saved in it, not a file this browser kept from another visit.
  useEffect(() => void (savedPage ? skipRestore() : restore()), [savedPage, restore, skipRestore]);
  const table = !!url && !/\.json$/i.test(url.split(/[?#]/)[0] ?? '');

  const fromUrl = useQuery({
    queryKey: ['dataset', url ?? DATASET_URL, table ? 'table' : 'json'],
    enabled: !!url,
    staleTime: 'static',
    retry: false,
    queryFn: async () => {
      if (!url) throw new Error('no data address');
      // Data from elsewhere is always validated; the validator and the importer load only then.
      if (!table) return fetchJson(url, (await import('../data/schema')).DatasetSchema);
      const [text, builtin, { importText, referenceOf }] = await Promise.all([
        fetchText(url),
        client.fetchQuery(builtinWithTextsQuery(LANGS, BASE_LANGUAGE)),
        import('../import'),
      ]);
      const result = importText(url.split('/').pop() ?? url, text, {
        reference: referenceOf(builtin),
      });
      if (!result.dataset) throw new ImportFailedError(url, result);
      return result.dataset;
    },
  });
  const builtin = useQuery({ ...datasetQuery(), enabled: !url && restored && !file && !savedPage });

  if (url) {
    const retry = () => void fromUrl.refetch({ cancelRefetch: true });
    if (fromUrl.isError) return { status: 'error', error: fromUrl.error, retry };
    if (fromUrl.data) return { status: 'ready', dataset: fromUrl.data, source: 'url' };
    return { status: 'pending', retry };
  }
  if (file) return { status: 'ready', dataset: file.dataset, source: 'file' };
  if (savedPage) return { status: 'ready', dataset: savedPage.dataset, source: 'saved' };
  const retry = () => void builtin.refetch({ cancelRefetch: true });
  if (builtin.isError) return { status: 'error', error: builtin.error, retry };
  if (builtin.data) return { status: 'ready', dataset: builtin.data, source: 'builtin' };
  return { status: 'pending', retry };
}
