/**
 * Keeps the URL and the store in step. Selections and filters push a history entry so Back
 * undoes them; drags, zoom and camera moves replace the current entry (debounced), so history
 * is never flooded. Back/Forward rehydrate the store.
 */
import type { StoreApi } from 'zustand';
import type { Store } from './store';
import { formatUrlState, historyModeFor, parseUrlState, pickUrlState, type UrlState } from './url';

const REPLACE_DELAY_MS = 250;

export function hydrateFromUrl(store: StoreApi<Store>, search: string): void {
  const { state, warnings } = parseUrlState(search);
  for (const w of warnings) console.warn(`[frontera] URL: ${w}`);
  store.setState(state);
}

export function startUrlSync(store: StoreApi<Store>, win: Window = window): () => void {
  let committed: UrlState = pickUrlState(store.getState());
  let timer: ReturnType<typeof setTimeout> | null = null;
  let applyingPop = false;

  const write = (mode: 'push' | 'replace') => {
    timer = null;
    const next = pickUrlState(store.getState());
    const query = formatUrlState(next);
    const url = `${win.location.pathname}${query ? `?${query}` : ''}${win.location.hash}`;
    if (url !== `${win.location.pathname}${win.location.search}${win.location.hash}`) {
      if (mode === 'push') win.history.pushState(null, '', url);
      else win.history.replaceState(null, '', url);
    }
    committed = next;
  };

  const unsubscribe = store.subscribe((s) => {
    if (applyingPop || s.scrubbing) return;
    const mode = historyModeFor(committed, pickUrlState(s));
    if (!mode) return;
    if (mode === 'push') {
      if (timer) clearTimeout(timer);
      write('push');
    } else if (!timer) {
      timer = setTimeout(() => write('replace'), REPLACE_DELAY_MS);
    }
  });

  const onPop = () => {
    applyingPop = true;
    hydrateFromUrl(store, win.location.search);
    committed = pickUrlState(store.getState());
    applyingPop = false;
  };
  win.addEventListener('popstate', onPop);

  return () => {
    unsubscribe();
    if (timer) clearTimeout(timer);
    win.removeEventListener('popstate', onPop);
  };
}
