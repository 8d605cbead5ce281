import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixtureDataset } from '../../tests/fixtures';
import {
  EMPTY_FILTERS,
  FACET_KEYS,
  type FacetKey,
  type Filters,
  facetCounts,
  facetValues,
  filterPredicate,
  foldText,
  relaxations,
  searchText,
} from './filters';

const places = new Map(fixtureDataset.places.map((p) => [p.id, p.name]));
const texts = new Map(
  fixtureDataset.events.map((e) => [e.id, searchText(e, (id) => places.get(id))]),
);
const run = (f: Partial<typeof EMPTY_FILTERS>) =>
  fixtureDataset.events.filter(filterPredicate({ ...EMPTY_FILTERS, ...f }, texts)).map((e) => e.id);

describe('filters', () => {
  it('folds case and diacritics', () => {
    expect(foldText('  Ciudad   JUÁREZ ')).toBe('ciudad juarez');
  });

  it('finds "juarez" in "Ciudad Juárez" (title or place name)', () => {
    expect(run({ query: 'juarez' })).toEqual(['ayala']);
    expect(run({ query: 'JUÁREZ' })).toEqual(['ayala']);
  });

  it('requires every search word', () => {
    expect(run({ query: 'tear ysidro' })).toEqual(['tear-gas']);
    expect(run({ query: 'tear caravan' })).toEqual([]);
  });

  it('ORs within a facet and ANDs across facets', () => {
    expect(run({ us: ['trump'] })).toEqual(['memo', 'tear-gas', 'tweet', 'mpp']);
    expect(run({ us: ['trump'], mx: ['pena-nieto'] })).toEqual(['memo', 'tear-gas', 'tweet']);
    expect(run({ categories: ['violence', 'caravan'] })).toEqual(['tear-gas', 'ayala', 'caravan']);
    expect(run({ places: ['chiapas'], articles: ['a-2023'] })).toEqual(['caravan']);
  });

  it('counts each facet value under the other facets only', () => {
    const counts = facetCounts(
      fixtureDataset.events,
      { ...EMPTY_FILTERS, us: ['trump'], categories: ['violence'] },
      texts,
    );
    // US counts ignore the US filter but respect the category filter.
    expect(counts.us.get('trump')).toBe(1);
    expect(counts.us.get('biden')).toBe(1);
    // Category counts ignore the category filter but respect the US filter.
    expect(counts.categories.get('policy')).toBe(2);
    expect(counts.categories.get('violence')).toBe(1);
  });
});

/** The definition, one facet at a time: what the single pass must equal. */
function facetCountsByDefinition(f: Filters) {
  const out = {} as Record<FacetKey, Map<string, number>>;
  for (const key of FACET_KEYS) {
    const keep = filterPredicate(f, texts, key);
    const counts = new Map<string, number>();
    for (const e of fixtureDataset.events)
      if (keep(e))
        for (const v of new Set(facetValues(e, key))) counts.set(v, (counts.get(v) ?? 0) + 1);
    out[key] = counts;
  }
  return out;
}

describe('facetCounts in one pass', () => {
  const values = (key: FacetKey) => [
    ...new Set(fixtureDataset.events.flatMap((e) => facetValues(e, key))),
    'nobody',
  ];
  const pick = (key: FacetKey) => fc.subarray(values(key), { maxLength: 3 });
  it('equals the one-facet-at-a-time definition for 500 random filter sets', () => {
    fc.assert(
      fc.property(
        fc.record({
          us: pick('us'),
          mx: pick('mx'),
          categories: pick('categories'),
          articles: pick('articles'),
          places: pick('places'),
          actors: pick('actors'),
          query: fc.constantFrom('', 'tear', 'caravan', 'ysidro tear', 'zzz'),
        }),
        (raw) => {
          const f = raw as Filters;
          expect(facetCounts(fixtureDataset.events, f, texts)).toEqual(facetCountsByDefinition(f));
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('relaxations', () => {
  it('says which single filter to remove and what it brings back', () => {
    const f = {
      ...EMPTY_FILTERS,
      us: ['obama'],
      categories: ['violence' as const],
      query: 'juarez',
    };
    expect(run(f)).toEqual([]);
    const r = relaxations(fixtureDataset.events, f, texts);
    expect(r.map((x) => `${x.key}:${x.value}=${x.count}`)).toEqual([
      'us:obama=1',
      'categories:violence=0',
      'query:juarez=0',
    ]);
  });
});

describe('search in the reader’s language', () => {
  it('finds an actor by its translated name and by the English one, and ignores [en:] marks', () => {
    const base = fixtureDataset.events[0];
    if (!base) throw new Error('fixture has no events');
    const e = {
      ...base,
      actors: ['US Border Patrol'],
      summary: 'El artículo la llama “[en:US Border Police]”.',
    };
    const spanish = (a: string) => (a === 'US Border Patrol' ? 'Patrulla Fronteriza' : a);
    const text = searchText(e, () => undefined, spanish);
    expect(text).toContain('patrulla fronteriza');
    expect(text).toContain('us border patrol');
    expect(text).toContain('us border police');
    expect(text).not.toContain('en us border police');
  });
});
