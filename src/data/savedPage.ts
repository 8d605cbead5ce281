/**
 * "Save as a page": the single-file app with a reader's dataset inside, as a JSON data block
 * (`<script type="application/json">`, which browsers never run, so the page's
 * Content-Security-Policy stays as strict as ever). Opened from a disk, a USB stick or any web
 * server, the page shows that dataset at the view it was saved with, and says whose it is.
 */
import { z } from 'zod';
import { SAVED_DATA_ID } from './savedPageId';
import { DatasetSchema } from './schema';

export { SAVED_DATA_ID };

export const SavedPageSchema = z.strictObject({
  version: z.literal(1),
  /** What the page is about, shown in its banner and its title bar. */
  title: z.string().min(1).max(200),
  /** Whose data it is, in the saver's words ("Border desk, El Diario"). */
  credit: z.string().min(1).max(200).optional(),
  /** The file the data came from. */
  fileName: z.string().min(1).max(200),
  /** When it was saved (ISO 8601); a date the banner can write. */
  savedAt: z
    .string()
    .max(40)
    .refine((s) => Number.isFinite(Date.parse(s)), 'must be an ISO 8601 date and time'),
  /** The view it was saved at: the page's query string, without "?". */
  view: z.string().max(4000),
  dataset: DatasetSchema,
});
export type SavedPage = z.infer<typeof SavedPageSchema>;

/** The saved data in a page, or null (none, or damaged: the page then shows its own data). */
export function readSavedPage(doc: Pick<Document, 'getElementById'>): SavedPage | null {
  const block = doc.getElementById(SAVED_DATA_ID);
  if (block?.getAttribute('type') !== 'application/json') return null;
  try {
    const parsed = SavedPageSchema.safeParse(JSON.parse(block.textContent ?? ''));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * JSON that cannot end its block early: "<" is written as \u003c, so no "</script>" or "<!--"
 * can appear inside, whatever the data says.
 */
export function jsonBlock(value: unknown): string {
  const json = JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
  return `<script type="application/json" id="${SAVED_DATA_ID}">${json}</script>`;
}

const BLOCK = new RegExp(
  `<script type="application/json" id="${SAVED_DATA_ID}">[\\s\\S]*?</script>\\s*`,
  'g',
);

/** The single-file page with `page` inside (any data saved in it before is replaced). */
export function writeSavedPage(html: string, page: SavedPage): string {
  const clean = html.replace(BLOCK, '');
  const titled = clean.replace(
    /<title>[\s\S]*?<\/title>/,
    `<title>${escapeHtml(page.title)} — Frontera</title>`,
  );
  const at = titled.lastIndexOf('</body>');
  if (at < 0) throw new Error('the page has no </body>');
  return `${titled.slice(0, at)}${jsonBlock(page)}\n${titled.slice(at)}`;
}
