/** How views read the session and act on it: narrow selectors and the bound actions. */
import { useContext, useEffect, useRef, useState } from 'react';
import { useStore } from 'zustand';
import type { DatasetModel } from '../domain/datasetModel';
import type { DerivedModel } from '../domain/derivedModel';
import type { Filters } from '../domain/filters';
import type { Actions } from './actions';
import { type Session, SessionContext } from './SessionProvider';
import type { SessionState } from './state';
import { viewFiltersOf } from './viewFilters';

function useSessionContext(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('Frontera views must be rendered inside <SessionProvider>');
  return session;
}

/** A slice of the session; the component re-renders only when the selected value changes. */
export function useSession<T>(selector: (s: SessionState) => T): T {
  return useStore(useSessionContext().store, selector);
}

/** The filters as the views draw them: a frame behind a change (src/session/viewFilters.ts). */
export function useViewFilters(): Filters {
  const follower = viewFiltersOf(useSessionContext().store);
  const [filters, setFilters] = useState(() => follower.current);
  useEffect(() => {
    setFilters(follower.current);
    return follower.subscribe(() => setFilters(follower.current));
  }, [follower]);
  return filters;
}

/** The session's actions: the only way a view changes what the reader sees. */
export const useActions = (): Actions => useSessionContext().actions;

export const useDatasetModel = (): DatasetModel => useSessionContext().model;
export const useDerivedModel = (): DerivedModel => useSessionContext().derived;

/**
 * A slice kept current in a ref without re-rendering: for code that reads the session when
 * something happens (a snapshot, a map created once) rather than drawing it.
 */
export function useSessionRef<T>(selector: (s: SessionState) => T): { readonly current: T } {
  const { store } = useSessionContext();
  const ref = useRef(selector(store.getState()));
  const selectorRef = useRef(selector);
  selectorRef.current = selector;
  useEffect(() => {
    ref.current = selectorRef.current(store.getState());
    return store.subscribe((s) => {
      ref.current = selectorRef.current(s);
    });
  }, [store]);
  return ref;
}
