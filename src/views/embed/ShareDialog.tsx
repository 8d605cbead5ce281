import '../../styles/dialogs.css';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useShallow } from 'zustand/shallow';
import { useFullI18n } from '../../i18n/useI18n';
import { useSession } from '../../session/hooks';
import { urlStateOf } from '../../session/url/table';
import { shareBaseUrl } from '../../ui/publicUrl';
import { copyText } from './copyText';
import { appUrl, embedUrl, iframeSnippet } from './snippet';

interface Props {
  onClose: () => void;
  /** Narrative offered for "start in story mode", if any. */
  storyId: string | null;
  /** The view shows the reader's own file, which no link can carry. */
  localFile?: boolean;
}

/**
 * Share / Embed: copy a link to this exact view, or an iframe snippet built from it. Mounted only
 * while open, so the URL fields it reads never cost a render during a scrub.
 */
export function ShareDialog({ onClose, storyId, localFile = false }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const id = useId();
  const [locked, setLocked] = useState(false);
  const [theme, setTheme] = useState<'light' | 'dark' | 'auto'>('auto');
  const [story, setStory] = useState(false);
  const [fit, setFit] = useState<'article' | 'slide'>('article');
  const [status, setStatus] = useState('');
  const { t, lang } = useFullI18n();
  const picked = useSession(useShallow(urlStateOf));
  // Links carry the language the sharer reads, so the recipient sees the same page.
  const state = useMemo(() => ({ ...picked, lang }), [picked, lang]);
  const base = shareBaseUrl();
  const link = useMemo(() => (base ? appUrl(base, state) : ''), [base, state]);
  const snippet = useMemo(
    () =>
      base
        ? iframeSnippet(
            embedUrl(base, state, { locked, fit, theme, story, storyId }),
            new URL('embed.js', base).href,
            t.page.iframeTitle,
            fit,
          )
        : '',
    [base, state, locked, fit, theme, story, storyId, t],
  );

  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal?.();
  }, []);

  const copy = async (text: string, done: string) =>
    setStatus((await copyText(text)) ? done : t.share.copyFailed);

  if (!base || localFile)
    return (
      <dialog ref={ref} className="share-dialog" aria-labelledby={`${id}-title`} onClose={onClose}>
        <h2 id={`${id}-title`}>{t.share.title}</h2>
        <p>{localFile ? t.yourData.noLink : t.share.noHost}</p>
        <form method="dialog" className="dialog-actions">
          <button type="submit">{t.share.close}</button>
        </form>
      </dialog>
    );

  return (
    <dialog ref={ref} className="share-dialog" aria-labelledby={`${id}-title`} onClose={onClose}>
      <h2 id={`${id}-title`}>{t.share.title}</h2>
      <label htmlFor={`${id}-link`}>{t.share.link}</label>
      <div className="copy-row">
        <input id={`${id}-link`} readOnly value={link} onFocus={(e) => e.currentTarget.select()} />
        <button type="button" onClick={() => copy(link, t.share.linkCopied)}>
          {t.share.copyLink}
        </button>
      </div>
      <fieldset className="embed-options">
        <legend>{t.share.options}</legend>
        <fieldset className="embed-fit">
          <legend>{t.share.fit}</legend>
          {(['article', 'slide'] as const).map((value) => (
            <label key={value}>
              <input
                type="radio"
                name={`${id}-fit`}
                value={value}
                checked={fit === value}
                onChange={() => setFit(value)}
              />{' '}
              {value === 'article' ? t.share.fitArticle : t.share.fitSlide}
            </label>
          ))}
        </fieldset>
        <label>
          <input type="checkbox" checked={locked} onChange={(e) => setLocked(e.target.checked)} />{' '}
          {t.share.lock}
        </label>
        <label>
          {t.share.theme}{' '}
          <select value={theme} onChange={(e) => setTheme(e.target.value as typeof theme)}>
            <option value="auto">{t.share.themeAuto}</option>
            <option value="light">{t.share.themeLight}</option>
            <option value="dark">{t.share.themeDark}</option>
          </select>
        </label>
        {storyId && (
          <label>
            <input type="checkbox" checked={story} onChange={(e) => setStory(e.target.checked)} />{' '}
            {t.share.startStory}
          </label>
        )}
      </fieldset>
      <label htmlFor={`${id}-snippet`}>{fit === 'slide' ? t.share.codeSlide : t.share.code}</label>
      <textarea
        id={`${id}-snippet`}
        readOnly
        rows={5}
        value={snippet}
        onFocus={(e) => e.currentTarget.select()}
      />
      <p className="muted">{t.share.keys}</p>
      <div className="dialog-actions">
        <button type="button" onClick={() => copy(snippet, t.share.codeCopied)}>
          {t.share.copyCode}
        </button>
        <button type="button" onClick={onClose}>
          {t.share.close}
        </button>
      </div>
      <p role="status" className="muted">
        {status}
      </p>
    </dialog>
  );
}
