/** One problem in data/, located as precisely as possible: file › record › field: reason. */
export interface DataError {
  file: string;
  /** The record the problem is in, named by what it is: "event 2018-…", "place tijuana". */
  record?: { noun: RecordNoun; id: string };
  field?: string;
  reason: string;
}

export type RecordNoun = 'article' | 'administration' | 'place' | 'event' | 'narrative' | 'record';

export function formatError(e: DataError): string {
  const where = [e.file, e.record && `${e.record.noun} ${e.record.id}`, e.field]
    .filter(Boolean)
    .join(' › ');
  return `${where}: ${e.reason}`;
}
