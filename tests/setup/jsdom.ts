import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { loadCompleteCatalogue } from '../../src/i18n/catalogues';

afterEach(() => cleanup());

// Views opened after the first frame read the whole catalogue (useFullI18n), which a page loads
// as a chunk of its own; components rendered on their own here find it already in.
await Promise.all([loadCompleteCatalogue('en'), loadCompleteCatalogue('es')]);
