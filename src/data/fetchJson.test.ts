import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { DataLoadError, fetchJson } from './fetchJson';

const schema = z.object({ ok: z.literal(true) });
const respond = (body: string, init: ResponseInit & { headers?: Record<string, string> } = {}) =>
  vi.spyOn(globalThis, 'fetch').mockResolvedValue(new Response(body, init));
const kind = async (p: Promise<unknown>) => {
  try {
    await p;
    return 'loaded';
  } catch (e) {
    return e instanceof DataLoadError ? e.kind : 'other';
  }
};

afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
});

describe('fetchJson tells failures apart', () => {
  it('loads valid JSON, with or without a byte-order mark', async () => {
    respond('\uFEFF{"ok":true}', { headers: { 'content-type': 'application/json' } });
    await expect(fetchJson('d.json', schema)).resolves.toEqual({ ok: true });
  });
  it('missing (404, or a web page where the file should be), server error, damaged, wrong shape', async () => {
    respond('not found', { status: 404 });
    expect(await kind(fetchJson('d.json', schema))).toBe('missing');
    respond('<!doctype html>', { headers: { 'content-type': 'text/html' } });
    expect(await kind(fetchJson('d.json', schema))).toBe('missing');
    respond('oops', { status: 500 });
    expect(await kind(fetchJson('d.json', schema))).toBe('server');
    respond('{"ok":tru', { headers: { 'content-type': 'application/json' } });
    expect(await kind(fetchJson('d.json', schema))).toBe('json');
    respond('{"ok":false}', { headers: { 'content-type': 'application/json' } });
    expect(await kind(fetchJson('d.json', schema))).toBe('schema');
  });
  it('unreachable, and too slow', async () => {
    vi.spyOn(globalThis, 'fetch').mockRejectedValue(new TypeError('Failed to fetch'));
    expect(await kind(fetchJson('d.json', schema))).toBe('network');
    vi.spyOn(globalThis, 'fetch').mockImplementation(
      (_url, init) =>
        new Promise((_resolve, reject) =>
          init?.signal?.addEventListener('abort', () =>
            reject(new DOMException('aborted', 'AbortError')),
          ),
        ),
    );
    expect(await kind(fetchJson('d.json', schema, { timeoutMs: 20 }))).toBe('timeout');
  });
});

describe('fetchJson reading a body in chunks', () => {
  it('joins a character split between two chunks, and counts every byte', async () => {
    const bytes = new TextEncoder().encode('{"ok":true,"name":"Peña – Juárez"}');
    const cut = bytes.indexOf(0xc3) + 1; // inside the two bytes of "ñ"
    const body = new ReadableStream<Uint8Array>({
      start(c) {
        c.enqueue(bytes.slice(0, cut));
        c.enqueue(bytes.slice(cut));
        c.close();
      },
    });
    vi.spyOn(globalThis, 'fetch').mockResolvedValue(
      new Response(body, { headers: { 'content-type': 'application/json' } }),
    );
    const seen: number[] = [];
    const loose = z.object({ ok: z.literal(true), name: z.string() });
    await expect(fetchJson('d.json', loose, { onProgress: (n) => seen.push(n) })).resolves.toEqual({
      ok: true,
      name: 'Peña – Juárez',
    });
    expect(seen).toEqual([cut, bytes.length]);
  });
});
