import type { SyntheticEvent } from 'react';
import { useFullI18n } from '../../i18n/useI18n';
import { useDatasetModel, useSessionRef } from '../../session/hooks';
import { urlStateOf } from '../../session/url/table';
import { appUrl } from './snippet';

/** Credit line naming the sources, and a way out to the full app at the same state. */
export function EmbedFooter() {
  const { dataset } = useDatasetModel();
  const session = useSessionRef((s) => s);
  const { t, f } = useFullI18n();
  const publishers = f.list([...new Set(dataset.articles.map((a) => a.publisher))]);
  const years = `${dataset.articles[0]?.published.slice(0, 4)}–${dataset.articles.at(-1)?.published.slice(0, 4)}`;
  // The link is brought up to date when the reader reaches for it (pointer, focus, context menu)
  // rather than on every scrub frame.
  const refresh = (e: SyntheticEvent<HTMLAnchorElement>) => {
    e.currentTarget.href = appUrl(window.location.href, urlStateOf(session.current));
  };
  return (
    <footer className="embed-footer">
      <p>{t.embed.credit(dataset.articles.length, publishers, years)}</p>
      <a
        href={appUrl(window.location.href, urlStateOf(session.current))}
        target="_blank"
        rel="noopener"
        onPointerDown={refresh}
        onFocus={refresh}
        onContextMenu={refresh}
      >
        {t.embed.open}
      </a>
    </footer>
  );
}
