import { describe, expect, it } from 'vitest';
import { fixtureDataset } from '../../tests/fixtures';
import { buildDatasetModel } from './datasetModel';
import { createDerivedModel } from './derivedModel';
import { EMPTY_FILTERS } from './filters';

const model = buildDatasetModel(fixtureDataset);
const DAY = 86_400_000;

describe('derived model', () => {
  it('filters once per change, however many readers ask', () => {
    const derived = createDerivedModel(model);
    const trump = { ...EMPTY_FILTERS, us: ['trump'] };
    const a = derived.filtered(trump);
    // The same result object every time: computed once, however many views read it.
    for (let i = 0; i < 10; i++) expect(derived.filtered(trump)).toBe(a);
    expect(a.byStart.map((e) => e.id)).toEqual(['memo', 'tear-gas', 'tweet', 'mpp']);
    expect(derived.filtered(EMPTY_FILTERS)).toBe(model.index);
  });

  it('counts per site in the window and over all time', () => {
    const derived = createDerivedModel(model);
    const window = [Date.UTC(2018, 0, 1), Date.UTC(2019, 0, 1)] as const;
    expect(Object.fromEntries(derived.windowCounts(EMPTY_FILTERS, window))).toEqual({
      'san-ysidro-poe': 1,
      tijuana: 1,
    });
    expect(derived.totals(EMPTY_FILTERS).get('san-ysidro-poe')).toBe(2);
  });

  it('lights the sites near the playhead and keeps the same Set while they do not change', () => {
    const derived = createDerivedModel(model);
    const t = Date.UTC(2018, 10, 25);
    const lit = derived.litSites(EMPTY_FILTERS, t);
    expect([...lit].sort()).toEqual(['san-ysidro-poe', 'tijuana']);
    expect(derived.litSites(EMPTY_FILTERS, t + DAY)).toBe(lit);
    expect(derived.litSites(EMPTY_FILTERS, t + 200 * DAY).size).toBe(0);
  });

  it('draws a long span at the playhead as under way, on every view alike', () => {
    const derived = createDerivedModel(model);
    // Mid-2011: the 2009–2013 span covers it and nothing is dated near it.
    const t = Date.UTC(2011, 6, 1);
    const split = derived.playheadEvents(EMPTY_FILTERS, t);
    expect(split.at).toEqual([]);
    expect(split.ongoing.map((e) => e.id)).toEqual(['merida']);
    expect(derived.litSites(EMPTY_FILTERS, t).size).toBe(0);
    const ongoing = derived.ongoingSites(EMPTY_FILTERS, t);
    expect([...ongoing]).toEqual(split.ongoing.flatMap((e) => e.places));
    expect(derived.ongoingSites(EMPTY_FILTERS, t + DAY)).toBe(ongoing);
  });

  it('lists a site’s filtered events in time order and the lanes present', () => {
    const derived = createDerivedModel(model);
    expect(derived.placeEvents(EMPTY_FILTERS, 'san-ysidro-poe').map((e) => e.id)).toEqual([
      'tear-gas',
      'mpp',
    ]);
    expect([...derived.categories({ ...EMPTY_FILTERS, us: ['biden'] })].sort()).toEqual([
      'caravan',
      'violence',
    ]);
    expect(derived.facets(EMPTY_FILTERS).us.get('trump')).toBe(4);
  });
});
