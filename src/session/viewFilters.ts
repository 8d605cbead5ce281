/**
 * The filters as the views draw them. A filter change reaches the timeline, the map, the list
 * and the counts after the frame that shows the pressed control, as a React transition: the
 * press shows at once, and the views follow as soon as they are drawn (at 100,000 events that
 * takes several frames) instead of the press waiting for all of them.
 */
import { startTransition } from 'react';
import type { StoreApi } from 'zustand';
import type { Filters } from '../domain/filters';
import { afterNextFrame } from '../ui/afterNextFrame';
import type { SessionState } from './state';

export interface ViewFilters {
  readonly current: Filters;
  subscribe(listener: () => void): () => void;
}

const bySession = new WeakMap<StoreApi<SessionState>, ViewFilters>();

export function viewFiltersOf(store: StoreApi<SessionState>): ViewFilters {
  const known = bySession.get(store);
  if (known) return known;
  const listeners = new Set<() => void>();
  let current = store.getState().filters;
  let waiting = false;
  store.subscribe((s) => {
    if (s.filters === current || waiting) return;
    waiting = true;
    afterNextFrame(() => {
      waiting = false;
      current = store.getState().filters;
      // One transition for every view, so they change together.
      startTransition(() => {
        for (const l of listeners) l();
      });
    });
  });
  const follower: ViewFilters = {
    get current() {
      return current;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  bySession.set(store, follower);
  return follower;
}
