import { describe, expect, it } from 'vitest';
import { packRows } from './rowPacking';

describe('packRows', () => {
  it('gives a title the room up to the next mark in its row', () => {
    const p = packRows(
      [
        { id: 'a', x0: 0, x1: 8, labelWidth: 50 },
        { id: 'b', x0: 100, x1: 108, labelWidth: 50 },
      ],
      1,
      400,
    );
    expect(p.get('a')).toEqual({ row: 0, labelRoom: 100 - 3 - 12 });
    expect(p.get('b')?.labelRoom).toBe(400 - 112);
  });

  it('moves a mark to another row so both titles fit, when there is one', () => {
    const items = [
      { id: 'a', x0: 0, x1: 8, labelWidth: 80 },
      { id: 'b', x0: 20, x1: 28, labelWidth: 80 },
    ];
    const two = packRows(items, 2, 400);
    expect(two.get('b')?.row).toBe(1);
    expect(two.get('a')?.labelRoom).toBeGreaterThanOrEqual(80);
    const one = packRows(items, 1, 400);
    expect(one.get('b')?.row).toBe(0);
    expect(one.get('a')?.labelRoom).toBe(20 - 3 - 12);
  });

  it('overlaps rather than dropping a mark when every row is taken', () => {
    const p = packRows(
      [
        { id: 'a', x0: 0, x1: 50, labelWidth: 0 },
        { id: 'b', x0: 10, x1: 20, labelWidth: 0 },
      ],
      1,
      400,
    );
    expect(p.get('b')?.row).toBe(0);
    expect(p.size).toBe(2);
  });
});
