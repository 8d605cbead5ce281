import { describe, expect, it } from 'vitest';
import { enAll as en } from '../../src/i18n/enAll';
import { es } from '../../src/i18n/es';
import { checkCatalogues } from './checkCatalogues';
import { formatError } from './dataError';

describe('checkCatalogues', () => {
  it('passes the real catalogues', () => {
    expect(checkCatalogues(en, { es })).toEqual([]);
  });
  it('names a missing, empty or extra Spanish key', () => {
    const broken = {
      ...es,
      app: { ...es.app, loading: ' ' },
      header: { ...es.header, extra: 'x' },
      card: Object.fromEntries(Object.entries(es.card).filter(([k]) => k !== 'where')),
    };
    expect(checkCatalogues(en, { es: broken }).map(formatError)).toEqual([
      'src/i18n/es.ts › app.loading: empty es text',
      'src/i18n/es.ts › header.extra: not in the English catalogue',
      'src/i18n/es.ts › card.where: missing es text',
    ]);
  });
});
