import { describe, expect, it } from 'vitest';
import { groupLabel, MAX_SPREAD, spreadSites } from './spreadSites';

const site = (id: string, x: number, y: number, weight = 1) => ({
  id,
  x,
  y,
  r: 8,
  weight,
  name: id,
});

describe('spreadSites', () => {
  it('leaves sites that do not touch where they are', () => {
    const { sites } = spreadSites([site('a', 0, 0), site('b', 100, 0)]);
    expect(sites).toEqual([
      { id: 'a', x: 0, y: 0, moved: false },
      { id: 'b', x: 100, y: 0, moved: false },
    ]);
  });

  it('spreads overlapping sites so no two markers touch, keeping their bearing', () => {
    // San Ysidro just north of Tijuana, 3 px apart at a regional zoom.
    const { sites } = spreadSites([site('san-ysidro', 50, 47, 5), site('tijuana', 50, 50, 3)]);
    const [a, b] = ['san-ysidro', 'tijuana'].map((id) => sites.find((s) => s.id === id));
    expect(Math.hypot((a?.x ?? 0) - (b?.x ?? 0), (a?.y ?? 0) - (b?.y ?? 0))).toBeGreaterThanOrEqual(
      16,
    );
    expect(a?.y).toBeLessThan(b?.y ?? 0);
    expect(sites.every((s) => s.moved)).toBe(true);
  });

  it('names a group too big to spread by its largest members', () => {
    const many = Array.from({ length: MAX_SPREAD + 2 }, (_, i) => site(`s${i}`, 10, 10, 20 - i));
    const { sites, groups } = spreadSites(many);
    expect(sites).toEqual([]);
    expect(groups[0]?.label).toBe('s0 · s1 +8');
    expect(groupLabel(['Tijuana', 'San Ysidro', 'a', 'b', 'c'])).toBe('Tijuana · San Ysidro +3');
  });
});
