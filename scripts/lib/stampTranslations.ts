/**
 * `npm run data -- --stamp <id>…` / `--stamp-unstamped`: writes the "@en" stamps of translated
 * records after a translator has checked them against the English (scripts/lib/englishStamp.ts).
 * Pure: takes the read inputs, returns the files to rewrite.
 */
import type { AuthoredEvent, Narrative, Place } from '../../src/data/schema';
import {
  administrationTexts,
  eventTexts,
  narrativeTexts,
  placeTexts,
  SOURCE_STAMP_KEY,
  type TextField,
} from '../../src/data/translations';
import type { CompileInput } from './compileDataset';
import { stampsFor } from './englishStamp';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const records = (json: unknown): Json[] => (Array.isArray(json) ? json : [json]).filter(isObject);

/** Which records to stamp: the listed ids, or every translated text that has no stamp yet. */
export type StampRequest = { ids: ReadonlySet<string> } | { unstamped: true };

/** JSON as the data files are written, with each record's stamps on one line. */
export function formatTranslationFile(json: unknown): string {
  return `${JSON.stringify(json, null, 2).replace(
    new RegExp(`"${SOURCE_STAMP_KEY}": \\{\\n([^{}]*?)\\n\\s*\\}`, 'g'),
    (_, body: string) =>
      `"${SOURCE_STAMP_KEY}": { ${body
        .split('\n')
        .map((l) => l.trim())
        .join(' ')} }`,
  )}\n`;
}

/** The English texts of every record, by id (events, places, narratives, administrations). */
function englishTexts(input: CompileInput): Map<string, TextField[]> {
  const out = new Map<string, TextField[]>();
  for (const f of input.events)
    for (const e of records(f.json))
      out.set(String(e.id), eventTexts({ figures: [], ...e } as unknown as AuthoredEvent));
  for (const p of records(input.places.json))
    out.set(`place:${String(p.id)}`, placeTexts(p as unknown as Place));
  for (const f of input.narratives ?? [])
    for (const n of records(f.json))
      out.set(
        `narrative:${String(n.id)}`,
        narrativeTexts({ steps: [], ...n } as unknown as Narrative),
      );
  for (const a of records(input.administrations.json))
    out.set(`administration:${String(a.id)}`, administrationTexts(a as never));
  return out;
}

/** The translation files whose stamps change, with their new text; and how many texts were stamped. */
export function stampTranslations(
  input: CompileInput,
  request: StampRequest,
): { files: Record<string, string>; stamped: number } {
  const english = englishTexts(input);
  const files: Record<string, string> = {};
  let stamped = 0;
  const stampFile = (file: { file: string; json: unknown }, prefix: string) => {
    if (!isObject(file.json)) return;
    let changed = false;
    for (const [id, raw] of Object.entries(file.json)) {
      const texts = english.get(`${prefix}${id}`);
      if (!texts || !isObject(raw)) continue;
      const old = isObject(raw[SOURCE_STAMP_KEY]) ? (raw[SOURCE_STAMP_KEY] as Json) : {};
      const translated = texts.filter(
        (t) => typeof raw[t.key] === 'string' && /\S/.test(raw[t.key] as string),
      );
      const fresh = stampsFor(translated);
      const next: Json = {};
      for (const t of translated) {
        const keep = 'unstamped' in request ? old[t.key] : !request.ids.has(id) && old[t.key];
        next[t.key] = keep || fresh[t.key];
        if (next[t.key] !== old[t.key]) stamped++;
      }
      if (JSON.stringify(next) === JSON.stringify(old)) continue;
      const { [SOURCE_STAMP_KEY]: _, ...rest } = raw;
      file.json[id] = Object.keys(next).length ? { ...rest, [SOURCE_STAMP_KEY]: next } : rest;
      changed = true;
    }
    if (changed) files[file.file] = formatTranslationFile(file.json);
  };
  for (const t of input.translations ?? []) {
    for (const f of t.events) stampFile(f, '');
    if (t.places) stampFile(t.places, 'place:');
    if (t.narratives) stampFile(t.narratives, 'narrative:');
    if (t.administrations) stampFile(t.administrations, 'administration:');
  }
  return { files, stamped };
}
