import { describe, expect, it } from 'vitest';
import { fixtureDataset } from '../../tests/fixtures';
import { DatasetSchema } from './schema';

const events = fixtureDataset.events;
const first = events[0] as (typeof events)[number];
const messages = (d: unknown) => {
  const r = DatasetSchema.safeParse(d);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('DatasetSchema guards the app as strictly as the compiler', () => {
  it('accepts the fixture', () => {
    expect(messages(fixtureDataset)).toEqual([]);
  });
  it('refuses instants the app cannot draw', () => {
    expect(
      messages({ ...fixtureDataset, events: [{ ...first, t0: 1e20 }, ...events.slice(1)] })[0],
    ).toMatch(/^events.0.t0: Too big/);
  });
  it('refuses bad calendar dates and bounds that contradict them', () => {
    const bad = { ...first, date: { ...first.date, start: 'garbage' } };
    expect(messages({ ...fixtureDataset, events: [bad, ...events.slice(1)] })[0]).toMatch(
      /^events.0.date.start: "garbage" does not match precision/,
    );
    const shifted = { ...first, t1: first.t1 + 86_400_000 };
    expect(messages({ ...fixtureDataset, events: [shifted, ...events.slice(1)] })).toContain(
      'events.0.t0: t0/t1 do not match the date',
    );
    const reversed = { ...first, t1: first.t0 - 1 };
    expect(messages({ ...fixtureDataset, events: [reversed, ...events.slice(1)] })).toContain(
      'events.0.t1: t1 must be after t0',
    );
  });
  it('refuses duplicate ids and references that do not resolve', () => {
    const dup = messages({ ...fixtureDataset, events: [first, ...events] });
    expect(dup).toContain(`events.1.id: duplicate event id "${first.id}"`);
    const unknown = { ...first, places: ['atlantis'], admins: { us: ['nobody'], mx: [] } };
    expect(messages({ ...fixtureDataset, events: [unknown, ...events.slice(1)] })).toEqual([
      'events.0.places.0: unknown place "atlantis"',
      'events.0.admins.us.0: unknown administration "nobody"',
    ]);
  });
  it('refuses an empty dataset', () => {
    expect(messages({ ...fixtureDataset, events: [] })).toEqual([
      'events: the dataset holds no events',
    ]);
  });
});
