// @vitest-environment node
// Pure TypeScript under test: no DOM, so no jsdom start-up cost.
import { describe, expect, it } from 'vitest';
import { FRONTERA_COLUMNS, matchHeader, suggestHeader, TIMELINEJS_COLUMNS } from './columns';

describe('matchHeader', () => {
  it('ignores case, spaces, punctuation and diacritics', () => {
    for (const h of ['Source URL', 'source_url', 'SOURCE url', 'sourceURL', ' Sóurce-Url '])
      expect(matchHeader(h)?.field).toBe('sourceUrl');
    expect(matchHeader('Título')).toBeUndefined();
    expect(matchHeader('TITLE')?.field).toBe('title');
  });
  it('knows every Frontera column and alias', () => {
    for (const spec of FRONTERA_COLUMNS)
      for (const name of [spec.header, ...spec.aliases]) expect(matchHeader(name)).toBe(spec);
  });
  it('maps the real TimelineJS template header row', () => {
    const row =
      'Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background';
    const fields = row.split(',').map((h) => matchHeader(h)?.field);
    expect(fields).toEqual([
      'year',
      'month',
      'day',
      'ignored',
      'endYear',
      'endMonth',
      'endDay',
      'ignored',
      'ignored',
      'title',
      'summary',
      'ignored',
      'ignored',
      'ignored',
      'ignored',
      'type',
      'group',
      'ignored',
    ]);
    expect(TIMELINEJS_COLUMNS.find((c) => c.header === 'Text')?.html).toBe(true);
  });
  it('suggests the column a typo meant', () => {
    expect(suggestHeader('catgory')).toBe('category');
    expect(suggestHeader('Headlin')).toBe('Headline');
    expect(suggestHeader('zzzzzzzz')).toBeUndefined();
  });
});
