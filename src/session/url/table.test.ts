import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CATEGORIES } from '../../data/schema';
import { EMPTY_FILTERS } from '../../domain/filters';
import {
  formatUrl,
  historyModeFor,
  parseUrl,
  URL_DEFAULTS,
  URL_TABLE,
  type UrlState,
} from './table';

const DAY = 86_400_000;
const day = fc
  .integer({ min: Date.UTC(1990, 0, 1) / DAY, max: Date.UTC(2040, 0, 1) / DAY })
  .map((d) => d * DAY);
const range = fc
  .tuple(day, fc.integer({ min: 1, max: 5000 }))
  .map(([a, n]) => [a, a + n * DAY] as const);
const id = fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,3}$/);
const ids = fc.uniqueArray(id, { maxLength: 4 });
const actor = fc.string({ minLength: 1, maxLength: 30 }).filter((s) => !s.includes('|'));
const coord = (min: number, max: number, digits: number) =>
  fc.integer({ min: min * 10 ** digits, max: max * 10 ** digits }).map((v) => v / 10 ** digits);

const urlState: fc.Arbitrary<UrlState> = fc.record({
  view: range,
  window: fc.option(range, { nil: null }),
  playhead: day,
  selectedEventId: fc.option(id, { nil: null }),
  selectedPlaceId: fc.option(id, { nil: null }),
  camera: fc.option(
    fc.record({ lon: coord(-180, 180, 4), lat: coord(-85, 85, 4), zoom: coord(0, 22, 2) }),
    { nil: null },
  ),
  filters: fc.record({
    us: ids,
    mx: ids,
    categories: fc.uniqueArray(fc.constantFrom(...CATEGORIES), { maxLength: 4 }),
    articles: ids,
    places: ids,
    actors: fc.uniqueArray(actor, { maxLength: 3 }),
    query: fc.string({ maxLength: 40 }).filter((q) => q.trim() === q),
  }),
  theme: fc.constantFrom('light', 'dark', 'auto'),
  embed: fc.boolean(),
  fit: fc.constantFrom('article' as const, 'slide' as const),
  controls: fc.boolean(),
  story: fc.option(fc.record({ id, step: fc.integer({ min: 0, max: 998 }) }), { nil: null }),
  lang: fc.constantFrom(null, 'en', 'es'),
  dataUrl: fc.constantFrom(null, 'data/ours.csv', 'shared/events.json'),
});

afterEach(() => vi.restoreAllMocks());

describe('URL state', () => {
  it('round-trips every valid state: state → URL → state is identity', () => {
    fc.assert(
      fc.property(urlState, (s) => {
        const { state, warnings } = parseUrl(formatUrl(s));
        expect(warnings).toEqual([]);
        expect(state).toEqual(s);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on garbage and always returns a usable state', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 200 }),
        fc.string({ unit: 'binary', maxLength: 60 }),
        (raw, value) => {
          for (const search of [
            raw,
            `?view=${value}`,
            `?t=${value}&event=${value}`,
            `?map=${value}&us=${value}&cat=${value}`,
          ]) {
            const { state } = parseUrl(search);
            expect(state.view[1]).toBeGreaterThan(state.view[0]);
            expect(Number.isFinite(state.playhead)).toBe(true);
          }
        },
      ),
      { numRuns: 300 },
    );
  }, 30_000);

  it('ignores malformed values with a warning and keeps the rest', () => {
    const { state, warnings } = parseUrl(
      '?view=2018-13-01..2019-01-01&t=2018-11-25&cat=violence,gossip&map=1,2&nonsense=1&event=Bad%20Id',
    );
    expect(state.view).toEqual(URL_DEFAULTS.view);
    expect(state.playhead).toBe(Date.UTC(2018, 10, 25));
    expect(state.filters.categories).toEqual([]);
    expect(state.camera).toBeNull();
    expect(state.selectedEventId).toBeNull();
    expect(warnings).toEqual([
      'invalid value for "view" ignored: "2018-13-01..2019-01-01"',
      'invalid value for "cat" ignored: "violence,gossip"',
      'invalid value for "map" ignored: "1,2"',
      'unknown parameter "nonsense" ignored',
      'invalid value for "event" ignored: "Bad Id"',
    ]);
  });

  it('has one row per key, and every URL field has a row', () => {
    const keys = URL_TABLE.map((r) => r.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(Object.keys(URL_DEFAULTS).sort()).toEqual(
      [...new Set(URL_TABLE.map((r) => r.field))].sort(),
    );
  });

  it('writes nothing for the default view', () => {
    expect(formatUrl(URL_DEFAULTS)).toBe('');
  });

  it('pushes history for selections and filters, replaces it for drags and camera moves', () => {
    const base = URL_DEFAULTS;
    expect(historyModeFor(base, { ...base, playhead: base.playhead + DAY })).toBe('replace');
    expect(historyModeFor(base, { ...base, camera: { lon: 1, lat: 2, zoom: 3 } })).toBe('replace');
    expect(historyModeFor(base, { ...base, selectedEventId: 'x' })).toBe('push');
    expect(historyModeFor(base, { ...base, filters: { ...EMPTY_FILTERS, us: ['trump'] } })).toBe(
      'push',
    );
    expect(historyModeFor(base, base)).toBeNull();
  });
});
