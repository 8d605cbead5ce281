import { lazy, Suspense, useState } from 'react';
import { savedPage as bootSavedPage } from '../data/savedPageBoot';
import { useFullI18n } from '../i18n/useI18n';
import { useActions, useDatasetModel, useSession } from '../session/hooks';
import { useLoadedFile } from '../session/loadedFile';

// Loaded when a reader asks to save: it brings the validator, which the first frame does without.
const SavePageDialog = lazy(() =>
  import('../views/panels/SavePageDialog').then((m) => ({ default: m.SavePageDialog })),
);

/**
 * Says plainly when the page shows someone's own data (whose, in a saved page), how to go back,
 * and offers to save it as a page that can be handed on.
 */
export function DataSourceBanner({ source }: { source: 'url' | 'file' | 'saved' }) {
  const { t, f } = useFullI18n();
  const savedPage = bootSavedPage();
  const { dataset } = useDatasetModel();
  const file = useLoadedFile((s) => s.file);
  const close = useLoadedFile((s) => s.close);
  const dataUrl = useSession((s) => s.dataUrl);
  const { showBuiltinData } = useActions();
  const [saving, setSaving] = useState(false);
  const events = dataset.events.length;
  const fileName =
    source === 'file'
      ? (file?.name ?? '')
      : source === 'saved'
        ? (savedPage?.fileName ?? '')
        : (dataUrl ?? '');
  const title =
    (source === 'saved' ? savedPage?.title : undefined) ??
    dataset.about?.title ??
    fileName.replace(/\.[^.]+$/, '');
  return (
    <>
      <p className="data-banner" role="status">
        {source === 'saved' && savedPage ? (
          t.yourData.savedShowing(
            savedPage.title,
            savedPage.credit ?? null,
            savedPage.fileName,
            events,
            f.day(Date.parse(savedPage.savedAt)),
          )
        ) : source === 'file' && file ? (
          <>
            {dataset.about && <strong>“{dataset.about.title}” </strong>}
            {t.yourData.showing(file.name, events)}{' '}
            {file.kept ? t.yourData.kept : t.yourData.notKept}{' '}
            <button type="button" onClick={() => void close()}>
              {t.yourData.close}
            </button>
          </>
        ) : (
          <>
            {t.yourData.fromUrl(dataUrl ?? '')}{' '}
            <button type="button" onClick={showBuiltinData}>
              {t.data.backToBuiltin}
            </button>
          </>
        )}{' '}
        <button type="button" onClick={() => setSaving(true)}>
          {t.yourData.savePage}
        </button>
      </p>
      {saving && (
        <Suspense fallback={null}>
          <SavePageDialog
            fileName={fileName || 'data'}
            defaultTitle={title || 'Frontera'}
            defaultCredit={source === 'saved' ? savedPage?.credit : undefined}
            onClose={() => setSaving(false)}
          />
        </Suspense>
      )}
    </>
  );
}
