/**
 * The single-file page the app saves a reader's data into. The single-file build is that page,
 * so it keeps a copy of itself as it arrived, taken before anything is drawn; the hosted build
 * ships the single file beside itself (frontera-offline.html, written by `npm run build`).
 */
export const OFFLINE_PAGE = 'frontera-offline.html';
/** Written into the single-file build's head, so a served copy can be told from a fallback page. */
export const SINGLE_MARKER = '<meta name="frontera-build" content="single">';

let boot: string | null = null;

/** Call once, before the app renders: in the single-file build, remember the page as loaded. */
export function captureBootPage(doc: Document = document): void {
  if (import.meta.env.MODE === 'single' && boot === null)
    boot = `<!doctype html>\n${doc.documentElement.outerHTML}`;
}

/** The single-file page's HTML, or a rejection saying why it cannot be had here. */
export async function singleFilePage(): Promise<string> {
  if (boot) return boot;
  const response = await fetch(OFFLINE_PAGE);
  const html = response.ok ? await response.text() : '';
  if (!html.includes(SINGLE_MARKER)) throw new Error(`${OFFLINE_PAGE} is not on this server`);
  return html;
}
