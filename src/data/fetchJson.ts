import type { z } from 'zod';

/** A load failure the UI can explain: what was fetched and what went wrong. */
export class DataLoadError extends Error {
  constructor(
    readonly url: string,
    readonly kind: 'network' | 'http' | 'json' | 'schema',
    detail: string,
  ) {
    super(detail);
    this.name = 'DataLoadError';
  }
}

function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`)
    .join('\n');
}

/** Fetch JSON and validate it; never hands unvalidated data to the app. */
export async function fetchJson<T>(
  url: string,
  schema: z.ZodType<T>,
  signal?: AbortSignal,
): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, signal ? { signal } : undefined);
  } catch (e) {
    throw new DataLoadError(url, 'network', `Could not reach ${url}: ${(e as Error).message}`);
  }
  if (!response.ok) {
    throw new DataLoadError(
      url,
      'http',
      `${url} answered ${response.status} ${response.statusText}`.trim(),
    );
  }
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    throw new DataLoadError(url, 'json', `${url} is not valid JSON`);
  }
  return parseJson(url, json, schema);
}

/** Validate already-loaded JSON (fetched, or compiled into a single-file build). */
export function parseJson<T>(url: string, json: unknown, schema: z.ZodType<T>): T {
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    throw new DataLoadError(
      url,
      'schema',
      `${url} does not match the Frontera schema:\n${describeIssues(parsed.error)}`,
    );
  }
  return parsed.data;
}
