/**
 * One reading session per dataset: the dataset's model (indexes built once, whatever the
 * language), its derived model, a session store started from the address, and the actions bound
 * to them. Views reach them only through the hooks in ./hooks.ts.
 */
import { createContext, type ReactNode, useEffect, useMemo } from 'react';
import type { Dataset } from '../data/schema';
import { buildDatasetModel, type DatasetModel } from '../domain/datasetModel';
import { createDerivedModel, type DerivedModel } from '../domain/derivedModel';
import { type Actions, createActions, initialSession } from './actions';
import type { SessionState } from './state';
import { createSessionStore, type SessionStore } from './store';
import { startUrlSync } from './url/sync';

export interface Session {
  model: DatasetModel;
  derived: DerivedModel;
  store: SessionStore;
  actions: Actions;
}

export const SessionContext = createContext<Session | null>(null);

/** A session for `dataset`, started from `address` (a query string) plus `initial`. */
export function createSession(
  dataset: Dataset,
  address = '',
  initial: Partial<SessionState> = {},
): Session {
  const model = buildDatasetModel(dataset);
  const derived = createDerivedModel(model);
  const store = createSessionStore({ ...initialSession(model, address), ...initial });
  return { model, derived, store, actions: createActions(store, model, derived) };
}

interface Props {
  dataset: Dataset;
  /** Follow and write the address bar (the app); off for components shown on their own. */
  syncAddress?: boolean;
  /** The query string to start from when not following the address bar. */
  address?: string;
  /** Session fields to start with, over what the address says (tests, previews). */
  initial?: Partial<SessionState>;
  children: ReactNode;
}

export function SessionProvider({
  dataset,
  syncAddress = false,
  address = '',
  initial,
  children,
}: Props) {
  // A new dataset starts a new session; nothing else (not the language) rebuilds it.
  // biome-ignore lint/correctness/useExhaustiveDependencies: address and initial seed the first state only
  const session = useMemo(
    () => createSession(dataset, syncAddress ? window.location.search : address, initial),
    [dataset, syncAddress],
  );
  useEffect(() => {
    if (!syncAddress) return;
    return startUrlSync(session.store, session.actions.followAddress);
  }, [session, syncAddress]);
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}
