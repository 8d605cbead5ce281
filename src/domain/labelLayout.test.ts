import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type Box,
  distanceToBox,
  type LabelMarker,
  layoutLabels,
  segmentCrossesBox,
  wrapLabel,
} from './labelLayout';

/** A monospace stand-in for the font: 0.6 em a character. */
const measure = (s: string, size: number) => s.length * size * 0.6;
const frame: Box = { x0: 0, y0: 0, x1: 400, y1: 300 };
const marker = (id: string, x: number, y: number, priority = 1, text = id): LabelMarker => ({
  id,
  x,
  y,
  r: 8,
  text,
  size: 12,
  priority,
});
const overlap = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

describe('layoutLabels', () => {
  it('puts a lone label to the right of its marker, vertically centred', () => {
    const [label] = layoutLabels({ markers: [marker('El Paso', 100, 100)], frame, measure });
    expect(label?.anchor).toBe('left');
    expect(label?.offset).toEqual([12, 0]);
    expect(label?.box.x0).toBe(112);
    expect(((label?.box.y0 ?? 0) + (label?.box.y1 ?? 0)) / 2).toBeCloseTo(100, 0);
  });

  it('keeps a label inside the frame: a marker at the left edge is labelled on its right, one at the right edge on its left', () => {
    const labels = layoutLabels({
      markers: [marker('San Ysidro Port of Entry', 6, 150), marker('Brownsville', 395, 50)],
      frame,
      measure,
    });
    for (const l of labels) {
      expect(l.box.x0).toBeGreaterThanOrEqual(0);
      expect(l.box.x1).toBeLessThanOrEqual(400);
    }
    expect(labels.find((l) => l.id === 'Brownsville')?.anchor).toMatch(/right/);
  });

  it('faces a spread marker’s label away from its ring', () => {
    const [label] = layoutLabels({
      markers: [{ ...marker('Tijuana', 200, 200), outward: Math.PI / 2 }],
      frame,
      measure,
    });
    expect(label?.anchor).toBe('top');
  });

  it('gives way by priority, and never lets a label sit nearer another marker than its own', () => {
    // Two markers 40 px apart on a line; their labels cannot both go between them.
    const labels = layoutLabels({
      markers: [marker('a', 100, 100, 2, 'Mexicali'), marker('b', 140, 100, 1, 'San Diego')],
      frame,
      measure,
    });
    const a = labels.find((l) => l.id === 'a');
    const b = labels.find((l) => l.id === 'b');
    expect(b?.anchor).toBe('left'); // the higher priority keeps its first choice
    expect(a).toBeDefined();
    if (a && b) {
      expect(distanceToBox(100, 100, a.box)).toBeLessThan(distanceToBox(100, 100, b.box));
      expect(distanceToBox(140, 100, b.box)).toBeLessThan(distanceToBox(140, 100, a.box));
    }
  });

  it('keeps clear of the cards over the map and of leader lines', () => {
    const labels = layoutLabels({
      markers: [marker('a', 100, 100)],
      frame,
      measure,
      obstacles: [{ x0: 110, y0: 0, x1: 400, y1: 300 }],
      segments: [[60, 70, 60, 130]],
    });
    const box = labels[0]?.box as Box;
    expect(overlap(box, { x0: 110, y0: 0, x1: 400, y1: 300 })).toBe(false);
    expect(segmentCrossesBox([60, 70, 60, 130], box)).toBe(false);
  });

  it('wraps long names into lines and narrows them where room is short', () => {
    const w = (s: string) => measure(s, 10);
    expect(wrapLabel('US District Court for the Central District of California', 100, w)).toEqual([
      'US District',
      'Court for the',
      'Central District',
      'of California',
    ]);
  });

  it('holds its rules for any markers (1,000 layouts)', () => {
    const markers = fc
      .uniqueArray(
        fc.record({
          id: fc.constantFrom(
            'Tijuana',
            'San Ysidro Port of Entry',
            'El Paso',
            'TEXAS',
            'Mexicali',
            'US–MEXICO BORDER',
            'Los Pinos',
            'White House',
            'Chiapas',
          ),
          x: fc.integer({ min: 0, max: 400 }),
          y: fc.integer({ min: 0, max: 300 }),
          priority: fc.nat(20),
        }),
        { selector: (m) => m.id, maxLength: 9 },
      )
      // Markers are drawn at least 40 px apart (spreadSites).
      .filter((list) =>
        list.every((a, i) =>
          list.slice(i + 1).every((b) => Math.hypot(a.x - b.x, a.y - b.y) >= 40),
        ),
      )
      .map((list) => list.map((m) => marker(m.id, m.x, m.y, m.priority)));
    fc.assert(
      fc.property(markers, (list) => {
        const labels = layoutLabels({ markers: list, frame, measure });
        for (const l of labels) {
          expect(l.box.x0 >= 0 && l.box.y0 >= 0 && l.box.x1 <= 400 && l.box.y1 <= 300).toBe(true);
          for (const o of labels) if (o !== l) expect(overlap(l.box, o.box)).toBe(false);
          const own = list.find((m) => m.id === l.id) as LabelMarker;
          const ownD = distanceToBox(own.x, own.y, l.box);
          for (const m of list) {
            if (m === own) continue;
            // No other marker is as near a label beside its marker as its owner…
            if (!l.leader) expect(distanceToBox(m.x, m.y, l.box)).toBeGreaterThan(ownD);
            // …a leader line crosses no other label…
            for (const o of labels)
              if (o !== l && l.leader) expect(segmentCrossesBox(l.leader, o.box)).toBe(false);
            // …and each labelled marker's nearest label is its own.
            const mine = labels.find((x) => x.id === m.id);
            if (mine)
              expect(distanceToBox(m.x, m.y, mine.box)).toBeLessThan(
                distanceToBox(m.x, m.y, l.box),
              );
          }
        }
      }),
      { numRuns: 1000, seed: 20 },
    );
  }, 60_000);
});
