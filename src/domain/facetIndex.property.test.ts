import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import realJson from '../../public/data/frontera.json';
import { syntheticDataset } from '../../scripts/lib/syntheticDataset';
import type { Dataset } from '../data/schema';
import { buildDatasetModel } from './datasetModel';
import { buildFacetIndex } from './facetIndex';
import {
  EMPTY_FILTERS,
  FACET_KEYS,
  type Filters,
  facetCounts,
  facetValues,
  filterPredicate,
} from './filters';

const real = realJson as unknown as Dataset;
const models = [
  ['real', buildDatasetModel(real)],
  ['synthetic 2,000', buildDatasetModel(syntheticDataset(real, 2000, 7))],
] as const;

/** Counts as sorted entries: the order a Map was filled in is not part of the answer. */
const sorted = (counts: Record<string, Map<string, number>>) =>
  Object.fromEntries(
    Object.entries(counts).map(([k, m]) => [k, [...m].sort(([a], [b]) => (a < b ? -1 : 1))]),
  );

describe('the facet index answers as the reference filters do', () => {
  for (const [name, model] of models) {
    const events = model.index.byStart;
    // Values that exist, a value no event has, and words from the data for the search.
    const values = Object.fromEntries(
      FACET_KEYS.map((k) => [
        k,
        [...new Set(events.flatMap((e) => facetValues(e, k)))].concat('nowhere'),
      ]),
    );
    const filtersArb = fc.record({
      ...Object.fromEntries(
        FACET_KEYS.map((k) => [k, fc.subarray(values[k] as string[], { maxLength: 3 })]),
      ),
      query: fc.constantFrom('', 'border', 'trump wall', 'juarez', 'zzz'),
    }) as fc.Arbitrary<Filters>;

    it(`${name}: the same events, in the same order, and the same counts beside every value`, () => {
      const index = buildFacetIndex(events, model.searchTexts);
      fc.assert(
        fc.property(filtersArb, (f) => {
          const expected = events.filter(filterPredicate(f, model.searchTexts));
          expect(index.filter(f).map((e) => e.id)).toEqual(expected.map((e) => e.id));
          const places = new Map<string, number>();
          for (const e of expected)
            for (const p of new Set(e.places)) places.set(p, (places.get(p) ?? 0) + 1);
          expect(sorted({ places: index.totals(f, 'places') })).toEqual(sorted({ places }));
          expect([...index.totals(f, 'categories').keys()].sort()).toEqual(
            [...new Set(expected.map((e) => e.category))].sort(),
          );
          expect(sorted(index.counts(f))).toEqual(
            sorted(facetCounts(model.dataset.events, f, model.searchTexts)),
          );
        }),
        { numRuns: 150 },
      );
      expect(index.filter(EMPTY_FILTERS)).toHaveLength(events.length);
    });
  }
});
