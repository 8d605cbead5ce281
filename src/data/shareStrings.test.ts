import { describe, expect, it } from 'vitest';
import realJson from '../../public/data/frontera.json';
import type { Dataset } from './schema';
import { shareRepeatedStrings } from './shareStrings';

/** A fresh parse of the built-in dataset, as the page gets it. */
const dataset = (): Dataset => JSON.parse(JSON.stringify(realJson));

describe('shareRepeatedStrings', () => {
  it('changes no value of any event: the shared dataset equals the parsed one', () => {
    const parsed = dataset();
    const before = structuredClone(parsed);
    expect(shareRepeatedStrings(parsed)).toEqual(before);
  });

  it('returns the dataset it was given, events in the same order', () => {
    const parsed = dataset();
    const ids = parsed.events.map((e) => e.id);
    const shared = shareRepeatedStrings(parsed);
    expect(shared).toBe(parsed);
    expect(shared.events.map((e) => e.id)).toEqual(ids);
  });
});
