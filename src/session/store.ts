/** The session store: zustand's vanilla store, one per dataset, never a module-level singleton. */
import { createStore, type StoreApi } from 'zustand/vanilla';
import { INITIAL_SESSION, type SessionState } from './state';

export type SessionStore = StoreApi<SessionState>;

export const createSessionStore = (initial: Partial<SessionState> = {}): SessionStore =>
  createStore<SessionState>()(() => ({ ...INITIAL_SESSION, ...initial }));
