import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import realJson from '../../public/data/frontera.json';
import { ColumnsError, packDataset, unpackDataset } from './columns';

/** As the page gets it: written as JSON and parsed. */
const overTheWire = (value: unknown) => JSON.parse(JSON.stringify(value));

describe('the dataset by column', () => {
  it('unpacks the built-in dataset into exactly its rows', () => {
    expect(unpackDataset(overTheWire(packDataset(realJson)))).toEqual(realJson);
  });

  it('is smaller than the rows for the built-in dataset', () => {
    expect(JSON.stringify(packDataset(realJson)).length).toBeLessThan(
      JSON.stringify(realJson).length,
    );
  });

  it('round-trips any rows: absent keys, repeated values, lists of records, empty lists', () => {
    const value = fc.oneof(
      fc.constantFrom('texas', 'el-paso', 'trump', ''),
      fc.integer({ min: -3, max: 3 }),
      fc.constant(null),
      fc.array(fc.constantFrom('us', 'mx'), { maxLength: 2 }),
      fc.array(fc.record({ article: fc.constantFrom('a', 'b'), paragraph: fc.nat(40) }), {
        maxLength: 3,
      }),
      fc.string(),
    );
    const row = fc.dictionary(fc.constantFrom('id', 'places', 'sources', 'date', 'note'), value, {
      minKeys: 1,
    });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 30 }), (events) => {
        const dataset = { version: 1, events };
        expect(unpackDataset(overTheWire(packDataset(dataset)))).toEqual(dataset);
      }),
    );
  });

  it('gives rows that repeat a value one shared copy of it', () => {
    const places = ['tijuana'];
    const events = Array.from({ length: 6 }, (_, i) => ({ id: `e${i}`, places: [...places] }));
    const rows = (unpackDataset(overTheWire(packDataset({ events }))) as { events: typeof events })
      .events;
    expect(rows[0]?.places).toEqual(places);
    expect(new Set(rows.map((r) => r.places)).size).toBe(1);
  });

  it('stores a column of lists of records by column too, so their repeated fields are shared', () => {
    const events = Array.from({ length: 4 }, (_, i) => ({
      sources: [{ article: 'wsws-2019', paragraph: i }],
    }));
    const packed = packDataset({ events });
    expect(packed.events.columns.sources).toHaveProperty('table');
    const rows = (unpackDataset(overTheWire(packed)) as typeof packed & { events: typeof events })
      .events;
    expect(rows.map((r) => r.sources[0]?.paragraph)).toEqual([0, 1, 2, 3]);
  });

  it('refuses a file that is not in the format, or whose columns do not fit, with where it broke', () => {
    const good = overTheWire(
      packDataset({
        events: [
          { id: 'a', n: 1 },
          { id: 'b', n: 2 },
        ],
      }),
    );
    expect(() => unpackDataset({ events: [] })).toThrow(ColumnsError);
    const short = structuredClone(good);
    short.events.columns.id.values.pop();
    expect(() => unpackDataset(short)).toThrow(/events\.id: wrong length/);
    const outOfRange = overTheWire(packDataset({ events: [{ s: 'x' }, { s: 'x' }, { s: 'x' }] }));
    outOfRange.events.columns.s.at[1] = 7;
    expect(() => unpackDataset(outOfRange)).toThrow(/events\.s: bad index/);
    const count = structuredClone(good);
    count.events.count = -1;
    expect(() => unpackDataset(count)).toThrow(/events: not a table/);
    // A count no column holds is refused before any row is made.
    count.events.count = 50_000_000;
    expect(() => unpackDataset(count)).toThrow(/events: wrong length/);
    expect(() =>
      unpackDataset({ format: 'frontera-columns', events: { count: 9, columns: {} } }),
    ).toThrow(/events: wrong length/);
  });
});
