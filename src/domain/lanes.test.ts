import { describe, expect, it } from 'vitest';
import { packLanes } from './lanes';

describe('packLanes', () => {
  it('puts overlapping marks in separate rows and reuses freed rows', () => {
    const { row, rowsPerLane } = packLanes(
      [
        { id: 'a', lane: 'x', x0: 0, x1: 50 },
        { id: 'b', lane: 'x', x0: 10, x1: 20 },
        { id: 'c', lane: 'x', x0: 60, x1: 70 },
        { id: 'd', lane: 'y', x0: 0, x1: 50 },
      ],
      5,
    );
    expect(row.get('a')).toBe(0);
    expect(row.get('b')).toBe(1);
    expect(row.get('c')).toBe(0);
    expect(row.get('d')).toBe(0);
    expect(rowsPerLane.get('x')).toBe(2);
    expect(rowsPerLane.get('y')).toBe(1);
  });

  it('treats marks narrower than the minimum width as that wide', () => {
    const { row } = packLanes(
      [
        { id: 'a', lane: 'x', x0: 0, x1: 0 },
        { id: 'b', lane: 'x', x0: 4, x1: 4 },
        { id: 'c', lane: 'x', x0: 20, x1: 20 },
      ],
      9,
    );
    expect(row.get('b')).toBe(1);
    expect(row.get('c')).toBe(0);
  });

  it('never lets two marks in one row overlap (randomised)', () => {
    let seed = 7;
    const rand = () => {
      seed = (seed * 16807) % 2147483647;
      return seed / 2147483647;
    };
    const items = Array.from({ length: 500 }, (_, i) => {
      const x0 = rand() * 1000;
      return { id: `e${i}`, lane: rand() < 0.5 ? 'a' : 'b', x0, x1: x0 + rand() * 40 };
    });
    const { row } = packLanes(items, 6);
    const byRow = new Map<string, { x0: number; x1: number }[]>();
    for (const it of items) {
      const key = `${it.lane}:${row.get(it.id)}`;
      const list = byRow.get(key) ?? [];
      list.push({ x0: it.x0, x1: Math.max(it.x1, it.x0 + 6) });
      byRow.set(key, list);
    }
    for (const list of byRow.values()) {
      list.sort((a, b) => a.x0 - b.x0);
      for (let i = 1; i < list.length; i++)
        expect(list[i]!.x0).toBeGreaterThanOrEqual(list[i - 1]!.x1);
    }
  });
});
