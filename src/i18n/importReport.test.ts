// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../data/schema';
import { importCsv } from '../import/testSupport';
import { enAll as en } from './enAll';
import { es } from './es';
import { formatters } from './format';
import { formatReport } from './importReport';

const importReport = (lang: 'en' | 'es') => {
  const r = importCsv(['title,date,Thumbnail', 'A,2019,x', 'B,2019-02-30,'], {
    keepValidRows: true,
  });
  return formatReport(r, lang === 'en' ? en : es, formatters(lang));
};

describe('the downloadable report', () => {
  it('lists the outcome, the rows left out, every error and warning, in English', () => {
    expect(importReport('en')).toBe(
      [
        'Frontera import report',
        'File: events.csv',
        'Result: loaded 1 event',
        'Rows without errors: 1',
        'Rows with errors (left out): 3',
        '',
        'Errors (1)',
        '- row 3, column date: "2019-02-30" is not a calendar date',
        '',
        'Warnings (3)',
        '- column "Thumbnail" is not a Frontera or TimelineJS column and is ignored',
        '- 1 row gives no category and is shown as "statement" (row 2) — add a "category" column to sort them',
        '- 1 row has no summary; the title is shown in its place (row 2)',
        '',
      ].join('\n'),
    );
  });
  it('and in Spanish', () => {
    expect(importReport('es')).toBe(
      [
        'Informe de importación de Frontera',
        'Archivo: events.csv',
        'Resultado: se cargó 1 evento',
        'Filas sin errores: 1',
        'Filas con errores (se dejan fuera): 3',
        '',
        'Errores (1)',
        '- fila 3, columna date: “2019-02-30” no es una fecha del calendario',
        '',
        'Advertencias (3)',
        '- la columna “Thumbnail” no es de Frontera ni de TimelineJS y se ignora',
        '- 1 fila no indica categoría y se muestra como “statement” (fila 2): agregue una columna “category” para clasificarlas',
        '- 1 fila no tiene resumen; en su lugar se muestra el título (fila 2)',
        '',
      ].join('\n'),
    );
  });
  it('says when there is nothing to fix', () => {
    const r = importCsv(['title,summary,date,category', 'A,B,2019,policy']);
    expect(formatReport(r, en, formatters('en'))).toMatch(
      /Result: loaded 1 event\n.*\n\nNo problems found\.\n$/,
    );
  });
});

describe('category names a sheet may use', () => {
  it('include every label the interface shows, in both languages', () => {
    for (const c of CATEGORIES)
      for (const label of [
        c,
        en.categories[c],
        es.categories[c],
        en.categoriesShort[c],
        es.categoriesShort[c],
      ]) {
        const r = importCsv(['title,date,category', `A,2019,"${label}"`]);
        expect(r.dataset?.events[0]?.category).toBe(c);
      }
  });
});
