import { describe, expect, it } from 'vitest';
import { reachOf, sharedTerms, termSpan, viewFor } from './filterReach';

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const DAY = 86_400_000;

describe('filterReach', () => {
  it('turns a term into its days, the last one included', () => {
    expect(termSpan({ start: '2017-01-20', end: '2021-01-19' })).toEqual([
      day('2017-01-20'),
      day('2021-01-20'),
    ]);
  });

  it('finds the days two countries’ chosen terms share', () => {
    const obama = termSpan({ start: '2009-01-20', end: '2017-01-19' });
    const pena = termSpan({ start: '2012-12-01', end: '2018-11-30' });
    const amlo = termSpan({ start: '2018-12-01', end: '2024-09-30' });
    expect(sharedTerms([obama], [pena])).toEqual([[day('2012-12-01'), day('2017-01-20')]]);
    expect(sharedTerms([obama], [amlo])).toEqual([]);
    expect(sharedTerms([obama], [])).toBeNull();
  });

  it('counts the events a view leaves out and the span that shows them all', () => {
    const events = [
      { id: 'a', t0: day('1998-01-01'), t1: day('2023-01-01') },
      { id: 'b', t0: day('2010-05-01'), t1: day('2010-05-02') },
      { id: 'c', t0: day('2017-03-01'), t1: day('2017-03-02') },
    ];
    const view = [day('2016-01-01'), day('2024-01-01')] as const;
    expect(reachOf(events, view)).toEqual({
      outside: 1,
      total: 3,
      span: [day('1998-01-01'), day('2023-01-01')],
    });
    const [from, to] = viewFor([day('2010-05-01'), day('2010-05-02')], 210 * DAY);
    expect(to - from).toBeGreaterThan(210 * DAY);
    expect(from).toBeLessThan(day('2010-05-01'));
  });
});
