/**
 * The template and the guide travel inside the app, so their links work in the single file
 * opened from a disk as well as on a server: each is handed over as a blob: URL when clicked.
 */

import template from '../../../public/templates/frontera-template.csv?raw';
import guideEs from '../../../public/templates/import-guide.es.md?raw';
import guideEn from '../../../public/templates/import-guide.md?raw';
import type { Lang } from '../../i18n/lang';

const GUIDES: Record<Lang, string> = { en: guideEn, es: guideEs };

function open(text: string, type: string, download?: string) {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(new Blob([text], { type }));
  if (download) a.download = download;
  else a.target = '_blank';
  a.rel = 'noopener';
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 60_000);
}

export const downloadTemplate = () =>
  open(template, 'text/csv;charset=utf-8', 'frontera-template.csv');
/** The guide as plain text in a new tab, in the reader's language. */
export const openGuide = (lang: Lang) => open(GUIDES[lang], 'text/plain;charset=utf-8');
