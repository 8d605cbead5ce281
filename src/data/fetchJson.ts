import type { z } from 'zod';

/**
 * A load failure the UI can explain: what was fetched and what went wrong. Each kind gets its own
 * advice: the server unreachable, too slow, the file missing, the server failing, the file
 * damaged, or not in the expected shape.
 */
export type LoadFailure = 'network' | 'timeout' | 'missing' | 'server' | 'json' | 'schema';

export class DataLoadError extends Error {
  constructor(
    readonly url: string,
    readonly kind: LoadFailure,
    detail: string,
  ) {
    super(detail);
    this.name = 'DataLoadError';
  }
}

export interface FetchOptions {
  /** Give up after this long (the reader gets a retry, not an endless "Loading…"). */
  timeoutMs?: number;
  /** Bytes received so far and the total when the server says it. */
  onProgress?: (received: number, total: number | null) => void;
  /**
   * The SHA-384 the build recorded ("sha384-…", as in Subresource Integrity): the body is hashed
   * in the page (WebCrypto, while it is decoded and parsed) and refused, as a network error, if
   * it differs. Needs `crypto.subtle` (a secure context).
   */
  checkHash?: string;
}

const MAX_DETAIL = 600;

function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`.slice(0, 200))
    .join('\n');
}

/** The body as text, counting bytes as they arrive (a few dozen chunks, even for 60 MB). */
async function readBody(response: Response, onProgress?: FetchOptions['onProgress']) {
  // A compressed response's length counts compressed bytes; the reader sees them decoded.
  const encoded = (response.headers.get('content-encoding') ?? 'identity') !== 'identity';
  const total = encoded ? null : Number(response.headers.get('content-length')) || null;
  if (!onProgress || !response.body) return response.text();
  const reader = response.body.getReader();
  // Decoded as it arrives: no second 60 MB buffer to copy the chunks into, and a character
  // split between two chunks is joined by the streaming decoder.
  const decoder = new TextDecoder();
  const parts: string[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    parts.push(decoder.decode(value, { stream: true }));
    received += value.byteLength;
    onProgress(received, total);
  }
  parts.push(decoder.decode());
  return parts.join('');
}

const base64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));

/**
 * Whether `bytes` hash to `expected`. The browser's own check (fetch's `integrity`) holds the whole
 * body until it is hashed and only then hands it over: 0.85 s, then 1.0–1.2 s more to read it, for
 * 64 MB; here WebCrypto hashes the bytes while the page decodes and parses them.
 */
async function checkDigest(url: string, bytes: ArrayBuffer, expected: string): Promise<void> {
  // A view of the bytes: some WebCrypto implementations refuse a buffer made in another realm.
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-384', new Uint8Array(bytes)));
  if (`sha384-${base64(digest)}` !== expected)
    throw new DataLoadError(url, 'network', `${url} is not the file this page was built with`);
}

/** Fetch JSON and validate it; never hands unvalidated data to the app. */
export async function fetchJson<T>(
  url: string,
  schema: z.ZodType<T>,
  options: FetchOptions = {},
): Promise<T> {
  return parseJson(url, await fetchJsonValue(url, options), schema);
}

/**
 * Fetch and parse JSON, telling the failures apart, without checking its shape: only for a file
 * whose recorded hash is checked (`checkHash`), or before validating it.
 */
export async function fetchJsonValue(
  url: string,
  { timeoutMs = 20_000, onProgress, checkHash }: FetchOptions = {},
): Promise<unknown> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  let text: string;
  let verified: Promise<void> = Promise.resolve();
  try {
    let response: Response;
    try {
      response = await fetch(url, { signal: controller.signal });
    } catch (e) {
      if (controller.signal.aborted)
        throw new DataLoadError(url, 'timeout', `${url}: no answer after ${timeoutMs / 1000} s`);
      throw new DataLoadError(url, 'network', `Could not reach ${url}: ${(e as Error).message}`);
    }
    if (!response.ok) {
      const what = `${url} answered ${response.status} ${response.statusText}`.trim();
      throw new DataLoadError(url, response.status >= 500 ? 'server' : 'missing', what);
    }
    // A static server that answers every path with the app's page: the file is missing.
    if ((response.headers.get('content-type') ?? '').includes('text/html'))
      throw new DataLoadError(
        url,
        'missing',
        `${url} is not on the server (got a web page instead)`,
      );
    try {
      if (checkHash) {
        const bytes = await response.arrayBuffer();
        onProgress?.(bytes.byteLength, bytes.byteLength);
        verified = checkDigest(url, bytes, checkHash);
        // Caught here until the hash is known: a file that is not the built one says so first.
        verified.catch(() => {});
        text = new TextDecoder().decode(bytes);
      } else text = await readBody(response, onProgress);
    } catch (e) {
      if (controller.signal.aborted)
        throw new DataLoadError(
          url,
          'timeout',
          `${url}: still arriving after ${timeoutMs / 1000} s`,
        );
      throw new DataLoadError(
        url,
        'network',
        `${url}: the download broke off (${(e as Error).message})`,
      );
    }
  } finally {
    clearTimeout(timer);
  }
  let value: unknown;
  try {
    value = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    await verified;
    throw new DataLoadError(
      url,
      'json',
      `${url} is not valid JSON: ${(e as Error).message}`.slice(0, MAX_DETAIL),
    );
  }
  await verified;
  return value;
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
