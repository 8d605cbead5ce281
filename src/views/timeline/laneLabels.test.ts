import { describe, expect, it } from 'vitest';
import { es } from '../../i18n/es';
import { fitLabel, gutterFor, LABEL_GAP, NARROW_GUTTER } from './laneLabels';

/** Noto Sans at 11 px averages a little under 6 px a character. */
const measure = (s: string) => s.length * 6;

describe('lane labels', () => {
  it('widens the margin for the Spanish names, within limits', () => {
    const names = Object.values(es.categories);
    const gutter = gutterFor(names, measure);
    for (const name of names) expect(measure(name) + LABEL_GAP, name).toBeLessThanOrEqual(gutter);
    expect(gutterFor(['Policy'], measure)).toBe(112);
    expect(gutterFor(['x'.repeat(80)], measure)).toBe(160);
  });

  it('fits every short Spanish name in a phone’s margin without cutting it', () => {
    for (const name of Object.values(es.categoriesShort))
      expect(fitLabel(name, NARROW_GUTTER - LABEL_GAP, measure), name).toBe(name);
  });

  it('cuts a name that cannot fit with an ellipsis, never mid-margin', () => {
    const cut = fitLabel('Situación humanitaria', 60, measure);
    expect(cut.endsWith('…')).toBe(true);
    expect(measure(cut)).toBeLessThanOrEqual(60);
  });
});
