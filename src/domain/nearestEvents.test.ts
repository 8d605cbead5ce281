import { describe, expect, it } from 'vitest';
import { fixtureDataset } from '../../tests/fixtures';
import { nearestEvents } from './nearestEvents';

const DAY = 86_400_000;

describe('nearestEvents', () => {
  it('puts the event starting nearest first, and a day before a span that starts with it', () => {
    const [a, b] = fixtureDataset.events;
    if (!a || !b) throw new Error('fixture needs two events');
    const day = { ...a, id: 'day', t0: 10 * DAY, t1: 11 * DAY };
    const span = { ...b, id: 'span', t0: 10 * DAY, t1: 40 * DAY };
    const far = { ...a, id: 'far', t0: 2 * DAY, t1: 3 * DAY };
    const ids = (n: number) => nearestEvents([far, span, day], 10 * DAY, n).map((e) => e.id);
    expect(ids(3)).toEqual(['day', 'span', 'far']);
    expect(ids(1)).toEqual(['day']);
  });
});
