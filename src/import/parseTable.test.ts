// @vitest-environment node
// Pure TypeScript under test: no DOM, so no jsdom start-up cost.
import { describe, expect, it } from 'vitest';
import { IssueList } from './issues';
import { detectDelimiter, findUnclosedQuote, parseTable } from './parseTable';
import { say } from './testSupport';
import { LIMITS } from './types';

const parse = (text: string) => {
  const errors = new IssueList('error');
  const table = parseTable(text, errors);
  return { table, errors: errors.list().map((e) => say(e)) };
};

describe('parseTable', () => {
  it('reads CSV, TSV and semicolon-separated text by the header line', () => {
    expect(detectDelimiter('title,date\n')).toBe(',');
    expect(detectDelimiter('title\tdate\nA, B\t2019')).toBe('\t');
    expect(detectDelimiter('title;date;places\n')).toBe(';');
    expect(detectDelimiter('"a;b",date\n')).toBe(',');
    const tsv = parse('title\tdate\nA, with comma\t2019\n');
    expect(tsv.table?.delimiter).toBe('\t');
    expect(tsv.table?.rows[0]?.cells).toEqual(['A, with comma', '2019']);
    const semi = parse('title;date\nA;2019\n');
    expect(semi.table?.rows[0]?.cells).toEqual(['A', '2019']);
  });
  it('strips a BOM so the first header still matches', () => {
    const { table } = parse('\uFEFFtitle,date\nA,2019');
    expect(table?.header).toEqual(['title', 'date']);
  });
  it('numbers rows as a spreadsheet does: header 1, a quoted line break is one row, blanks kept', () => {
    const { table } = parse('title,date\n"two\nlines",2019\n\n,\nB,2020\n');
    expect(table?.rows.map((r) => r.row)).toEqual([2, 5]);
  });
  it('refuses empty, header-only, duplicate-header and unknown-only files', () => {
    expect(parse('').errors).toEqual(['the file is empty']);
    expect(parse('\uFEFF \n ').errors).toEqual(['the file is empty']);
    expect(parse('title,date\n\n').errors).toEqual(['the file has a header row but no data rows']);
    expect(parse('title,date,Date\nA,2019,2020').errors).toEqual([
      'columns 2 and 3 have the same header "Date"',
    ]);
    expect(parse('foo,bar\n1,2').errors).toEqual([
      'none of the columns is a Frontera or TimelineJS column (found "foo", "bar") — start from the template',
    ]);
  });
  it('refuses more rows than the limit', () => {
    const text = `title,date\n${'A,2019\n'.repeat(LIMITS.maxRows + 1)}`;
    expect(parse(text).errors).toEqual([
      'the file has 200,001 rows; at most 200,000 can be imported',
    ]);
  });
  it('skips Excel’s "sep=" line and counts rows without it', () => {
    const { table } = parse('sep=;\r\ntitle;date\r\nA, B;2019\r\n');
    expect(table?.delimiter).toBe(';');
    expect(table?.rows).toEqual([{ row: 2, cells: ['A, B', '2019'] }]);
  });
  it('finds the cell whose quote never closes', () => {
    expect(findUnclosedQuote('a,b\n"x,y\nz,w\n', ',')).toEqual({ record: 1, cell: 0 });
    expect(findUnclosedQuote('a,b\n1,"ok ""quoted"""\n2,3', ',')).toBeNull();
    const { table } = parse('title,date\nA,2019\nB,"2020\nC,2021\nD,2022\n');
    expect(table?.unclosed).toEqual({ row: 3, cell: 1, swallowed: 2 });
  });
});
