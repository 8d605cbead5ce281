// @vitest-environment node
// Pure TypeScript under test: no DOM, so no jsdom start-up cost.
/**
 * Random spreadsheets, from plausible to hostile: each must give a dataset the app accepts or a
 * list of errors that each name a row or the file's problem — never an exception.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DatasetSchema } from '../data/schema';
import { ALL_COLUMNS } from './columns';
import { readText } from './importFile';
import type { IssueCode } from './issueCodes';
import { REFERENCE, say } from './testSupport';
import { hasUnsafeCharacters } from './text';
import type { ImportResult } from './types';

/** Issues about the whole file; every other error names its row. */
const FILE_PROBLEMS = new Set<IssueCode>([
  'empty',
  'tooLarge',
  'headerOnly',
  'tooManyRows',
  'noEvents',
  'moreIssues',
  'duplicateHeader',
  'sameColumn',
  'noKnownColumns',
  'noHeaderNames',
  'noTitleColumn',
  'noDateColumn',
  'datesTwice',
  'timelineNeedsYear',
  'datasetRefused',
  'notText',
  'outOfRange',
  'shiftedRows',
]);

const knownHeader = fc.constantFrom(
  ...ALL_COLUMNS.flatMap((c) => [c.header, ...c.aliases]),
  'Title',
  ' DATE ',
  'Sóurce URL',
);
const junkHeader = fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('', 'foo', 'catgory'));
const header = fc.oneof(
  { weight: 2, arbitrary: fc.constantFrom('title', 'date', 'Headline', 'Year') },
  { weight: 4, arbitrary: knownHeader },
  { weight: 1, arbitrary: junkHeader },
);

const plausible = fc.constantFrom(
  '',
  '2019',
  '2019-03',
  '2019-03-05',
  '2017-02-30',
  '3/2/2017',
  '0999',
  '13',
  'March',
  '5',
  'El Paso',
  'tijuana; atlantis',
  'policy',
  'Reports & data',
  'riots',
  '31.7',
  '-106.4',
  '123',
  '31,5',
  'https://example.org/a',
  'javascript:alert(1)',
  'true',
  'maybe',
  'planned',
  'title',
  'era',
  'An event',
  'my-id',
  'Bad Id',
);
const hostile = fc.constantFrom(
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '\u202Eevil\u202C',
  'zero\u200Bwidth',
  '\u0000\u0007',
  '\uD800',
  '"',
  '""',
  ',',
  '\n',
  '\r\n',
  '\t',
  ';',
  'a"b,c\nd',
);
const cellText = fc.oneof(
  { weight: 5, arbitrary: plausible },
  { weight: 2, arbitrary: hostile },
  { weight: 2, arbitrary: fc.string({ maxLength: 20 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
);

const options = {
  delimiter: fc.constantFrom(',', '\t', ';'),
  quoteAll: fc.boolean(),
  malformed: fc.boolean(),
  bom: fc.boolean(),
  crlf: fc.boolean(),
  keepValidRows: fc.boolean(),
};

/** Anything at all: random headers (known and junk) over random cells. */
const randomSheet = fc.record({
  header: fc.array(header, { maxLength: 9 }),
  rows: fc.array(fc.array(cellText, { maxLength: 10 }), { maxLength: 6 }),
  ...options,
});

/** Nearly right: a title and a date, other known columns, mostly sensible cells. */
const validDate = fc.oneof(
  fc.integer({ min: 1000, max: 2999 }).map(String),
  fc
    .date({ min: new Date('1900-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10)),
);
const plausibleSheet = fc
  .record({
    extra: fc.uniqueArray(knownHeader, { maxLength: 5 }),
    rows: fc.array(
      fc.record({
        title: fc.oneof(fc.string({ minLength: 1, maxLength: 30 }), hostile, plausible),
        date: fc.oneof({ weight: 6, arbitrary: validDate }, { weight: 1, arbitrary: cellText }),
        rest: fc.array(
          fc.oneof({ weight: 3, arbitrary: fc.constant('') }, { weight: 1, arbitrary: cellText }),
          {
            minLength: 5,
            maxLength: 5,
          },
        ),
      }),
      { minLength: 1, maxLength: 6 },
    ),
    ...options,
  })
  .map(({ extra, rows, ...rest }) => ({
    ...rest,
    header: ['title', 'date', ...extra],
    rows: rows.map((r) => [r.title, r.date, ...r.rest.slice(0, extra.length)]),
  }));

const sheet = fc.oneof(randomSheet, plausibleSheet);

type Sheet = typeof randomSheet extends fc.Arbitrary<infer T> ? T : never;

function serialise(s: Sheet): string {
  const cell = (v: string) => {
    if (s.malformed) return v;
    const needs = v.includes(s.delimiter) || /["\r\n]/.test(v);
    return needs || s.quoteAll ? `"${v.replace(/"/g, '""')}"` : v;
  };
  const lines = [s.header, ...s.rows].map((r) => r.map(cell).join(s.delimiter));
  return `${s.bom ? '\uFEFF' : ''}${lines.join(s.crlf ? '\r\n' : '\n')}`;
}

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

function check(r: ImportResult, keepValidRows: boolean) {
  // Every issue has words in both languages, and none of them carries invisible characters.
  for (const issue of [...r.errors, ...r.warnings])
    for (const lang of ['en', 'es'] as const) {
      const text = say(issue, lang);
      expect(text.length).toBeGreaterThan(0);
      expect(text).not.toMatch(/undefined|NaN|\[object/);
      expect(hasUnsafeCharacters(text.replace(/[\n\t]/g, ''))).toBe(false);
    }
  if (r.dataset) {
    expect(DatasetSchema.safeParse(r.dataset).success).toBe(true);
    if (!keepValidRows) expect(r.errors).toEqual([]);
    for (const s of strings(r.dataset))
      expect(hasUnsafeCharacters(s.replace(/[\n\t]/g, ''))).toBe(false);
    return;
  }
  expect(r.errors.length).toBeGreaterThan(0);
  for (const e of r.errors) {
    if (e.row !== undefined) expect(say(e).startsWith(`row ${e.row}`)).toBe(true);
    else if (!FILE_PROBLEMS.has(e.code)) throw new Error(`not a row or file problem: ${say(e)}`);
  }
}

describe('random spreadsheets', () => {
  it('load or explain themselves by row or file, never throw', () => {
    let loaded = 0;
    fc.assert(
      fc.property(sheet, (s) => {
        const r = readText('fuzz.csv', serialise(s), {
          reference: REFERENCE,
          keepValidRows: s.keepValidRows,
        });
        check(r, s.keepValidRows);
        if (r.dataset) loaded += 1;
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 1000) },
    );
    // The generator must reach the success path too, or the property says little.
    expect(loaded).toBeGreaterThan(20);
  }, 30_000);
});
