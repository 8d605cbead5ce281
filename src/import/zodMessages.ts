/**
 * zod issues in words a person can act on: "events › 12 (2017-01-25-wall) › date.start: …".
 * The event's id is named when the document has one, so the reader can search for it.
 */
import type { z } from 'zod';
import { capText, cleanText } from './text';

type Path = readonly PropertyKey[];

/** The id at document[key][index], when there is a usable one. */
function idAt(document: unknown, key: PropertyKey, index: PropertyKey): string | undefined {
  if (typeof document !== 'object' || document === null) return undefined;
  const list = (document as Record<PropertyKey, unknown>)[key];
  if (!Array.isArray(list) || typeof index !== 'number') return undefined;
  const item: unknown = list[index];
  if (typeof item !== 'object' || item === null) return undefined;
  const id: unknown = (item as { id?: unknown }).id;
  return typeof id === 'string' && id.trim() !== '' ? capText(cleanText(id), 60) : undefined;
}

/** "events › 12 (id) › date.start" for a path into a dataset document; '' for the whole. */
export function describePath(path: Path, document: unknown): string {
  if (path.length === 0) return '';
  const [key, index, ...rest] = path;
  const head = [String(key)];
  if (index !== undefined) {
    const id = idAt(document, key as PropertyKey, index);
    head.push(id ? `${String(index)} (${id})` : String(index));
  }
  const tail = rest.map(String).join('.');
  return [...head, ...(tail ? [tail] : [])].join(' › ');
}

/** One issue's own words, made plain and short (zod may echo the offending value). */
export function issueText(issue: z.ZodError['issues'][number]): string {
  const text = cleanText(issue.message).replace(
    /^Invalid input: expected (\w+), received undefined$/,
    'missing (expected $1)',
  );
  return capText(text, 300);
}
