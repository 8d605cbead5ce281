import { describe, expect, it } from 'vitest';
import { MAX_RADIUS, MIN_RADIUS, siteRadius } from './siteFeatures';

describe('siteRadius', () => {
  it('is capped: 10,000 events draw no bigger than the busiest site of 12', () => {
    expect(siteRadius(12, 12)).toBe(MAX_RADIUS);
    expect(siteRadius(10_000, 10_000)).toBe(MAX_RADIUS);
    expect(siteRadius(0, 10_000)).toBe(MIN_RADIUS);
  });
  it('grows with the square root of the count', () => {
    const quarter = siteRadius(25, 100) - MIN_RADIUS;
    expect(quarter).toBeCloseTo((MAX_RADIUS - MIN_RADIUS) / 2);
  });
});
