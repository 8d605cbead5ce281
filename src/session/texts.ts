/** The dataset's texts in the reader's language, for views that hold the model's base records. */
import { createContext, createElement, type ReactNode, useContext, useEffect } from 'react';
import type { LanguageTexts } from '../data/schema';
import { type DatasetTexts, datasetTexts } from '../domain/localizeDataset';
import { useLang } from '../i18n/useI18n';
import { useDatasetModel } from './hooks';

/** A language's texts that came in a file of their own (the built-in dataset's). */
const LoadedTextsContext = createContext<{ lang: string; texts: LanguageTexts } | null>(null);

/** Gives the views `texts` for `lang`, and lets search read them too. */
export function LoadedTextsProvider({
  lang,
  texts,
  children,
}: {
  lang: string;
  texts: LanguageTexts | null | undefined;
  children: ReactNode;
}) {
  const model = useDatasetModel();
  useEffect(() => {
    if (texts) model.searchTexts.addLanguage(lang, texts);
  }, [model, lang, texts]);
  return createElement(
    LoadedTextsContext.Provider,
    { value: texts ? { lang, texts } : null },
    children,
  );
}

export function useTexts(): DatasetTexts {
  const lang = useLang();
  const loaded = useContext(LoadedTextsContext);
  return datasetTexts(
    useDatasetModel().dataset,
    lang,
    loaded?.lang === lang ? loaded.texts : undefined,
  );
}
