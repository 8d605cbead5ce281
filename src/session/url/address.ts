/**
 * The address bar's query string as React state, for what sits above a session: which dataset
 * to load, and the language and theme of the loading and error screens.
 */
import { useSyncExternalStore } from 'react';
import { ADDRESS_EVENT } from './sync';

function subscribe(onChange: () => void) {
  window.addEventListener('popstate', onChange);
  window.addEventListener(ADDRESS_EVENT, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(ADDRESS_EVENT, onChange);
  };
}

export const useAddress = (): string =>
  useSyncExternalStore(
    subscribe,
    () => window.location.search,
    () => '',
  );

/**
 * Leave a `?data=` dataset that failed to load for the built-in one. There is no session yet (it
 * starts with a dataset), so the address itself changes; the page follows it.
 */
export function leaveDataUrl(): void {
  const params = new URLSearchParams(window.location.search);
  params.delete('data');
  const query = params.toString();
  window.history.pushState(null, '', `${window.location.pathname}${query ? `?${query}` : ''}`);
  window.dispatchEvent(new Event(ADDRESS_EVENT));
}
