// @vitest-environment node
// Pure TypeScript under test: no DOM, so no jsdom start-up cost.
import { describe, expect, it } from 'vitest';
import { detectFormat, importText } from './importFile';
import { formatReport } from './report';
import { BUILT_IN_TEXT, importCsv, REFERENCE } from './testSupport';

const options = { reference: REFERENCE };

describe('importText chooses the reader', () => {
  it('by extension, then by the first character', () => {
    expect(detectFormat('a.json', 'title,date')).toBe('json');
    expect(detectFormat('a.CSV', '{')).toBe('table');
    expect(detectFormat('a.tsv', 'x')).toBe('table');
    expect(detectFormat('data', '\uFEFF  {"version":1}')).toBe('json');
    expect(detectFormat('data.txt', '[1]')).toBe('json');
    expect(detectFormat('data.txt', 'title\tdate')).toBe('table');
    expect(detectFormat('book.xlsx', 'PK')).toBe('workbook');
    expect(detectFormat('book.csv', 'PK\u0003\u0004garbage')).toBe('binary');
  });
  it('loads JSON and CSV through one entry', () => {
    expect(importText('frontera.json', BUILT_IN_TEXT, options).dataset).not.toBeNull();
    expect(importText('mine', 'title,date\nA,2019', options).dataset?.events).toHaveLength(1);
  });
  it('reads TSV and semicolon CSV with a BOM and Windows line ends', () => {
    for (const [name, text] of [
      ['a.tsv', '\uFEFFtitle\tdate\tplaces\r\nVote, final\t2019-03-05\tEl Paso\r\n'],
      ['a.csv', '\uFEFFtitle;date;latitude;longitude\r\nVote;2019-03-05;31,76;-106,49\r\n'],
    ] as const) {
      const r = importText(name, text, options);
      expect(r.errors).toEqual([]);
      expect(r.dataset?.events[0]?.date.start).toBe('2019-03-05');
    }
  });
  it('explains workbooks and binary files instead of reading garbage', () => {
    expect(importText('book.xlsx', 'PK\u0003\u0004', options).errors[0]?.message).toMatch(
      /^book\.xlsx is a spreadsheet workbook — save it as CSV first/,
    );
    expect(importText('x.csv', 'a\u0000b', options).errors[0]?.message).toBe(
      'x.csv is not a UTF-8 text file — save the spreadsheet as CSV (UTF-8) first',
    );
    const stray = importText('x.csv', `title,date\nA\u0000${' '.repeat(200)},2019`, options);
    expect(stray.dataset?.events[0]?.title).toBe('A');
  });
  it('never throws, even with a broken reference', () => {
    const broken = { reference: null } as unknown as typeof options;
    const r = importText('x.csv', 'title,date,places\nA,2019,El Paso', broken);
    expect(r.dataset).toBeNull();
    expect(r.errors[0]?.message).toMatch(/^the import stopped unexpectedly/);
  });
});

describe('formatReport', () => {
  it('lists the outcome, the rows left out, every error and warning', () => {
    const r = importCsv(['title,date,Media', 'A,2019,x', 'B,2019-02-30,'], { keepValidRows: true });
    expect(formatReport('my \u202Efile.csv', r)).toBe(
      [
        'Frontera import report',
        'File: my file.csv',
        'Result: loaded 1 event',
        'Rows without errors: 1',
        'Rows with errors (left out): 3',
        '',
        'Errors (1)',
        '- row 3, column date: "2019-02-30" is not a calendar date',
        '',
        'Warnings (3)',
        '- column "Media" is ignored: Frontera shows no media; the text and dates are kept',
        '- 1 row gives no category and is shown as "statement" (row 2) — add a "category" column to sort them',
        '- 1 row has no summary; the title is shown in its place (row 2)',
        '',
      ].join('\n'),
    );
  });
  it('says when there is nothing to fix', () => {
    const r = importCsv(['title,summary,date,category', 'A,B,2019,policy']);
    expect(formatReport('ok.csv', r)).toMatch(
      /Result: loaded 1 event\n.*\n\nNo problems found\.\n$/,
    );
  });
});
