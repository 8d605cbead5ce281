import { describe, expect, it } from 'vitest';
import { PLAYHEAD_REACH_MS, playheadRelation, splitAtPlayhead } from './playheadRule';

const DAY = 86_400_000;
const at = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d);
const ev = (id: string, t0: number, t1: number) => ({ id, t0, t1 });

describe('the playhead rule', () => {
  const playhead = at(2020, 8, 15);

  it('lights an event dated within 15 days, on either side', () => {
    expect(playheadRelation(ev('day', at(2020, 8, 15), at(2020, 8, 16)), playhead)).toBe('at');
    expect(playheadRelation(ev('before', at(2020, 8, 1), at(2020, 8, 2)), playhead)).toBe('at');
    expect(playheadRelation(ev('after', at(2020, 8, 29), at(2020, 8, 30)), playhead)).toBe('at');
    // A day just past the reach is not at the playhead at all.
    const beyond = playhead + PLAYHEAD_REACH_MS;
    expect(playheadRelation(ev('beyond', beyond, beyond + DAY), playhead)).toBeNull();
  });

  it('lights a month-precision event and a long span that starts within reach', () => {
    expect(playheadRelation(ev('month', at(2020, 8, 1), at(2020, 9, 1)), playhead)).toBe('at');
    expect(playheadRelation(ev('starts', at(2020, 8, 10), at(2023, 1, 1)), playhead)).toBe('at');
  });

  it('calls a long span that began earlier under way, not at the playhead', () => {
    // "c. 1998–2022 El Paso Sector deaths" in August 2020.
    const span = ev('span', at(1998, 1, 1), at(2023, 1, 1));
    expect(playheadRelation(span, playhead)).toBe('ongoing');
    // A year-precision event is under way all year long.
    expect(playheadRelation(ev('year', at(2020, 1, 1), at(2021, 1, 1)), playhead)).toBe('ongoing');
    // An event that ended before the reach is nothing.
    expect(playheadRelation(ev('ended', at(2019, 1, 1), at(2020, 7, 1)), playhead)).toBeNull();
  });

  it('splits events in their given order', () => {
    const events = [
      ev('span', at(1998, 1, 1), at(2023, 1, 1)),
      ev('day', at(2020, 8, 14), at(2020, 8, 15)),
      ev('far', at(2016, 1, 1), at(2016, 1, 2)),
      ev('year', at(2020, 1, 1), at(2021, 1, 1)),
    ];
    const split = splitAtPlayhead(events, playhead);
    expect(split.at.map((e) => e.id)).toEqual(['day']);
    expect(split.ongoing.map((e) => e.id)).toEqual(['span', 'year']);
  });
});
