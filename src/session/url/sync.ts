/**
 * Keeps the address bar and the session in step. Selections and filters push a history entry
 * so Back undoes them; drags, zoom and camera moves replace the current entry (debounced), so
 * history is never flooded. Back/Forward hand the new address to the session's actions, which
 * check it against the dataset exactly as a first load does.
 */
import type { StoreApi } from 'zustand';
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

  const write = (mode: 'push' | 'replace') => {
    timer = null;
    const next = urlStateOf(store.getState());
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

  let following = false;
  const unsubscribe = store.subscribe((s, prev) => {
    if (following || s.scrubbing) return;
    // A scrub ends by flipping `scrubbing` back: the playhead it moved is written then.
    if (!prev.scrubbing && !URL_FIELDS.some((k) => s[k] !== prev[k])) return;
    const mode = historyModeFor(committed, urlStateOf(s));
    if (!mode) return;
    if (mode === 'push') {
      if (timer) clearTimeout(timer);
      write('push');
    } else timer ??= setTimeout(() => write('replace'), REPLACE_DELAY_MS);
  });

  const onPopState = () => {
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
    if (timer) clearTimeout(timer);
    win.removeEventListener('popstate', onPopState);
  };
}
