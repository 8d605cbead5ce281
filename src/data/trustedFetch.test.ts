import { afterEach, describe, expect, it, vi } from 'vitest';
import { INTEGRITY_META } from './builtinFiles';
import { DataLoadError } from './fetchJson';
import { fetchTrusted } from './trustedFetch';

const json = (body: unknown) =>
  new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });

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
  it('trusts a file whose hash the page recorded: the browser checks it, zod never loads', async () => {
    recordHash('data/x.json', 'sha384-abc');
    const fetch = vi.fn(async () => json({ ok: true }));
    vi.stubGlobal('fetch', fetch);
    const v = validator();
    expect(await fetchTrusted('data/x.json', v.load)).toEqual({ ok: true });
    expect(fetch).toHaveBeenCalledWith(
      'data/x.json',
      expect.objectContaining({ integrity: 'sha384-abc' }),
    );
    expect(v.used.n).toBe(0);
  });

  it('validates a file that is not the one the page was built with', async () => {
    recordHash('data/x.json', 'sha384-abc');
    const fetch = vi.fn(async (_: string, init?: RequestInit) => {
      if (init?.integrity) throw new TypeError('Failed to fetch');
      return json({ ok: false });
    });
    vi.stubGlobal('fetch', fetch);
    const v = validator();
    const error = await fetchTrusted('data/x.json', v.load).catch((e) => e);
    expect(error).toBeInstanceOf(DataLoadError);
    expect((error as DataLoadError).kind).toBe('schema');
    expect(v.used.n).toBe(1);
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('validates when no hash was recorded (dev server, tests)', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => json({ ok: true })),
    );
    const v = validator();
    expect(await fetchTrusted('data/y.json', v.load)).toEqual({ ok: true });
    expect(v.used.n).toBe(1);
  });
});
