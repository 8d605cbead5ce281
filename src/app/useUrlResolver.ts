import { useEffect } from 'react';
import { useDatasetModel } from '../state/datasetContext';
import { resolveUrl } from '../state/resolveUrl';
import { useStore } from '../state/store';
import type { UrlSync } from '../state/urlSync';

/** Once the dataset is known, every URL (first load, Back, Forward) is checked against it. */
export function useUrlResolver(urlSync: UrlSync | undefined) {
  const model = useDatasetModel();
  useEffect(() => {
    urlSync?.setResolver((parsed, search) => {
      const { patch, warnings } = resolveUrl(model, useStore.getState(), parsed, search);
      for (const w of warnings) console.warn(`[frontera] URL: ${w}`);
      return patch;
    });
  }, [model, urlSync]);
}
