/**
 * Checks a dataset's parts against each other: unique ids, references that resolve, dates that
 * agree with their bounds, terms that end after they start and follow one another without
 * overlapping or leaving a gap an event falls in, presidency tags that agree with the date. Run by
 * the schema itself, so the compiler and the app (built-in or imported data) refuse exactly the
 * same things.
 */
import { dateBounds, periodBounds } from './calendar';
import type { Administration, Dataset } from './records';
import { successiveTerms, termBounds } from './terms';

export interface IntegrityIssue {
  path: (string | number)[];
  message: string;
}

function uniqueIds(
  items: readonly { id: string }[],
  key: string,
  noun: string,
  out: IntegrityIssue[],
) {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (seen.has(item.id))
      out.push({ path: [key, i, 'id'], message: `duplicate ${noun} id "${item.id}"` });
    seen.add(item.id);
  });
}

const day = (s: string) => periodBounds(s, 'day');
const isoDay = (t: number) => new Date(t).toISOString().slice(0, 10);
const COUNTRIES = ['US', 'MX'] as const;

interface Terms {
  /** The country's terms as instants, in order. */
  terms: { id: string; t0: number; t1: number }[];
  /** Days between two terms that no term covers: [t0, t1) with the terms either side. */
  gaps: { t0: number; t1: number; before: string; after: string; index: number }[];
  /** False when terms overlap: the tags derived from them mean nothing, so are not checked. */
  sound: boolean;
}

/** Overlapping terms are refused; gaps are kept to find the events that fall in them. */
function checkTerms(
  admins: readonly Administration[],
  country: (typeof COUNTRIES)[number],
  out: IntegrityIssue[],
): Terms {
  const index = new Map(admins.map((a, i) => [a, i]));
  const valid = admins.filter((a) => termBounds(a).t1 > termBounds(a).t0);
  const result: Terms = { terms: [], gaps: [], sound: true };
  for (const { before, after } of successiveTerms(valid, country)) {
    const b = termBounds(before);
    const a = termBounds(after);
    if (a.t0 < b.t1) {
      result.sound = false;
      out.push({
        path: ['administrations', index.get(after) ?? 0, 'start'],
        message: `${country} terms overlap: "${after.id}" starts on ${after.start}, before "${before.id}" ends (${before.end}); one president a day`,
      });
    } else if (a.t0 > b.t1)
      result.gaps.push({
        t0: b.t1,
        t1: a.t0,
        before: before.id,
        after: after.id,
        index: index.get(after) ?? 0,
      });
  }
  result.terms = valid
    .filter((a) => a.country === country)
    .map((a) => ({ id: a.id, ...termBounds(a) }));
  return result;
}

const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((x, i) => x === b[i]);

export function datasetIntegrityIssues(d: Dataset): IntegrityIssue[] {
  const out: IntegrityIssue[] = [];
  uniqueIds(d.articles, 'articles', 'article', out);
  uniqueIds(d.administrations, 'administrations', 'administration', out);
  uniqueIds(d.places, 'places', 'place', out);
  uniqueIds(d.events, 'events', 'event', out);
  uniqueIds(d.narratives, 'narratives', 'narrative', out);

  d.administrations.forEach((a, i) => {
    const s = day(a.start);
    const e = day(a.end);
    if ('t0' in s && 't0' in e && e.t0 < s.t0)
      out.push({
        path: ['administrations', i, 'end'],
        message: `term ends (${a.end}) before it starts (${a.start})`,
      });
  });

  const terms = Object.fromEntries(
    COUNTRIES.map((c) => [c, checkTerms(d.administrations, c, out)]),
  ) as Record<(typeof COUNTRIES)[number], Terms>;
  const inGap = new Map<Terms['gaps'][number], string[]>();

  const articles = new Set(d.articles.map((a) => a.id));
  const places = new Set(d.places.map((p) => p.id));
  const admins = new Map(d.administrations.map((a) => [a.id, a.country]));
  const events = new Set(d.events.map((e) => e.id));

  d.events.forEach((e, i) => {
    const at = (...rest: (string | number)[]) => ['events', i, ...rest];
    const bounds = dateBounds(e.date);
    if ('error' in bounds) out.push({ path: at('date', bounds.field), message: bounds.error });
    else if (bounds.t0 !== e.t0 || bounds.t1 !== e.t1)
      out.push({ path: at('t0'), message: 't0/t1 do not match the date' });
    if (e.date.relative && !articles.has(e.date.relative.article))
      out.push({
        path: at('date', 'relative', 'article'),
        message: `unknown article "${e.date.relative.article}"`,
      });
    e.places.forEach((p, j) => {
      if (!places.has(p)) out.push({ path: at('places', j), message: `unknown place "${p}"` });
    });
    e.sources.forEach((s, j) => {
      if (!articles.has(s.article))
        out.push({
          path: at('sources', j, 'article'),
          message: `unknown article "${s.article}"`,
        });
    });
    for (const country of ['us', 'mx'] as const) {
      let known = true;
      e.admins[country].forEach((id, j) => {
        const c = admins.get(id);
        known &&= c?.toLowerCase() === country;
        if (!c)
          out.push({ path: at('admins', country, j), message: `unknown administration "${id}"` });
        else if (c.toLowerCase() !== country)
          out.push({ path: at('admins', country, j), message: `"${id}" is not a ${c} presidency` });
      });
      const t = terms[country === 'us' ? 'US' : 'MX'];
      if ('error' in bounds || !t.sound) continue;
      for (const gap of t.gaps)
        if (gap.t0 < bounds.t1 && bounds.t0 < gap.t1)
          inGap.set(gap, [...(inGap.get(gap) ?? []), e.id]);
      if (!known || e.admins.reason) continue;
      const expected = t.terms.filter((x) => x.t0 < bounds.t1 && bounds.t0 < x.t1).map((x) => x.id);
      if (!sameList(e.admins[country], expected))
        out.push({
          path: at('admins', country),
          message: `[${e.admins[country].join(', ')}] does not match the date, which falls in the terms of [${expected.join(', ')}]; presidencies set by hand need a reason`,
        });
    }
  });
  for (const country of COUNTRIES)
    for (const gap of terms[country].gaps) {
      const ids = inGap.get(gap);
      if (ids)
        out.push({
          path: ['administrations', gap.index, 'start'],
          message: `no ${country} term covers ${isoDay(gap.t0)} – ${isoDay(gap.t1 - 1)} (between "${gap.before}" and "${gap.after}"), yet ${ids.length === 1 ? 'an event falls' : `${ids.length} events fall`} in it: ${ids.slice(0, 3).join(', ')}${ids.length > 3 ? ', …' : ''}`,
        });
    }

  d.narratives.forEach((n, i) => {
    n.steps.forEach((step, j) => {
      const at = (...rest: (string | number)[]) => ['narratives', i, 'steps', j, ...rest];
      if (step.event && !events.has(step.event))
        out.push({ path: at('event'), message: `unknown event "${step.event}"` });
      if (step.place && !places.has(step.place))
        out.push({ path: at('place'), message: `unknown place "${step.place}"` });
      for (const key of ['view', 'window'] as const) {
        const r = step[key];
        if (!r) continue;
        const a = day(r.start);
        const b = day(r.end);
        if ('t0' in a && 't0' in b && b.t0 < a.t0)
          out.push({ path: at(key, 'end'), message: `end ${r.end} is before start ${r.start}` });
      }
    });
  });
  return out;
}
