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
    const unknown = { ...first, places: ['atlantis'], admins: { ...first.admins, us: ['nobody'] } };
    expect(messages({ ...fixtureDataset, events: [unknown, ...events.slice(1)] })).toEqual([
      'events.0.places.0: unknown place "atlantis"',
      'events.0.admins.us.0: unknown administration "nobody"',
    ]);
  });
  it('refuses terms of one country that overlap (Obama to mid-2018, Trump to 2030)', () => {
    const moved = (id: string, end: string) =>
      fixtureDataset.administrations.map((a) => (a.id === id ? { ...a, end } : a));
    expect(
      messages({ ...fixtureDataset, administrations: moved('obama', '2018-06-01') }),
    ).toContain(
      'administrations.1.start: US terms overlap: "trump" starts on 2017-01-20, before "obama" ends (2018-06-01); one president a day',
    );
    expect(messages({ ...fixtureDataset, administrations: moved('trump', '2030-01-19') })).toEqual([
      'administrations.2.start: US terms overlap: "biden" starts on 2021-01-20, before "trump" ends (2030-01-19); one president a day',
    ]);
  });
  it('refuses a gap between terms when an event falls in it, and allows one no event touches', () => {
    // The fixture's DHS memos event is dated 2017-02-21.
    const late = fixtureDataset.administrations.map((a) =>
      a.id === 'trump' ? { ...a, start: '2017-02-28' } : a,
    );
    expect(messages({ ...fixtureDataset, administrations: late })).toContain(
      'administrations.1.start: no US term covers 2017-01-20 – 2017-02-27 (between "obama" and "trump"), yet an event falls in it: memo',
    );
    // Biden's term starting a week late leaves a gap no fixture event falls in: accepted.
    const quiet = fixtureDataset.administrations.map((a) =>
      a.id === 'biden' ? { ...a, start: '2021-01-27' } : a,
    );
    expect(messages({ ...fixtureDataset, administrations: quiet })).toEqual([]);
  });
  it('refuses presidency tags that contradict the date, unless editors give a reason', () => {
    const wrong = { ...first, admins: { ...first.admins, us: ['biden'] } };
    expect(messages({ ...fixtureDataset, events: [wrong, ...events.slice(1)] })).toEqual([
      `events.0.admins.us: [biden] does not match the date, which falls in the terms of [${first.admins.us.join(', ')}]; presidencies set by hand need a reason`,
    ]);
    const set = { ...wrong, admins: { ...wrong.admins, reason: 'The text ties it to Biden.' } };
    expect(messages({ ...fixtureDataset, events: [set, ...events.slice(1)] })).toEqual([]);
  });
  it('refuses an empty dataset', () => {
    expect(messages({ ...fixtureDataset, events: [] })).toEqual([
      'events: the dataset holds no events',
    ]);
  });
});
