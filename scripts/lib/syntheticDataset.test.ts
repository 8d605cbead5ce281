import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DatasetSchema } from '../../src/data/schema';
import { syntheticDataset, syntheticJson } from './syntheticDataset';

const base = DatasetSchema.parse(
  JSON.parse(readFileSync(resolve(__dirname, '../../public/data/frontera.json'), 'utf8')),
);

describe('syntheticDataset', () => {
  it('is deterministic for a seed and differs across seeds', () => {
    expect(syntheticJson(base, 300, 7)).toBe(syntheticJson(base, 300, 7));
    expect(syntheticJson(base, 300, 7)).not.toBe(syntheticJson(base, 300, 8));
  });

  it('parses with DatasetSchema and spreads over 1998–2024 at every precision', () => {
    const d = DatasetSchema.parse(JSON.parse(syntheticJson(base, 3000)));
    expect(d.events).toHaveLength(3000);
    const years = d.events.map((e) => Number(e.date.start.slice(0, 4)));
    expect(Math.min(...years)).toBe(1998);
    expect(Math.max(...years)).toBe(2024);
    expect(new Set(d.events.map((e) => e.date.precision))).toEqual(
      new Set(['day', 'month', 'year']),
    );
    expect(d.events.some((e) => e.date.end)).toBe(true);
    const places = new Set(base.places.map((p) => p.id));
    expect(d.events.flatMap((e) => e.places).every((p) => places.has(p))).toBe(true);
    expect(new Set(d.events.map((e) => e.category)).size).toBeGreaterThan(8);
    expect(d.events.filter((e) => e.actors.length > 0).length).toBeGreaterThan(2000);
    // Denser in the app's focus years than before them.
    const count = (from: number, to: number) => years.filter((y) => y >= from && y <= to).length;
    expect(count(2016, 2023) / 8).toBeGreaterThan(3 * (count(1998, 2005) / 8));
  });

  it('keeps story steps but drops their events, which are not in the synthetic set', () => {
    const d = syntheticDataset(base, 10);
    expect(d.narratives).toHaveLength(base.narratives.length);
    expect(d.narratives.flatMap((n) => n.steps).every((s) => s.event === undefined)).toBe(true);
  });
});
