/** Story-mode narratives: shape, references, day ranges, and captions in our own words. */
import { type Narrative, NarrativeSchema } from '../../src/data/schema';
import { copiedRun } from './copyCheck';
import type { DataError } from './dataError';

export interface NarrativeContext {
  events: ReadonlySet<string>;
  places: ReadonlySet<string>;
  /** Shingles of every article (a narrative draws on all of them); null without the texts. */
  shingles: readonly ReadonlySet<string>[] | null;
  allowedPhrases: readonly string[];
}

export function compileNarratives(
  files: readonly { file: string; json: unknown }[],
  ctx: NarrativeContext,
  errors: DataError[],
): Narrative[] {
  const out: Narrative[] = [];
  for (const f of files) {
    const id = f.json && typeof f.json === 'object' && 'id' in f.json ? String(f.json.id) : f.file;
    const record = { noun: 'narrative' as const, id };
    const err = (field: string, reason: string) =>
      errors.push({ file: f.file, record, field, reason });
    const parsed = NarrativeSchema.safeParse(f.json);
    if (!parsed.success) {
      for (const i of parsed.error.issues) err(i.path.join('.'), i.message);
      continue;
    }
    const n = parsed.data;
    const own: [string, string][] = [
      ['title', n.title],
      ['description', n.description],
    ];
    n.steps.forEach((step, i) => {
      if (step.event && !ctx.events.has(step.event))
        err(`steps.${i}.event`, `unknown event "${step.event}"`);
      if (step.place && !ctx.places.has(step.place))
        err(`steps.${i}.place`, `unknown place "${step.place}"`);
      for (const key of ['view', 'window'] as const) {
        const r = step[key];
        if (r && r.end < r.start)
          err(`steps.${i}.${key}.end`, `end ${r.end} is before start ${r.start}`);
      }
      own.push([`steps.${i}.title`, step.title], [`steps.${i}.caption`, step.caption]);
    });
    for (const [field, text] of own) {
      const run = ctx.shingles?.map((sh) => copiedRun(text, sh, ctx.allowedPhrases)).find(Boolean);
      if (run) err(field, `repeats an article word for word ("${run}"): use our own words`);
    }
    if (out.some((o) => o.id === n.id)) err('id', `duplicate narrative id "${n.id}"`);
    else out.push(n);
  }
  return out;
}
