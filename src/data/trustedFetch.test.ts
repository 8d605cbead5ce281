import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { INTEGRITY_META } from './builtinFiles';
import { DataLoadError } from './fetchJson';
import { fetchTrusted } from './trustedFetch';

const body = (value: unknown) => JSON.stringify(value);
const json = (text: string) =>
  new Response(text, { headers: { 'content-type': 'application/json' } });
const sha384 = (text: string) => `sha384-${createHash('sha384').update(text).digest('base64')}`;

function recordHash(url: string, hash: string) {
  const meta = document.createElement('meta');
  meta.name = INTEGRITY_META;
  meta.content = JSON.stringify({ [url]: hash });
  document.head.append(meta);
}

afterEach(() => {
  document.head.querySelector(`meta[name="${INTEGRITY_META}"]`)?.remove();
  vi.unstubAllGlobals();
});

/** A validator that counts its use and accepts objects with ok: true. */
function validator() {
  const used = { n: 0 };
  const load = async () => {
    used.n++;
    const { z } = await import('zod');
    return z.object({ ok: z.literal(true) });
  };
  return { used, load };
}

describe('fetchTrusted', () => {
  it('trusts a file whose bytes hash to the recorded SHA-384: one plain fetch, zod never loads', async () => {
    const text = body({ ok: true });
    recordHash('data/x.json', sha384(text));
    const fetch = vi.fn(async (_: string, _init?: RequestInit) => json(text));
    vi.stubGlobal('fetch', fetch);
    const v = validator();
    expect(await fetchTrusted('data/x.json', v.load)).toEqual({ ok: true });
    expect(fetch).toHaveBeenCalledTimes(1);
    // No `integrity`: the page's preload (made without one) serves this fetch.
    expect(fetch.mock.calls[0]?.[1]?.integrity).toBeUndefined();
    expect(v.used.n).toBe(0);
  });

  it('validates a file that is not the one the page was built with', async () => {
    recordHash('data/x.json', sha384(body({ ok: true })));
    const fetch = vi.fn(async () => json(body({ ok: false })));
    vi.stubGlobal('fetch', fetch);
    const v = validator();
    const error = await fetchTrusted('data/x.json', v.load).catch((e) => e);
    expect(error).toBeInstanceOf(DataLoadError);
    expect((error as DataLoadError).kind).toBe('schema');
    expect(v.used.n).toBe(1);
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('says a changed file is not the built one before it says the file is broken', async () => {
    recordHash('data/x.json', sha384(body({ ok: true })));
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => json('{"ok": tru')),
    );
    const v = validator();
    const error = await fetchTrusted('data/x.json', v.load).catch((e) => e);
    // Trust refused, then the plain fetch and parse report the real problem.
    expect((error as DataLoadError).kind).toBe('json');
    expect(v.used.n).toBe(1);
  });

  it('validates when no hash was recorded (dev server, tests)', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => json(body({ ok: true }))),
    );
    const v = validator();
    expect(await fetchTrusted('data/y.json', v.load)).toEqual({ ok: true });
    expect(v.used.n).toBe(1);
  });

  it('validates where the page cannot hash (no WebCrypto outside a secure context)', async () => {
    const text = body({ ok: true });
    recordHash('data/x.json', sha384(text));
    vi.stubGlobal('crypto', {});
    const fetch = vi.fn(async () => json(text));
    vi.stubGlobal('fetch', fetch);
    const v = validator();
    expect(await fetchTrusted('data/x.json', v.load)).toEqual({ ok: true });
    expect(v.used.n).toBe(1);
    expect(fetch).toHaveBeenCalledTimes(1);
  });
});

describe('fetchTrusted with a decoder (the dataset by column)', () => {
  const packed = body({ format: 'frontera-columns', events: { count: 1, columns: {} } });

  it('decodes a trusted file without validating it', async () => {
    recordHash('data/c.json', sha384(packed));
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => json(packed)),
    );
    const v = validator();
    const decode = (j: unknown) => ({
      ok: (j as { format: string }).format === 'frontera-columns',
    });
    expect(await fetchTrusted('data/c.json', v.load, { decode })).toEqual({ ok: true });
    expect(v.used.n).toBe(0);
  });

  it('validates what it decodes from an untrusted file, and a file it cannot decode is a schema error', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => json(packed)),
    );
    const v = validator();
    const wrong = await fetchTrusted('data/c.json', v.load, { decode: () => ({ ok: 1 }) }).catch(
      (e) => e,
    );
    expect((wrong as DataLoadError).kind).toBe('schema');
    const broken = await fetchTrusted('data/c.json', v.load, {
      decode: () => {
        throw new Error('events.id: wrong length');
      },
    }).catch((e) => e);
    expect(broken).toBeInstanceOf(DataLoadError);
    expect((broken as DataLoadError).kind).toBe('schema');
    expect((broken as DataLoadError).message).toContain('events.id: wrong length');
  });
});
