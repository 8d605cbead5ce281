/**
 * Renders a view inside a session of its own — no global store, nothing to reset between tests.
 * Returns the session so a test can act through its actions and read its state.
 */
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import type { Dataset } from '../src/data/schema';
import type { Lang } from '../src/i18n/lang';
import { I18nProvider } from '../src/i18n/useI18n';
import { createSession, type Session, SessionContext } from '../src/session/SessionProvider';
import type { SessionState } from '../src/session/state';
import { fixtureDataset } from './fixtures';

export interface SessionOptions {
  dataset?: Dataset;
  address?: string;
  initial?: Partial<SessionState>;
  lang?: Lang;
}

export function renderWithSession(ui: ReactElement, options: SessionOptions = {}) {
  const session: Session = createSession(
    options.dataset ?? fixtureDataset,
    options.address ?? '',
    options.initial ?? {},
  );
  const wrap = (node: ReactElement) => (
    <I18nProvider lang={options.lang ?? 'en'}>
      <SessionContext.Provider value={session}>{node}</SessionContext.Provider>
    </I18nProvider>
  );
  const result = render(wrap(ui));
  return {
    ...result,
    session,
    state: (): SessionState => session.store.getState(),
    rerender: (node: ReactElement) => result.rerender(wrap(node)),
  };
}
