import '../../styles/dialogs.css';
import { useEffect, useId, useRef, useState } from 'react';
import { singleFilePage } from '../../data/pageSource';
import { writeSavedPage } from '../../data/savedPage';
import { useFullI18n } from '../../i18n/useI18n';
import { useDatasetModel } from '../../session/hooks';

const slug = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60) || 'frontera-page';

/**
 * "Save as a page": one HTML file with the app and the reader's data inside, opening at this
 * view with no network. The title and credit the reader gives are shown on the page.
 */
export function SavePageDialog({
  fileName,
  defaultTitle,
  defaultCredit,
  onClose,
}: {
  fileName: string;
  defaultTitle: string;
  defaultCredit?: string | undefined;
  onClose: () => void;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const id = useId();
  const { t } = useFullI18n();
  const { dataset } = useDatasetModel();
  const [title, setTitle] = useState(defaultTitle);
  const [credit, setCredit] = useState(defaultCredit ?? '');
  const [status, setStatus] = useState<{ text: string; failed?: boolean } | null>(null);

  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal?.();
  }, []);

  const save = async () => {
    setStatus({ text: t.yourData.saving });
    try {
      const html = writeSavedPage(await singleFilePage(), {
        version: 1,
        title: title.trim() || defaultTitle,
        ...(credit.trim() ? { credit: credit.trim().slice(0, 200) } : {}),
        fileName: fileName.slice(0, 200),
        savedAt: new Date().toISOString(),
        // The view as it is now; a ?data= address means nothing inside the saved page.
        view: new URLSearchParams(
          [...new URLSearchParams(window.location.search)].filter(([k]) => k !== 'data'),
        ).toString(),
        dataset,
      });
      const name = `${slug(title || defaultTitle)}.html`;
      const a = document.createElement('a');
      a.href = URL.createObjectURL(new Blob([html], { type: 'text/html;charset=utf-8' }));
      a.download = name;
      a.click();
      setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
      setStatus({ text: t.yourData.saved(name) });
    } catch (e) {
      setStatus({ text: t.yourData.saveUnavailable((e as Error).message), failed: true });
    }
  };

  return (
    <dialog
      ref={ref}
      className="share-dialog save-page-dialog"
      aria-labelledby={`${id}-title`}
      onClose={onClose}
    >
      <h2 id={`${id}-title`}>{t.yourData.saveTitle}</h2>
      <p>{t.yourData.saveIntro}</p>
      <label className="field">
        {t.yourData.savePageTitle}
        <input value={title} maxLength={200} onChange={(e) => setTitle(e.target.value)} />
      </label>
      <label className="field">
        {t.yourData.saveCredit}
        <input
          value={credit}
          maxLength={200}
          placeholder={t.yourData.saveCreditHint}
          onChange={(e) => setCredit(e.target.value)}
        />
      </label>
      <p role="status" aria-live="polite" className={status?.failed ? 'import-failure' : ''}>
        {status?.text}
      </p>
      <div className="dialog-actions">
        <button type="button" className="primary" onClick={() => void save()}>
          {t.yourData.saveButton}
        </button>
        <button type="button" onClick={onClose}>
          {t.share.close}
        </button>
      </div>
    </dialog>
  );
}
