/** The link to one event in Frontera: the share link of a view with only that event open. */
import type { Lang } from '../../i18n/lang';
import { formatUrl, URL_DEFAULTS } from '../../session/url/table';

export function eventPermalink(
  base: string,
  eventId: string,
  lang: Lang,
  dataUrl: string | null,
): string {
  const url = new URL(base);
  // English is the default, so an English link stays as short as a citation wants it.
  url.search = formatUrl({
    ...URL_DEFAULTS,
    selectedEventId: eventId,
    lang: lang === 'en' ? null : lang,
    dataUrl,
  });
  url.hash = '';
  return url.href;
}
