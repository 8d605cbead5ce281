import { useEffect } from 'react';
import { useDatasetModel } from '../session/datasetContext';
import { resolveUrl } from '../session/resolveUrl';
import { useStore } from '../session/store';
import type { UrlSync } from '../session/urlSync';

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
