import type * as maplibregl from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import type { SiteRecord } from '../../domain/siteFeatures';
import type { SiteGeoJson } from './siteGeoJson';
import { onlyLitChanged, writeSiteData, writeSiteState } from './siteSources';

const record = (id: string, over: Partial<SiteRecord> = {}): SiteRecord => ({
  id,
  name: id,
  kind: 'city',
  lon: -117,
  lat: 32.5,
  area: false,
  count: 2,
  total: 5,
  r: 8,
  lit: false,
  ongoing: false,
  selected: false,
  ...over,
});

const point = (id: string) => ({
  type: 'Feature' as const,
  geometry: { type: 'Point' as const, coordinates: [-117, 32.5] },
  properties: { id },
});

const drawn = (ids: string[], groups: string[][] = []): SiteGeoJson => ({
  sites: { type: 'FeatureCollection', features: ids.map(point) },
  leaders: { type: 'FeatureCollection', features: [] },
  groups: {
    type: 'FeatureCollection',
    features: groups.map((g) => ({ ...point(g[0] ?? ''), properties: { ids: g.join(',') } })),
  },
  screen: [],
  labels: [],
  indicators: [],
});

/** The two map calls these functions make, recorded. */
function fakeMap() {
  const setData: string[] = [];
  const states = new Map<string, Record<string, unknown>>();
  const map = {
    getSource: (id: string) => ({ setData: () => setData.push(id) }),
    setFeatureState: (f: { source: string; id: string }, s: Record<string, unknown>) =>
      states.set(`${f.source}/${f.id}`, s),
  } as unknown as maplibregl.Map;
  return { map, setData, states };
}

describe('writeSiteData', () => {
  it('writes every source the first time and only changed sources after', () => {
    const { map, setData } = fakeMap();
    const written = writeSiteData(map, drawn(['a', 'b']));
    expect(setData).toEqual(['sites', 'site-leaders', 'site-groups']);
    setData.length = 0;
    writeSiteData(map, drawn(['a', 'b']), written);
    expect(setData).toEqual([]);
    writeSiteData(map, drawn(['a']), written);
    expect(setData).toEqual(['sites']);
  });
});

describe('writeSiteState', () => {
  it('lights lit sites, rings ongoing ones, dims the others unless selected, and lights a group holding a lit site', () => {
    const { map, states } = fakeMap();
    const records = [
      record('a', { lit: true }),
      record('b'),
      record('c', { selected: true }),
      record('d', { ongoing: true }),
    ];
    writeSiteState(map, records, drawn(['a', 'b', 'c', 'd'], [['a', 'b'], ['c']]));
    expect(states.get('sites/a')).toEqual({ lit: true, ongoing: false, dim: false });
    expect(states.get('sites/b')).toEqual({ lit: false, ongoing: false, dim: true });
    expect(states.get('sites/c')).toEqual({ lit: false, ongoing: false, dim: false });
    expect(states.get('sites/d')).toEqual({ lit: false, ongoing: true, dim: false });
    expect(states.get('site-groups/a,b')).toEqual({ lit: true });
    expect(states.get('site-groups/c')).toEqual({ lit: false });
  });

  it('dims nothing while nothing is lit', () => {
    const { map, states } = fakeMap();
    writeSiteState(map, [record('a'), record('b')], drawn(['a', 'b']));
    expect(states.get('sites/b')).toEqual({ lit: false, ongoing: false, dim: false });
  });
});

describe('onlyLitChanged', () => {
  const before = [record('a'), record('b')];
  it('is true when only lit differs, so a playhead step skips the worker', () => {
    expect(onlyLitChanged(before, [record('a', { lit: true }), record('b')])).toBe(true);
    expect(onlyLitChanged(before, [record('a', { ongoing: true }), record('b')])).toBe(true);
  });
  it('is false when a count, a radius, the selection or the set of sites changes', () => {
    expect(onlyLitChanged(before, [record('a', { count: 3 }), record('b')])).toBe(false);
    expect(onlyLitChanged(before, [record('a', { r: 9 }), record('b')])).toBe(false);
    expect(onlyLitChanged(before, [record('a', { selected: true }), record('b')])).toBe(false);
    expect(onlyLitChanged(before, [record('a')])).toBe(false);
  });
});
