/**
 * Keeps the URL and the store in step. Selections and filters push a history entry so Back
 * undoes them; drags, zoom and camera moves replace the current entry (debounced), so history
 * is never flooded. It listens only to the fields the URL is made of (a hover writes nothing).
 * Back/Forward go through the same resolver as the first load, so a link's ids are checked
 * against the dataset every time.
 */
import type { StoreApi } from 'zustand';
import type { Patch, Store } from './store';
import {
  formatUrlState,
  historyModeFor,
  type ParseResult,
  parseUrlState,
  pickUrlState,
  URL_FIELDS,
  type UrlState,
} from './url';

const REPLACE_DELAY_MS = 250;

/** Turns a parsed URL into the store change that shows it (dataset checks, framing). */
export type UrlResolver = (parsed: ParseResult, search: string) => Patch;

/** Before the dataset is known: take the URL as parsed. */
const takeAsParsed: UrlResolver = ({ state }) => state;

export interface UrlSync {
  /** Set once the dataset is known; also resolves the current URL with it. */
  setResolver: (resolve: UrlResolver) => void;
  stop: () => void;
}

export function startUrlSync(store: StoreApi<Store>, win: Window = window): UrlSync {
  let resolve = takeAsParsed;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let applying = false;

  let committed: UrlState = pickUrlState(store.getState());
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

  const apply = () => {
    const parsed = parseUrlState(win.location.search);
    for (const w of parsed.warnings) console.warn(`[frontera] URL: ${w}`);
    applying = true;
    store.setState(resolve(parsed, win.location.search));
    applying = false;
    // Dropped ids or a clamped step leave the address as the state now is.
    write('replace');
  };

  const unsubscribe = store.subscribe((s, prev) => {
    if (applying || s.scrubbing) return;
    // A scrub ends by flipping `scrubbing` back: the playhead it moved is written then.
    if (!prev.scrubbing && !URL_FIELDS.some((k) => s[k] !== prev[k])) return;
    const mode = historyModeFor(committed, pickUrlState(s));
    if (!mode) return;
    if (mode === 'push') {
      if (timer) clearTimeout(timer);
      write('push');
    } else if (!timer) {
      timer = setTimeout(() => write('replace'), REPLACE_DELAY_MS);
    }
  });

  win.addEventListener('popstate', apply);
  apply();

  return {
    setResolver: (r) => {
      resolve = r;
      apply();
    },
    stop: () => {
      unsubscribe();
      if (timer) clearTimeout(timer);
      win.removeEventListener('popstate', apply);
    },
  };
}
