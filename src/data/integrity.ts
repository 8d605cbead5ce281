/**
 * Checks a dataset's parts against each other: unique ids, references that resolve, dates that
 * agree with their bounds, terms that end after they start. Run by the schema itself, so the
 * compiler and the app (built-in or imported data) refuse exactly the same things.
 */
import { dateBounds, periodBounds } from './calendar';
import type { Dataset } from './schema';

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
      e.admins[country].forEach((id, j) => {
        const c = admins.get(id);
        if (!c)
          out.push({ path: at('admins', country, j), message: `unknown administration "${id}"` });
        else if (c.toLowerCase() !== country)
          out.push({ path: at('admins', country, j), message: `"${id}" is not a ${c} presidency` });
      });
    }
  });

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
