import { describe, expect, it } from 'vitest';
import { edgeIndicators, type OffscreenSite } from './edgeIndicators';
import type { Box } from './labelLayout';

const frame: Box = { x0: 0, y0: 0, x1: 800, y1: 400 };
const size = (name: string, more: number) => ({
  width: 30 + name.length * 7 + (more ? 24 : 0),
  height: 28,
});
const site = (id: string, x: number, y: number, weight = 1): OffscreenSite => ({
  id,
  name: id,
  x,
  y,
  weight,
});
const overlap = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
const within = (a: Box) => a.x0 >= 0 && a.y0 >= 0 && a.x1 <= 800 && a.y1 <= 400;

describe('edgeIndicators', () => {
  it('puts a chip on the edge facing its site', () => {
    const [south] = edgeIndicators({ sites: [site('Mexico City', 450, 900)], frame, size });
    expect(south?.box.y1).toBe(400);
    // Centred where the line to the site leaves the frame: right of the middle.
    expect(((south?.box.x0 ?? 0) + (south?.box.x1 ?? 0)) / 2).toBeGreaterThan(400);
    const [east] = edgeIndicators({ sites: [site('White House', 2000, 150)], frame, size });
    expect(east?.box.x1).toBe(800);
    expect(Math.cos(east?.angle ?? 0)).toBeGreaterThan(0.9);
  });

  it('merges sites in one direction into one chip named by the heaviest', () => {
    const out = edgeIndicators({
      sites: [
        site('Tapachula', 700, 1200, 3),
        site('Guatemala', 760, 1230, 2),
        site('Mexico City', 540, 950, 9),
        site('White House', 2000, -200, 4),
      ],
      frame,
      size,
    });
    const south = out.find((i) => i.ids.includes('Tapachula'));
    expect(south?.ids).toEqual(['Mexico City', 'Tapachula', 'Guatemala']);
    expect(south?.name).toBe('Mexico City');
    expect(south?.more).toBe(2);
    expect(out.find((i) => i.ids.includes('White House'))?.more).toBe(0);
    for (const a of out) {
      expect(within(a.box)).toBe(true);
      for (const b of out) if (a !== b) expect(overlap(a.box, b.box)).toBe(false);
    }
  });

  it('slides a chip along its edge off a control it would cover', () => {
    const control: Box = { x0: 740, y0: 0, x1: 800, y1: 90 };
    const [chip] = edgeIndicators({
      sites: [site('United States', 900, -300)],
      frame,
      size,
      obstacles: [control],
    });
    expect(chip && overlap(chip.box, control)).toBe(false);
    expect(chip && within(chip.box)).toBe(true);
  });

  it('sets a chip just inside a card that spans its whole edge', () => {
    const card: Box = { x0: 0, y0: 0, x1: 800, y1: 60 };
    const [chip] = edgeIndicators({
      sites: [site('United States', 420, -300)],
      frame,
      size,
      obstacles: [card],
    });
    expect(chip && overlap(chip.box, card)).toBe(false);
    expect(chip?.box.y0).toBeGreaterThanOrEqual(60);
  });
});
