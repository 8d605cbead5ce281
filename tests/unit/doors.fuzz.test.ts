/**
 * Hostile input from the two doors anyone can open — a link and a host page's postMessage —
 * never throws and never leaves the reader in a state the dataset cannot show.
 */
import fc from 'fast-check';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createSession } from '../../src/session/SessionProvider';
import type { SessionState } from '../../src/session/state';
import { URL_TABLE } from '../../src/session/url/table';
import { InboundMessageSchema } from '../../src/views/embed/inboundMessage';
import { fixtureDataset } from '../fixtures';

const session = (address = '') => createSession(fixtureDataset, address);
beforeEach(() => {
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});
const { model } = session();
const events = new Set(fixtureDataset.events.map((e) => e.id));
const places = new Set(fixtureDataset.places.map((p) => p.id));
const admins = new Set(fixtureDataset.administrations.map((a) => a.id));

/** What must hold, whatever came in. */
function expectShowable(s: SessionState) {
  expect(s.selectedEventId === null || events.has(s.selectedEventId)).toBe(true);
  expect(s.selectedPlaceId === null || places.has(s.selectedPlaceId)).toBe(true);
  for (const id of [...s.filters.us, ...s.filters.mx]) expect(admins.has(id)).toBe(true);
  for (const id of s.filters.places) expect(places.has(id)).toBe(true);
  expect(Number.isFinite(s.playhead)).toBe(true);
  expect(s.playhead).toBeGreaterThanOrEqual(Date.UTC(1900, 0, 1));
  expect(s.playhead).toBeLessThanOrEqual(Date.UTC(2100, 0, 2));
  expect(s.view[1]).toBeGreaterThan(s.view[0]);
  if (s.window) expect(s.window[1]).toBeGreaterThan(s.window[0]);
  if (s.story) {
    const n = model.narrativesById.get(s.story.id);
    expect(n).toBeDefined();
    expect(s.story.step).toBeGreaterThanOrEqual(0);
    expect(s.story.step).toBeLessThan(n?.steps.length ?? 0);
  }
}

const keys = [...URL_TABLE.map((r) => r.key), 'zzz', 'event[]', ''];
const values = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.constantFrom(
    'tear-gas',
    'mpp',
    '2018-11-25',
    'san-ysidro-poe',
    'trump,nobody',
    '2018-02-30',
    '9999-99-99',
    '0000-00-00',
    '2018-11-25..2018-11-01',
    '999,999,999',
    'southern-border:999',
    'no-such-story:2',
    '<script>alert(1)</script>',
    '\u202Egnp.exe',
    'x'.repeat(5000),
  ),
);
const query = fc
  .array(fc.tuple(fc.constantFrom(...keys), values), { maxLength: 8 })
  .map(
    (pairs) =>
      `?${pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&')}`,
  );

describe('fuzzing the doors', () => {
  it('1,000 random links each start — or, followed with Back, bring — a state the dataset can show', () => {
    fc.assert(
      fc.property(query, query, (first, second) => {
        const s = session(first);
        expectShowable(s.store.getState());
        s.actions.followAddress(second);
        expectShowable(s.store.getState());
      }),
      { numRuns: 1000 },
    );
  }, 60_000);

  it('1,000 random postMessage payloads are refused or carried out safely', () => {
    const payload = fc.oneof(
      fc.anything(),
      fc.record({ type: fc.constant('frontera:select-event'), id: values }),
      fc.record({ type: fc.constant('frontera:goto-date'), date: values }),
      fc.record({
        type: fc.constant('frontera:story-step'),
        step: fc.oneof(fc.integer({ min: -5, max: 2000 }), fc.double(), values),
      }),
      fc.record({ type: fc.constant('frontera:resize'), height: fc.double() }),
    );
    let accepted = 0;
    fc.assert(
      fc.property(payload, (data) => {
        const parsed = InboundMessageSchema.safeParse(data);
        if (!parsed.success) return;
        accepted++;
        const { store, actions } = session();
        const m = parsed.data;
        if (m.type === 'frontera:select-event') actions.selectEvent(m.id);
        else if (m.type === 'frontera:goto-date') actions.goToDate(m.date);
        else actions.storyStep(fixtureDataset.narratives[0]?.id ?? 'none', m.step - 1);
        expectShowable(store.getState());
      }),
      { numRuns: 1000 },
    );
    expect(accepted).toBeGreaterThan(0);
  }, 60_000);
});
