import { describe, expect, it } from 'vitest';
import { formatEventDate } from './formatDate';

const d = (
  start: string,
  precision: 'day' | 'month' | 'year',
  end?: string,
  approximate = false,
) => ({
  start,
  precision,
  approximate,
  ...(end ? { end } : {}),
});

describe('formatEventDate', () => {
  it('writes each precision without inventing detail', () => {
    expect(formatEventDate(d('2018-11-25', 'day'))).toBe('25 November 2018');
    expect(formatEventDate(d('2018-11', 'month'))).toBe('November 2018');
    expect(formatEventDate(d('2014', 'year'))).toBe('2014');
  });

  it('writes ranges compactly', () => {
    expect(formatEventDate(d('2009', 'year', '2013'))).toBe('2009–2013');
    expect(formatEventDate(d('2017-02-13', 'day', '2017-02-19'))).toBe('13–19 February 2017');
    expect(formatEventDate(d('2023-12-28', 'day', '2024-01-03'))).toBe(
      '28 December 2023–3 January 2024',
    );
    expect(formatEventDate(d('2012-12', 'month', '2018-01'))).toBe('December 2012–January 2018');
    expect(formatEventDate(d('2023-08', 'month', '2023-12'))).toBe('August–December 2023');
  });

  it('marks approximate dates', () => {
    expect(formatEventDate(d('2016', 'year', undefined, true))).toBe('c. 2016');
  });
});
