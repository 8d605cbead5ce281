// @vitest-environment node
// Pure TypeScript under test: no DOM, so no jsdom start-up cost.
import { describe, expect, it } from 'vitest';
import { DatasetSchema } from '../data/schema';
import { importCsv, messages, say, warningTexts } from './testSupport';
import { hasUnsafeCharacters } from './text';

/** Every string anywhere in a value. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

const csvCell = (s: string) => `"${s.replace(/"/g, '""')}"`;

describe('hostile text comes through as inert plain text', () => {
  const huge = 'A'.repeat(100_000);
  const r = importCsv([
    'title,summary,date,actors,source title,source url,excerpt,place name,latitude,longitude',
    [
      '<script>alert(1)</script>',
      '<img src=x onerror=alert(1)> \u202Egnp.exe\u202C zero\u200Bwidth \u0007bell \u2066iso\u2069',
      '2019',
      'Mallory\u200D; \u202Etrigger',
      `Source ${huge}`,
      'https://example.org/ok',
      'quote\u0000with nul',
      `<b>Plaza</b>\u200F`,
      '10',
      '10',
    ]
      .map(csvCell)
      .join(','),
    [huge, huge, '2020', '', '', '', '', '', '', ''].map(csvCell).join(','),
  ]);

  it('loads, and the dataset parses', () => {
    expect(r.errors).toEqual([]);
    expect(DatasetSchema.safeParse(r.dataset).success).toBe(true);
  });
  it('holds no bidi, zero-width or control characters in any string, messages included', () => {
    const words = [
      ...warningTexts(r),
      ...messages(r),
      ...warningTexts(r, 'es'),
      ...messages(r, 'es'),
    ];
    for (const s of [...strings(r.dataset), ...words])
      expect(hasUnsafeCharacters(s.replace(/[\n\t]/g, ''))).toBe(false);
  });
  it('keeps markup in Frontera columns as literal text (never parsed as HTML)', () => {
    const e = r.dataset?.events.find((x) => x.date.start === '2019');
    expect(e?.title).toBe('<script>alert(1)</script>');
    expect(e?.summary).toBe('<img src=x onerror=alert(1)> gnp.exe zerowidth bell iso');
    expect(e?.actors).toEqual(['Mallory', 'trigger']);
    expect(e?.sources[0]?.excerpt).toBe('quotewith nul');
    expect(r.dataset?.places[0]?.name).toBe('<b>Plaza</b>');
  });
  it('caps 100 KB strings and says so', () => {
    const e = r.dataset?.events.find((x) => x.date.start === '2020');
    expect(e?.title.length).toBeLessThanOrEqual(140);
    expect(e?.summary.length).toBeLessThanOrEqual(900);
    expect(r.dataset?.articles.every((a) => a.title.length <= 300)).toBe(true);
    expect(warningTexts(r)).toContain('row 3, column title: 100000 characters, cut to 140');
  });
  it('accepts only http(s) source links', () => {
    for (const url of [
      'javascript:alert(1)',
      'JAVASCRIPT:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'file:///etc/passwd',
      'vbscript:x',
      '//example.org',
    ]) {
      const bad = importCsv(['title,date,source url', `A,2019,${csvCell(url)}`]);
      expect(bad.dataset).toBeNull();
      expect(messages(bad)[0]).toMatch(/^row 2, column source url: /);
    }
    const ok = importCsv(['title,date,source url', 'A,2019, https://example.org/a?b=1#c ']);
    expect(ok.dataset?.articles[0]?.file).toBe('https://example.org/a?b=1#c');
  });
  it('hostile header names are cleaned and capped in messages', () => {
    const bad = importCsv([`title,date,\u202E${'x'.repeat(500)}`, 'A,2019,1']);
    const first = bad.warnings[0];
    const w = first ? say(first) : '';
    expect(hasUnsafeCharacters(w)).toBe(false);
    expect(w.length).toBeLessThan(200);
  });
});
