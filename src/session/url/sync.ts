/**
 * Keeps the address bar and the session in step. Selections and filters push a history entry
 * so Back undoes them; drags, zoom and camera moves replace the current entry (debounced), so
 * history is never flooded. Back/Forward hand the new address to the session's actions, which
 * check it against the dataset exactly as a first load does.
 *
 * A push waits for the frame that shows its change: pushState costs 5–10 ms in Chromium
 * (measured on a filter toggle), time the reader would otherwise wait for the toggle to show.
 */
import type { StoreApi } from 'zustand';
import { afterNextFrame } from '../../ui/afterNextFrame';
import type { SessionState } from '../state';
import { formatUrl, historyModeFor, URL_FIELDS, type UrlState, urlStateOf } from './table';

const REPLACE_DELAY_MS = 250;
export type UrlWindow = Pick<
  Window,
  'location' | 'history' | 'addEventListener' | 'removeEventListener' | 'dispatchEvent'
>;

/** Fired on the window after the session writes the address (pushState fires nothing). */
export const ADDRESS_EVENT = 'frontera:address';

/** Starts syncing; `onAddress` is called with the search string after Back or Forward. */
export function startUrlSync(
  store: StoreApi<SessionState>,
  onAddress: (search: string) => void,
  win: UrlWindow = window,
): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let committed: UrlState = urlStateOf(store.getState());

  const write = (mode: 'push' | 'replace', next: UrlState = urlStateOf(store.getState())) => {
    if (mode === 'replace') timer = null;
    const query = formatUrl(next);
    const { pathname, search, hash } = win.location;
    const url = `${pathname}${query ? `?${query}` : ''}${hash}`;
    if (url !== `${pathname}${search}${hash}`) {
      if (mode === 'push') win.history.pushState(null, '', url);
      else win.history.replaceState(null, '', url);
      win.dispatchEvent(new Event(ADDRESS_EVENT));
    }
    committed = next;
  };

  // The state a push will write once its frame is drawn; a second push writes the first at once,
  // so each keeps its own history entry.
  let pending: UrlState | null = null;
  const flushPush = () => {
    if (!pending) return;
    const next = pending;
    pending = null;
    write('push', next);
  };

  let following = false;
  const unsubscribe = store.subscribe((s, prev) => {
    if (following || s.scrubbing) return;
    // A scrub ends by flipping `scrubbing` back: the playhead it moved is written then.
    if (!prev.scrubbing && !URL_FIELDS.some((k) => s[k] !== prev[k])) return;
    const mode = historyModeFor(committed, urlStateOf(s));
    if (!mode) return;
    if (mode === 'push') {
      // The push writes everything changed so far, a pending replace included.
      if (timer) clearTimeout(timer);
      timer = null;
      flushPush();
      pending = urlStateOf(s);
      committed = pending;
      afterNextFrame(flushPush);
    } else timer ??= setTimeout(() => write('replace'), REPLACE_DELAY_MS);
  });

  const onPopState = () => {
    // The address moved under a push not yet written: it would stack on the wrong entry.
    pending = null;
    following = true;
    onAddress(win.location.search);
    following = false;
    // Dropped ids or a clamped step leave the address as the session now is.
    write('replace');
  };
  win.addEventListener('popstate', onPopState);
  // The first load's resolution (unknown ids dropped…) is written back at once.
  write('replace');

  return () => {
    unsubscribe();
    flushPush();
    if (timer) clearTimeout(timer);
    win.removeEventListener('popstate', onPopState);
  };
}
