// @vitest-environment node
// Pure TypeScript under test: no DOM, so no jsdom start-up cost.
import { describe, expect, it } from 'vitest';
import { detectFormat, importBytes, importText } from './importFile';
import { BUILT_IN_TEXT, REFERENCE, say } from './testSupport';

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
    const book = importText('book.xlsx', 'PK\u0003\u0004', options).errors[0];
    expect(book && say(book)).toMatch(
      /^book\.xlsx is a spreadsheet workbook — save it as CSV first/,
    );
    expect(importText('x.csv', 'a\u0000b', options).errors).toEqual([
      { code: 'notText', params: { name: 'x.csv' } },
    ]);
    const stray = importText('x.csv', `title,date\nA\u0000${' '.repeat(200)},2019`, options);
    expect(stray.dataset?.events[0]?.title).toBe('A');
  });
  it('never throws, even with a broken reference', () => {
    const broken = { reference: null } as unknown as typeof options;
    const r = importText('x.csv', 'title,date,places\nA,2019,El Paso', broken);
    expect(r.dataset).toBeNull();
    expect(r.errors[0]?.code).toBe('unexpected');
  });
});

describe('importBytes reads the encodings spreadsheets write', () => {
  const csv = 'title,date,places\r\nVisita a Ciudad Juárez,2019-03-05,El Paso\r\n';
  const utf16 = (text: string, le: boolean) => {
    const out = new Uint8Array(text.length * 2 + 2);
    out.set(le ? [0xff, 0xfe] : [0xfe, 0xff]);
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      out[2 + 2 * i + (le ? 0 : 1)] = c & 0xff;
      out[2 + 2 * i + (le ? 1 : 0)] = c >> 8;
    }
    return out;
  };
  const latin1 = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));
  const utf8 = new TextEncoder().encode(csv);
  it.each([
    ['UTF-8', utf8, 'utf-8'],
    ['UTF-8 with BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]), 'utf-8'],
    ['UTF-16 LE with BOM', utf16(csv, true), 'utf-16le'],
    ['UTF-16 BE with BOM', utf16(csv, false), 'utf-16be'],
    ['UTF-16 LE without BOM', utf16(csv, true).slice(2), 'utf-16le'],
    ['Windows-1252', latin1(csv), 'windows-1252'],
  ] as const)('%s', (_, bytes, encoding) => {
    const r = importBytes('sheet.csv', bytes, options);
    expect(r.errors).toEqual([]);
    expect(r.encoding).toBe(encoding);
    expect(r.dataset?.events[0]?.title).toBe('Visita a Ciudad Juárez');
    const assumed = r.warnings.filter((w) => w.code === 'encodingAssumed');
    expect(assumed).toHaveLength(encoding === 'windows-1252' ? 1 : 0);
  });
  it('says which encoding it assumed, with a word to check', () => {
    const r = importBytes('sheet.csv', latin1(csv), options);
    const w = r.warnings.find((x) => x.code === 'encodingAssumed');
    expect(w && say(w)).toBe(
      'the file is not in UTF-8, so it was read as Windows-1252 (Western European), the encoding of Excel’s plain “CSV”: it reads "Juárez". If accented letters look wrong, save the sheet again as “CSV UTF-8” (Excel) or choose UTF-8 when saving, and load it again.',
    );
  });
});
