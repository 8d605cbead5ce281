import { useId, useMemo, useState } from 'react';
import type { FronteraEvent } from '../../data/schema';
import { citeEvent } from '../../i18n/citation';
import { useFullI18n } from '../../i18n/useI18n';
import { useDatasetModel, useSession } from '../../session/hooks';
import { useLoadedFile } from '../../session/loadedFile';
import { copyText } from '../../ui/clipboard';
import { shareBaseUrl } from '../../ui/publicUrl';
import { eventPermalink } from './eventPermalink';

/**
 * "Cite this event": a Chicago-style note and a plain line naming the article, the paragraph
 * and a permalink to the event, each with a copy button. Built only when opened.
 */
export function CiteEvent({ event }: { event: FronteraEvent }) {
  const { t } = useFullI18n();
  const [open, setOpen] = useState(false);
  return (
    <details className="cite-event" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{t.cite.open}</summary>
      {open && <CiteBody event={event} />}
    </details>
  );
}

function CiteBody({ event }: { event: FronteraEvent }) {
  const { articlesById } = useDatasetModel();
  const { t, lang } = useFullI18n();
  const dataUrl = useSession((s) => s.dataUrl);
  const localFile = useLoadedFile((s) => s.file !== null);
  const [status, setStatus] = useState('');
  const id = useId();
  const base = localFile ? null : shareBaseUrl();
  const citation = useMemo(
    () =>
      citeEvent({
        lang,
        event,
        articles: articlesById,
        permalink: base ? eventPermalink(base, event.id, lang, dataUrl) : null,
        accessed: new Date(),
      }),
    [lang, event, articlesById, base, dataUrl],
  );
  const copy = async (text: string, html?: string) =>
    setStatus((await copyText(text, html)) ? t.cite.copied : t.cite.failed);
  return (
    <div className="cite-body">
      <section aria-labelledby={`${id}-note`}>
        <h4 id={`${id}-note`}>{t.cite.note}</h4>
        <p className="cite-text" data-testid="cite-note">
          {citation.note}
        </p>
        <button type="button" onClick={() => copy(citation.note, citation.noteHtml)}>
          {t.cite.copyNote}
        </button>
      </section>
      <section aria-labelledby={`${id}-plain`}>
        <h4 id={`${id}-plain`}>{t.cite.plain}</h4>
        <p className="cite-text" data-testid="cite-plain">
          {citation.plain}
        </p>
        <button type="button" onClick={() => copy(citation.plain)}>
          {t.cite.copyPlain}
        </button>
      </section>
      {!base && <p className="muted">{t.cite.noLink}</p>}
      <p className="cite-status" role="status">
        {status}
      </p>
    </div>
  );
}
