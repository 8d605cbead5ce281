import { useEffect } from 'react';
import { useI18n } from '../i18n/useI18n';

/**
 * The browser tab, history and bookmarks in the reader's language: "Frontera — Control
 * fronterizo…", or the open event's title first. `active` lets the loading shell and the
 * explorer each own the title while they are on screen.
 */
export function useDocumentTitle(active: boolean, subject?: string | null): void {
  const { t } = useI18n();
  useEffect(() => {
    if (!active) return;
    document.title = subject ? t.page.eventTitle(subject) : t.page.title;
    document.querySelector('meta[name="description"]')?.setAttribute('content', t.page.description);
  }, [active, subject, t]);
}
