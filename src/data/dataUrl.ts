/**
 * `?data=` names a dataset to load instead of the built-in one: a path on this site, or a URL on
 * a site the build allows (VITE_FRONTERA_DATA_ORIGINS, comma-separated origins). Anything else is
 * refused: the page would otherwise fetch — and a shared link would make others fetch — from any
 * server a link names, and that server would learn who opened it.
 */
const allowed = ((import.meta.env.VITE_FRONTERA_DATA_ORIGINS as string | undefined) ?? '')
  .split(',')
  .map((s) => s.trim())
  .filter(Boolean);

export type DataUrlCheck = { ok: true; url: string } | { ok: false; reason: string };

export function checkDataUrl(
  raw: string,
  here: Pick<Location, 'href' | 'origin'> | undefined = globalThis.location,
): DataUrlCheck {
  if (!raw || raw.length > 500)
    return { ok: false, reason: 'the data address is empty or too long' };
  if (!/\.(json|csv|tsv|txt)$/i.test(raw.split(/[?#]/)[0] ?? ''))
    return { ok: false, reason: 'the data address must end in .json, .csv, .tsv or .txt' };
  let url: URL;
  try {
    url = new URL(raw, here?.href ?? 'http://localhost/');
  } catch {
    return { ok: false, reason: 'the data address is not a URL' };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:' && url.protocol !== 'file:')
    return { ok: false, reason: `data cannot come from a ${url.protocol} address` };
  const sameSite = here ? url.origin === here.origin : !/^[a-z]+:/i.test(raw);
  if (!sameSite && !allowed.includes(url.origin))
    return {
      ok: false,
      reason: `data from another site (${url.origin}) is not allowed in this build`,
    };
  return { ok: true, url: url.href };
}
