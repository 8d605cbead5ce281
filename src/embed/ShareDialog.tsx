import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useShallow } from 'zustand/shallow';
import { useStore } from '../state/store';
import { pickUrlState } from '../state/url';
import { shareBaseUrl } from '../ui/publicUrl';
import { copyText } from './copyText';
import { appUrl, embedUrl, iframeSnippet } from './snippet';

interface Props {
  onClose: () => void;
  /** Narrative offered for "start in story mode", if any. */
  storyId: string | null;
}

/**
 * Share / Embed: copy a link to this exact view, or an iframe snippet built from it. Mounted only
 * while open, so the URL fields it reads never cost a render during a scrub.
 */
export function ShareDialog({ onClose, storyId }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const id = useId();
  const [locked, setLocked] = useState(false);
  const [theme, setTheme] = useState<'light' | 'dark' | 'auto'>('auto');
  const [story, setStory] = useState(false);
  const [status, setStatus] = useState('');
  const state = useStore(useShallow(pickUrlState));
  const base = shareBaseUrl();
  const link = useMemo(() => (base ? appUrl(base, state) : ''), [base, state]);
  const snippet = useMemo(
    () =>
      base
        ? iframeSnippet(
            embedUrl(base, state, { locked, theme, story, storyId }),
            new URL('embed.js', base).href,
          )
        : '',
    [base, state, locked, theme, story, storyId],
  );

  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal?.();
  }, []);

  const copy = async (text: string, what: string) =>
    setStatus(
      (await copyText(text)) ? `${what} copied.` : `Could not copy; select the text and copy it.`,
    );

  if (!base)
    return (
      <dialog ref={ref} className="share-dialog" aria-labelledby={`${id}-title`} onClose={onClose}>
        <h2 id={`${id}-title`}>Share or embed this view</h2>
        <p>
          This copy of Frontera is a single file opened from this computer, so a link to it would
          only work here. To share links or embed the app, use a hosted copy: publish the output of{' '}
          <code>npm run build</code> on a web server, or build this file with{' '}
          <code>VITE_FRONTERA_PUBLIC_URL</code> set to that server’s address. “Download PNG” works
          offline.
        </p>
        <form method="dialog" className="dialog-actions">
          <button type="submit">Close</button>
        </form>
      </dialog>
    );

  return (
    <dialog ref={ref} className="share-dialog" aria-labelledby={`${id}-title`} onClose={onClose}>
      <h2 id={`${id}-title`}>Share or embed this view</h2>
      <label htmlFor={`${id}-link`}>Link to this exact view</label>
      <div className="copy-row">
        <input id={`${id}-link`} readOnly value={link} onFocus={(e) => e.currentTarget.select()} />
        <button type="button" onClick={() => copy(link, 'Link')}>
          Copy link
        </button>
      </div>
      <fieldset className="embed-options">
        <legend>Embed options</legend>
        <label>
          <input type="checkbox" checked={locked} onChange={(e) => setLocked(e.target.checked)} />{' '}
          Lock filters and zoom
        </label>
        <label>
          Theme{' '}
          <select value={theme} onChange={(e) => setTheme(e.target.value as typeof theme)}>
            <option value="auto">Follow reader’s system</option>
            <option value="light">Light</option>
            <option value="dark">Dark</option>
          </select>
        </label>
        {storyId && (
          <label>
            <input type="checkbox" checked={story} onChange={(e) => setStory(e.target.checked)} />{' '}
            Start in story mode
          </label>
        )}
      </fieldset>
      <label htmlFor={`${id}-snippet`}>
        Embed code (the iframe resizes itself when embed.js is included)
      </label>
      <textarea
        id={`${id}-snippet`}
        readOnly
        rows={5}
        value={snippet}
        onFocus={(e) => e.currentTarget.select()}
      />
      <div className="dialog-actions">
        <button type="button" onClick={() => copy(snippet, 'Embed code')}>
          Copy embed code
        </button>
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
      <p role="status" className="muted">
        {status}
      </p>
    </dialog>
  );
}
