import { describe, expect, it } from 'vitest';
import { resolveRelative } from './relativeDates';

describe('resolveRelative', () => {
  // 2018-11-27 was a Tuesday; 2019-01-26 a Saturday; 2017-02-24 a Friday; 2023-12-26 a Tuesday.
  it('resolves a weekday to the most recent one before publication', () => {
    expect(resolveRelative('Sunday', '2018-11-27')).toEqual({
      start: '2018-11-25',
      precision: 'day',
      approximate: false,
    });
    expect(resolveRelative('friday', '2019-01-26')?.start).toBe('2019-01-25');
    expect(resolveRelative('thursday', '2017-02-24')?.start).toBe('2017-02-23');
  });

  it('never resolves a weekday to the publication day itself', () => {
    expect(resolveRelative('tuesday', '2018-11-27')?.start).toBe('2018-11-20');
  });

  it('resolves yesterday', () => {
    expect(resolveRelative('yesterday', '2018-11-27')?.start).toBe('2018-11-26');
    expect(resolveRelative('yesterday', '2019-03-01')?.start).toBe('2019-02-28');
  });

  it('resolves last week and next week to whole Monday–Sunday weeks, marked approximate', () => {
    expect(resolveRelative('last week', '2017-02-24')).toEqual({
      start: '2017-02-13',
      end: '2017-02-19',
      precision: 'day',
      approximate: true,
    });
    expect(resolveRelative('next week', '2023-12-26')).toMatchObject({
      start: '2024-01-01',
      end: '2024-01-07',
    });
  });

  it('resolves months and years at their own precision, across year boundaries', () => {
    expect(resolveRelative('last month', '2017-02-24')).toMatchObject({
      start: '2017-01',
      precision: 'month',
    });
    expect(resolveRelative('last month', '2019-01-26')).toMatchObject({
      start: '2018-12',
      precision: 'month',
    });
    expect(resolveRelative('earlier this month', '2023-12-26')).toMatchObject({
      start: '2023-12',
      precision: 'month',
    });
    expect(resolveRelative('last year', '2019-01-26')).toMatchObject({
      start: '2018',
      precision: 'year',
    });
    expect(resolveRelative('this year', '2023-12-26')).toMatchObject({
      start: '2023',
      precision: 'year',
    });
    expect(resolveRelative('past year', '2019-01-26')).toMatchObject({
      start: '2018-01',
      end: '2019-01',
      precision: 'month',
      approximate: true,
    });
  });

  it('returns null for phrases outside the rule set', () => {
    expect(resolveRelative('a fortnight ago', '2019-01-26')).toBeNull();
  });
});
