/** The dataset's texts in the reader's language, for views that hold the model's base records. */
import { type DatasetTexts, datasetTexts } from '../domain/localizeDataset';
import { useLang } from '../i18n/useI18n';
import { useDatasetModel } from './hooks';

export const useTexts = (): DatasetTexts => datasetTexts(useDatasetModel().dataset, useLang());
