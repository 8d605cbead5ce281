import { useEffect } from 'react';
import { useI18n } from '../i18n/useI18n';

/**
 * The browser tab, history and bookmarks in the reader's language: "Frontera — Control
 * fronterizo…", or the open event's title first. `active` lets the loading shell and the
 * explorer each own the title while they are on screen.
 */
export function useDocumentTitle(
  active: boolean,
  subject?: string | null,
  /** A reader's own data: its title (a saved page's, a TimelineJS title slide's). */
  dataset?: string | null,
): void {
  const { t } = useI18n();
  useEffect(() => {
    if (!active) return;
    const base = dataset ? t.page.eventTitle(dataset) : t.page.title;
    document.title = subject ? `${subject} — ${dataset ?? 'Frontera'}` : base;
    document.querySelector('meta[name="description"]')?.setAttribute('content', t.page.description);
  }, [active, subject, dataset, t]);
}
