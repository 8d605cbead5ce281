import { createContext, type ReactNode, useContext, useMemo } from 'react';
import type { Dataset } from '../data/schema';
import { buildDatasetModel, type DatasetModel } from '../domain/datasetModel';
import { createDerivedModel, type DerivedModel } from '../domain/derivedModel';
import { actorNamer, localizeDataset } from '../domain/localizeDataset';
import { useLang } from '../i18n/useI18n';

export type { DatasetModel };

interface ModelContext {
  model: DatasetModel;
  derived: DerivedModel;
}

const DatasetContext = createContext<ModelContext | null>(null);

/**
 * Builds the dataset's indexes and its derived model once per dataset and language, for every
 * view below: a reader in Spanish gets Spanish titles, summaries, place names — and search.
 */
export function DatasetProvider({ dataset, children }: { dataset: Dataset; children: ReactNode }) {
  const lang = useLang();
  const value = useMemo(() => {
    const model = buildDatasetModel(localizeDataset(dataset, lang), actorNamer(dataset, lang));
    return { model, derived: createDerivedModel(model) };
  }, [dataset, lang]);
  return <DatasetContext.Provider value={value}>{children}</DatasetContext.Provider>;
}

function useModelContext(): ModelContext {
  const value = useContext(DatasetContext);
  if (!value) throw new Error('Frontera views must be rendered inside <DatasetProvider>');
  return value;
}

export const useDatasetModel = (): DatasetModel => useModelContext().model;
export const useDerivedModel = (): DerivedModel => useModelContext().derived;
