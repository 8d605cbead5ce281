import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixtureDataset } from '../../tests/fixtures';
import {
  adjacentEventStart,
  buildEventIndex,
  compareIds,
  eventsOverlapping,
  holdsEvent,
  indexOfSorted,
} from './eventIndex';
import { countByPlace } from './siteCounts';

const index = buildEventIndex(fixtureDataset.events);
const ids = (from: string, to: string) =>
  eventsOverlapping(index, Date.parse(from), Date.parse(to)).map((e) => e.id);

describe('eventIndex', () => {
  it('finds events overlapping a window, including long spans that started earlier', () => {
    expect(ids('2018-11-01', '2018-12-01')).toEqual(['tear-gas', 'tweet']);
    // Mérida (2009–2013) started long before 2012 but overlaps it.
    expect(ids('2012-06-01', '2012-07-01')).toEqual(['merida']);
    expect(ids('2023-10-31', '2023-11-01')).toEqual(['ayala']);
    expect(ids('2023-11-01', '2023-12-01')).toEqual([]);
  });

  it('steps to the next and previous event start', () => {
    const t = Date.parse('2018-11-25');
    expect(adjacentEventStart(index, t, 1)?.id).toBe('tweet');
    expect(adjacentEventStart(index, t, -1)?.id).toBe('memo');
    expect(adjacentEventStart(index, Date.parse('2030-01-01'), 1)).toBeNull();
  });

  it('counts events per site in a window', () => {
    const counts = countByPlace(
      eventsOverlapping(index, Date.parse('2018-01-01'), Date.parse('2020-01-01')),
    );
    expect(Object.fromEntries(counts)).toEqual({ 'san-ysidro-poe': 2, tijuana: 1 });
  });

  it('orders ids as the collator does, slugs by their fast path included', () => {
    const collator = new Intl.Collator();
    const slug = fc.stringMatching(/^[0-9a-z-]{0,8}$/);
    const any = fc.oneof(
      slug,
      fc.string({ maxLength: 6 }),
      fc.constantFrom('Ñandú', 'año', 'B-2', 'é'),
    );
    fc.assert(
      fc.property(any, any, (a, b) => {
        expect(Math.sign(compareIds(a, b))).toBe(Math.sign(collator.compare(a, b)));
      }),
      { numRuns: 5000 },
    );
  });

  it('tells whether a filtered index holds an event, same-day neighbours included', () => {
    // Many events share a start: the search must look past the neighbours to the event itself.
    const events = Array.from({ length: 60 }, (_, i) => ({
      id: `e${i}`,
      t0: Math.floor(i / 7) * 86_400_000,
      t1: Math.floor(i / 7) * 86_400_000 + (i % 3) * 86_400_000,
    }));
    const all = buildEventIndex(events);
    fc.assert(
      fc.property(fc.array(fc.boolean(), { minLength: 60, maxLength: 60 }), (keep) => {
        const subset = indexOfSorted(all.byStart.filter((_, i) => keep[i]));
        for (const e of all.byStart) expect(holdsEvent(subset, e)).toBe(subset.byStart.includes(e));
      }),
      { numRuns: 200 },
    );
  });
});
