import { createContext, type ReactNode, useContext, useMemo } from 'react';
import type { Dataset } from '../data/schema';
import { buildDatasetModel, type DatasetModel } from '../domain/datasetModel';
import { createDerivedModel, type DerivedModel } from '../domain/derivedModel';

export type { DatasetModel };

interface ModelContext {
  model: DatasetModel;
  derived: DerivedModel;
}

const DatasetContext = createContext<ModelContext | null>(null);

/** Builds the dataset's indexes and its derived model once per dataset, for every view below. */
export function DatasetProvider({ dataset, children }: { dataset: Dataset; children: ReactNode }) {
  const value = useMemo(() => {
    const model = buildDatasetModel(dataset);
    return { model, derived: createDerivedModel(model) };
  }, [dataset]);
  return <DatasetContext.Provider value={value}>{children}</DatasetContext.Provider>;
}

function useModelContext(): ModelContext {
  const value = useContext(DatasetContext);
  if (!value) throw new Error('Frontera views must be rendered inside <DatasetProvider>');
  return value;
}

export const useDatasetModel = (): DatasetModel => useModelContext().model;
export const useDerivedModel = (): DerivedModel => useModelContext().derived;
