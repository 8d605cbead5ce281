import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../data/schema';
import { contrastRatio, PALETTES } from './palette';

describe('palette', () => {
  for (const [name, p] of Object.entries(PALETTES)) {
    it(`${name}: every category mark has ≥ 3:1 contrast against the page and the panels`, () => {
      for (const c of CATEGORIES) {
        expect(contrastRatio(p.category[c], p.background), c).toBeGreaterThanOrEqual(3);
        expect(contrastRatio(p.category[c], p.surface), c).toBeGreaterThanOrEqual(3);
      }
    });
    it(`${name}: map sites and labels stand out from land and water`, () => {
      for (const ground of [p.map.land, p.map.landFocus, p.map.water]) {
        expect(contrastRatio(p.map.site, ground)).toBeGreaterThanOrEqual(3);
        expect(contrastRatio(p.map.label, ground)).toBeGreaterThanOrEqual(4.5);
      }
    });
  }
});
