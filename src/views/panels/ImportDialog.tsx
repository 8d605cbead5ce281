import '../../styles/dialogs.css';
import { useQueryClient } from '@tanstack/react-query';
import { type DragEvent, useEffect, useId, useRef, useState } from 'react';
import { builtinWithTextsQuery } from '../../data/queries';
import { BASE_LANGUAGE } from '../../data/translations';
import { LANGS } from '../../i18n/lang';
import { useFullI18n } from '../../i18n/useI18n';
import { type ImportResult, referenceOf, runImport } from '../../import';
import { useLoadedFile } from '../../session/loadedFile';
import { ImportIssues } from './ImportIssues';
import { downloadTemplate, openGuide } from './templateFiles';

type Checked = { name: string; result: ImportResult };

/**
 * Open or drop a spreadsheet or Frontera JSON: every problem is listed by row and column before
 * anything is drawn; valid rows load only when the reader asks for it, and what is left out is
 * counted.
 */
export function ImportDialog({ onClose }: { onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const id = useId();
  const { t, lang } = useFullI18n();
  const client = useQueryClient();
  const open = useLoadedFile((s) => s.open);
  const [keepValid, setKeepValid] = useState(false);
  const [busy, setBusy] = useState<string | null>(null);
  const [checked, setChecked] = useState<Checked | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const fileRef = useRef<File | null>(null);

  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal?.();
  }, []);

  const check = async (file: File, keep: boolean) => {
    fileRef.current = file;
    setBusy(file.name);
    setFailure(null);
    setChecked(null);
    try {
      const [buffer, builtin] = await Promise.all([
        file.arrayBuffer(),
        client.fetchQuery(builtinWithTextsQuery(LANGS, BASE_LANGUAGE)),
      ]);
      const result = await runImport(file.name, new Uint8Array(buffer), {
        reference: referenceOf(builtin),
        keepValidRows: keep,
      });
      setChecked({ name: file.name, result });
    } catch (e) {
      setFailure(t.yourData.unreadable((e as Error).message));
    } finally {
      setBusy(null);
    }
  };

  const onDrop = (e: DragEvent<HTMLElement>) => {
    e.preventDefault();
    const file = e.dataTransfer.files[0];
    if (file) void check(file, keepValid);
  };

  const result = checked?.result;
  const events = result?.events ?? 0;
  return (
    <dialog
      ref={ref}
      className="share-dialog import-dialog"
      aria-labelledby={`${id}-title`}
      onClose={onClose}
    >
      <h2 id={`${id}-title`}>{t.yourData.title}</h2>
      <p>{t.yourData.intro}</p>
      {/* biome-ignore lint/a11y/noStaticElementInteractions: a drop target; the file input inside is the keyboard path */}
      <div className="drop-zone" onDragOver={(e) => e.preventDefault()} onDrop={onDrop}>
        {/* The native control's own button speaks the browser's language ("Choose File"): it
            stays in the tab order, out of sight, and its label is the button the reader sees. */}
        <input
          id={`${id}-file`}
          className="visually-hidden"
          type="file"
          accept=".csv,.tsv,.txt,.json,text/csv,text/tab-separated-values,application/json"
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) void check(file, keepValid);
          }}
        />
        <label htmlFor={`${id}-file`} className="file-button">
          {t.yourData.choose}
        </label>
        {checked && <span className="chosen-file">{checked.name}</span>}
        <span className="muted">{t.yourData.drop}</span>
      </div>
      <p className="import-links">
        <a
          href="templates/frontera-template.csv"
          download
          onClick={(e) => {
            e.preventDefault();
            downloadTemplate();
          }}
        >
          {t.yourData.template}
        </a>{' '}
        ·{' '}
        <a
          href={lang === 'es' ? 'templates/import-guide.es.md' : 'templates/import-guide.md'}
          onClick={(e) => {
            e.preventDefault();
            openGuide(lang);
          }}
        >
          {t.yourData.guide}
        </a>
      </p>
      <label className="keep-valid">
        <input
          type="checkbox"
          checked={keepValid}
          onChange={(e) => {
            setKeepValid(e.target.checked);
            if (fileRef.current) void check(fileRef.current, e.target.checked);
          }}
        />{' '}
        {t.yourData.keepValid}
      </label>
      <div role="status" aria-live="polite" className="import-status">
        {busy && <p>{t.yourData.checking(busy)}</p>}
        {failure && <p className="import-failure">{failure}</p>}
        {result &&
          (result.events !== null ? (
            <p>
              <strong>{t.yourData.ok(events)}</strong>
              {result.droppedRows.length > 0 && ` ${t.yourData.dropped(result.droppedRows.length)}`}
            </p>
          ) : (
            <p>{t.yourData.blocked}</p>
          ))}
      </div>
      {checked && result && <ImportIssues name={checked.name} result={result} />}
      <div className="dialog-actions">
        {checked && result && result.events !== null && (
          <button
            type="button"
            className="primary"
            onClick={() => {
              if (!result.dataset) return;
              void open(checked.name, result.dataset);
              onClose();
            }}
          >
            {t.yourData.load(events)}
          </button>
        )}
        {checked && result?.events === null && !keepValid && (result?.validRows ?? 0) > 0 && (
          <button
            type="button"
            onClick={() => {
              setKeepValid(true);
              if (fileRef.current) void check(fileRef.current, true);
            }}
          >
            {t.yourData.loadValid(result?.validRows ?? 0)}
          </button>
        )}
        <button type="button" onClick={onClose}>
          {t.share.close}
        </button>
      </div>
    </dialog>
  );
}
