import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  GROUP_RADIUS,
  groupLabel,
  MAX_SPREAD,
  MIN_SEPARATION,
  type ScreenSite,
  spreadSites,
} from './spreadSites';

const site = (id: string, x: number, y: number, weight = 1, r = 8): ScreenSite => ({
  id,
  x,
  y,
  r,
  weight,
  name: id,
});

/** Every marker drawn, sites and groups alike. */
function drawn(sites: readonly ScreenSite[]) {
  const out = spreadSites(sites);
  const radius = new Map(sites.map((s) => [s.id, s.r]));
  return [
    ...out.sites.map((s) => ({ x: s.x, y: s.y, r: radius.get(s.id) ?? 0 })),
    ...out.groups.map((g) => ({ x: g.x, y: g.y, r: GROUP_RADIUS })),
  ];
}

describe('spreadSites', () => {
  it('leaves sites that are far enough apart where they are', () => {
    const { sites } = spreadSites([site('a', 0, 0), site('b', 100, 0)]);
    expect(sites).toEqual([
      { id: 'a', x: 0, y: 0, moved: false },
      { id: 'b', x: 100, y: 0, moved: false },
    ]);
  });

  it('spreads near sites at least 40 px apart, keeping their bearing, facing outwards', () => {
    // San Ysidro just north of Tijuana, 3 px apart at the home zoom.
    const { sites } = spreadSites([site('san-ysidro', 50, 47, 5), site('tijuana', 50, 50, 3)]);
    const [a, b] = ['san-ysidro', 'tijuana'].map((id) => sites.find((s) => s.id === id));
    expect(Math.hypot((a?.x ?? 0) - (b?.x ?? 0), (a?.y ?? 0) - (b?.y ?? 0))).toBeGreaterThanOrEqual(
      MIN_SEPARATION - 1e-9,
    );
    expect(a?.y).toBeLessThan(b?.y ?? 0);
    expect(sites.every((s) => s.moved)).toBe(true);
    // San Ysidro's label side is north (up), Tijuana's south.
    expect(Math.sin(a?.outward ?? 0)).toBeLessThan(0);
    expect(Math.sin(b?.outward ?? 0)).toBeGreaterThan(0);
  });

  it('pulls a neighbour the spread would reach into the cluster', () => {
    // a and b are 5 px apart; c is 43 px from b, but b pushed east would reach it.
    const { sites } = spreadSites([site('a', 100, 100), site('b', 105, 100), site('c', 148, 100)]);
    expect(
      sites
        .filter((s) => s.moved)
        .map((s) => s.id)
        .sort(),
    ).toEqual(['a', 'b', 'c']);
  });

  it('names a group too big to spread by its largest members', () => {
    const many = Array.from({ length: MAX_SPREAD + 2 }, (_, i) => site(`s${i}`, 10, 10, 20 - i));
    const { sites, groups } = spreadSites(many);
    expect(sites).toEqual([]);
    expect(groups[0]?.label).toBe(`s0 · s1 +${MAX_SPREAD}`);
    expect(groupLabel(['Tijuana', 'San Ysidro', 'a', 'b', 'c'])).toBe('Tijuana · San Ysidro +3');
  });

  it('never draws two markers closer than 40 px, wherever the sites fall (1,000 layouts)', () => {
    const sites = fc
      .uniqueArray(
        fc.record({
          id: fc.string({ minLength: 1, maxLength: 4 }),
          x: fc.double({ min: 0, max: 400, noNaN: true }),
          y: fc.double({ min: 0, max: 300, noNaN: true }),
          r: fc.double({ min: 5, max: 15, noNaN: true }),
          weight: fc.nat(50),
        }),
        { selector: (s) => s.id, minLength: 1, maxLength: 25 },
      )
      .map((list) => list.map((s) => ({ ...s, name: s.id })));
    fc.assert(
      fc.property(sites, (list) => {
        const out = spreadSites(list);
        // Every site is drawn once, alone or in a group.
        const ids = [...out.sites.map((s) => s.id), ...out.groups.flatMap((g) => g.ids)].sort();
        expect(ids).toEqual(list.map((s) => s.id).sort());
        const d = drawn(list);
        for (let i = 0; i < d.length; i++)
          for (let j = i + 1; j < d.length; j++) {
            const a = d[i];
            const b = d[j];
            if (!a || !b) continue;
            expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThanOrEqual(MIN_SEPARATION - 1e-6);
          }
      }),
      { numRuns: 1000, seed: 20 },
    );
  }, 60_000);
});
