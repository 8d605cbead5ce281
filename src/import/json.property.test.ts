// @vitest-environment node
// Pure TypeScript under test: no DOM, so no jsdom start-up cost.
/**
 * Random damage to the real dataset: each damaged file either loads (and parses) or comes back
 * with readable errors that say where — never an exception.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DatasetSchema } from '../data/schema';
import { importJson, importJsonValue } from './importJson';
import { BUILT_IN, say } from './testSupport';

type Json = Record<string, unknown>;
const COLLECTIONS = ['events', 'places', 'articles', 'administrations', 'narratives'] as const;

const garbage = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom('garbage', '2017-02-30', '1e20', '', '\u202E', 'x'.repeat(1000)),
  fc.integer(),
  fc.double({ noNaN: true }),
  fc.constantFrom(1e20, -1e20, 0.5, -1, Number.MAX_SAFE_INTEGER),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.integer(), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 4 }), fc.integer(), { maxKeys: 2 }),
);

const MUTATIONS = [
  'deleteField',
  'changeType',
  'garbageDate',
  'duplicateItem',
  'copyId',
  'unknownPlace',
  'unknownArticle',
  'hugeTime',
  'swapTimes',
  'badAdmin',
  'invisibleText',
  'tooLong',
  'extraKey',
  'dropCollection',
  'emptyCollection',
  'wrongVersion',
  'precision',
  'replaceItem',
] as const;
type Mutation = (typeof MUTATIONS)[number];

const step = fc.record({
  kind: fc.constantFrom(...MUTATIONS),
  collection: fc.constantFrom(...COLLECTIONS),
  pick: fc.nat(),
  pick2: fc.nat(),
  value: garbage,
});
type Step = typeof step extends fc.Arbitrary<infer T> ? T : never;

/** A copy of an object to damage; something that is not an object is replaced by one. */
const copyOf = (v: unknown): Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (structuredClone(v) as Json) : {};

/** Copies only what a mutation touches, so 1,000 runs share one real dataset. */
function mutate(base: Json, s: Step): Json {
  const d: Json = { ...base };
  const list = Array.isArray(d[s.collection]) ? [...(d[s.collection] as unknown[])] : [];
  d[s.collection] = list;
  const i = list.length > 0 ? s.pick % list.length : 0;
  const item = (): Json => {
    const copy = copyOf(list[i]);
    list[i] = copy;
    return copy;
  };
  const events = [...((d.events as Json[] | undefined) ?? [])];
  const e = (): Json => {
    d.events = events;
    const k = events.length > 0 ? s.pick % events.length : 0;
    const copy = copyOf(events[k]);
    events[k] = copy;
    return copy;
  };
  const key = (o: Json) => {
    const keys = Object.keys(o);
    return keys[s.pick2 % Math.max(keys.length, 1)] ?? 'id';
  };
  const kind: Mutation = s.kind;
  switch (kind) {
    case 'deleteField': {
      const o = item();
      delete o[key(o)];
      break;
    }
    case 'changeType': {
      const o = item();
      o[key(o)] = s.value;
      break;
    }
    case 'garbageDate': {
      const o = e();
      const date = copyOf(o.date);
      date[s.pick2 % 2 ? 'end' : 'start'] = s.value;
      o.date = date;
      break;
    }
    case 'duplicateItem':
      list.push(list[i]);
      break;
    case 'copyId': {
      const other = list[s.pick2 % Math.max(list.length, 1)] as Json | undefined;
      item().id = other?.id;
      break;
    }
    case 'unknownPlace': {
      const o = e();
      o.places = ['atlantis', ...(Array.isArray(o.places) ? o.places : [])];
      break;
    }
    case 'unknownArticle':
      e().sources = [{ article: 'no-such-article', excerpt: 'x' }];
      break;
    case 'hugeTime':
      e()[s.pick2 % 2 ? 't0' : 't1'] = s.pick2 % 3 ? 1e20 : s.value;
      break;
    case 'swapTimes': {
      const o = e();
      [o.t0, o.t1] = [o.t1, o.t0];
      break;
    }
    case 'badAdmin':
      e().admins = { us: ['lopez-obrador'], mx: [s.value] };
      break;
    case 'invisibleText': {
      const o = e();
      o.title = `\u202E${String(o.title)}\u200B\u0000`;
      break;
    }
    case 'tooLong':
      e().summary = 'x'.repeat(901 + (s.pick2 % 100));
      break;
    case 'extraKey':
      item().unexpected = s.value;
      break;
    case 'dropCollection':
      delete d[s.collection];
      break;
    case 'emptyCollection':
      d[s.collection] = [];
      break;
    case 'wrongVersion':
      d.version = s.value;
      break;
    case 'precision': {
      const o = e();
      o.date = { ...copyOf(o.date), precision: ['day', 'month', 'year', 'week'][s.pick2 % 4] };
      break;
    }
    case 'replaceItem':
      list[i] = s.value;
      break;
  }
  return d;
}

const damage = fc.record({
  steps: fc.array(step, { minLength: 1, maxLength: 3 }),
  asText: fc.boolean(),
  /** Most runs damage a window of the real events (the whole file takes ~5 ms to check). */
  whole: fc.integer({ min: 0, max: 29 }).map((n) => n === 0),
  from: fc.nat({ max: BUILT_IN.events.length - 1 }),
});

/**
 * The real dataset, or eight of its events with every article, place and administration
 * (narratives point at events a window may leave out, so a window has none).
 */
function realData(whole: boolean, from: number): Json {
  const base = BUILT_IN as unknown as Json;
  if (whole) return base;
  return { ...base, events: BUILT_IN.events.slice(from, from + 8), narratives: [] };
}

describe('random damage to the real dataset', () => {
  it('loads or gives readable errors with a path, never throws', () => {
    let loaded = 0;
    const pristine = JSON.stringify(BUILT_IN);
    fc.assert(
      fc.property(damage, ({ steps, asText, whole, from }) => {
        const broken = steps.reduce(mutate, realData(whole, from));
        // Half the runs go through the text path (JSON.stringify → importJson); the rest hand
        // over the value itself (mutate copies whatever it damages, so sharing is safe).
        const r = asText ? importJson(JSON.stringify(broken)) : importJsonValue(broken);
        if (r.dataset) {
          loaded += 1;
          expect(DatasetSchema.safeParse(r.dataset).success).toBe(true);
          expect(r.errors).toEqual([]);
          return;
        }
        expect(r.errors.length).toBeGreaterThan(0);
        for (const err of r.errors) {
          expect(err.path).toBeDefined();
          const text = say(err);
          expect(text.startsWith(`${err.path || 'the whole file'}: `)).toBe(true);
          expect(text.length).toBeLessThan(500);
          expect(err.path).toMatch(/^([a-z]+( › .+)?)?$/);
        }
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 1000) },
    );
    expect(loaded).toBeGreaterThan(0);
    // No run may have changed the shared real data.
    expect(JSON.stringify(BUILT_IN)).toBe(pristine);
  }, 60_000);
});
