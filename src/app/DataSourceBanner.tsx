import { useI18n } from '../i18n/useI18n';
import { useActions, useDatasetModel, useSession } from '../session/hooks';
import { useLoadedFile } from '../session/loadedFile';

/** Says plainly when the page shows someone's own data, and how to go back. */
export function DataSourceBanner({ source }: { source: 'url' | 'file' }) {
  const { t } = useI18n();
  const { dataset } = useDatasetModel();
  const file = useLoadedFile((s) => s.file);
  const close = useLoadedFile((s) => s.close);
  const dataUrl = useSession((s) => s.dataUrl);
  const { showBuiltinData } = useActions();
  const events = dataset.events.length;
  return (
    <p className="data-banner" role="status">
      {source === 'file' && file ? (
        <>
          {t.data.showing(file.name, events)} {file.kept ? t.data.kept : t.data.notKept}{' '}
          <button type="button" onClick={() => void close()}>
            {t.data.close}
          </button>
        </>
      ) : (
        <>
          {t.data.fromUrl(dataUrl ?? '')}{' '}
          <button type="button" onClick={showBuiltinData}>
            {t.data.backToBuiltin}
          </button>
        </>
      )}
    </p>
  );
}
