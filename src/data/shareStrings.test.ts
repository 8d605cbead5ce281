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

  it('keeps each repeated value once: equal lists and admin records are one object', () => {
    const shared = shareRepeatedStrings(dataset());
    const first = new Map<string, unknown>();
    const firstAdmins = new Map<string, unknown>();
    let lists = 0;
    let records = 0;
    for (const e of shared.events) {
      for (const l of [e.places, e.actors, e.admins.us, e.admins.mx]) {
        const key = JSON.stringify(l);
        if (!first.has(key)) first.set(key, l);
        else lists++;
        expect(l).toBe(first.get(key));
      }
      if (Object.keys(e.admins).length !== 2) continue;
      const key = JSON.stringify(e.admins);
      if (!firstAdmins.has(key)) firstAdmins.set(key, e.admins);
      else records++;
      expect(e.admins).toBe(firstAdmins.get(key));
    }
    // The built-in data repeats many of them (this checks the loop above had work to do).
    expect(lists).toBeGreaterThan(100);
    expect(records).toBeGreaterThan(20);
  });
});
