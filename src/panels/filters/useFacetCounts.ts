import { useMemo } from 'react';
import { facetCounts } from '../../domain/filters';
import { useDatasetModel } from '../../state/datasetContext';
import { useStore } from '../../state/store';

/** Live counts beside every filter value, each under all the *other* active filters. */
export function useFacetCounts() {
  const { dataset, searchTexts } = useDatasetModel();
  const filters = useStore((s) => s.filters);
  return useMemo(
    () => facetCounts(dataset.events, filters, searchTexts),
    [dataset, filters, searchTexts],
  );
}
