/**
 * Parse a JSON array file record by record, so one bad record is reported once and the others
 * still load: a bad latitude names its place, and events pointing at that place are not also
 * reported as pointing at an unknown one.
 */
import type { z } from 'zod';
import type { DataError, RecordNoun } from './dataError';

export interface ParsedRecords<T> {
  records: T[];
  /** Ids of records that exist but failed validation: references to them are not re-reported. */
  broken: Set<string>;
}

export function parseRecords<T extends { id: string }>(
  schema: z.ZodType<T>,
  input: { file: string; json: unknown },
  noun: RecordNoun,
  errors: DataError[],
): ParsedRecords<T> {
  const out: ParsedRecords<T> = { records: [], broken: new Set() };
  if (!Array.isArray(input.json)) {
    errors.push({ file: input.file, reason: `expected a JSON array of ${noun}s` });
    return out;
  }
  const seen = new Set<string>();
  input.json.forEach((raw: unknown, i) => {
    const rawId =
      raw && typeof raw === 'object' && 'id' in raw && typeof raw.id === 'string'
        ? raw.id
        : undefined;
    const record = { noun, id: rawId ?? `#${i + 1}` };
    const parsed = schema.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        errors.push({
          file: input.file,
          record,
          ...(issue.path.length ? { field: issue.path.join('.') } : {}),
          reason: issue.message,
        });
      if (rawId) out.broken.add(rawId);
      return;
    }
    if (seen.has(parsed.data.id)) {
      errors.push({ file: input.file, record, field: 'id', reason: `duplicate ${noun} id` });
      return;
    }
    seen.add(parsed.data.id);
    out.records.push(parsed.data);
  });
  return out;
}
