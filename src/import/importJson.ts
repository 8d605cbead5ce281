/**
 * A Frontera JSON file (the compiled format, public/data/frontera.schema.json) parsed with the
 * same DatasetSchema as the built-in data. All or nothing: JSON has no rows to leave out.
 */
import { DatasetSchema } from '../data/schema';
import { IssueList } from './issues';
import { capText, cleanText, stripUnsafe } from './text';
import { type ImportResult, LIMITS } from './types';
import { describePath, issueText } from './zodMessages';

const MAX_DEPTH = 16;

/**
 * Removes control, bidi and zero-width characters from every string in place; returns how many
 * strings changed. Deeper than any dataset goes, values are left for the schema to refuse.
 */
function scrub(value: unknown, depth = 0): number {
  if (depth > MAX_DEPTH || typeof value !== 'object' || value === null) return 0;
  let changed = 0;
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (key === '__proto__') continue;
    const v = record[key];
    if (typeof v === 'string') {
      const clean = stripUnsafe(v);
      if (clean !== v) {
        record[key] = clean;
        changed += 1;
      }
    } else changed += scrub(v, depth + 1);
  }
  return changed;
}

export function importJson(raw: string, fileName = 'imported file'): ImportResult {
  const errors = new IssueList('error');
  if (raw.length > LIMITS.maxChars) {
    errors.file('tooLarge', { chars: raw.length, max: LIMITS.maxChars });
    return failed(errors, fileName);
  }
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  if (text.trim() === '') {
    errors.file('empty');
    return failed(errors, fileName);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    errors.file('notJson', { detail: capText(cleanText(String((e as Error).message)), 200) });
    return failed(errors, fileName);
  }
  return importJsonValue(json, fileName);
}

/** An already-parsed JSON value (scrubbed in place) checked as a dataset. */
export function importJsonValue(json: unknown, fileName = 'imported file'): ImportResult {
  const errors = new IssueList('error');
  const warnings = new IssueList('warning');
  const done = (dataset: ImportResult['dataset'] = null): ImportResult => ({
    dataset,
    events: dataset ? dataset.events.length : null,
    validRows: dataset?.events.length ?? 0,
    errors: errors.list(),
    warnings: warnings.list(),
    droppedRows: [],
    fileName,
  });
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    errors.file('notDataset');
    return done();
  }
  const changed = scrub(json);
  if (changed > 0) warnings.file('invisibleRemoved', { count: changed });
  const parsed = DatasetSchema.safeParse(json);
  if (parsed.success) return done(parsed.data);
  for (const issue of parsed.error.issues)
    errors.at(describePath(issue.path, json), 'schema', { detail: issueText(issue) });
  return done();
}

function failed(errors: IssueList, fileName: string): ImportResult {
  return {
    dataset: null,
    events: null,
    validRows: 0,
    errors: errors.list(),
    warnings: [],
    droppedRows: [],
    fileName,
  };
}
