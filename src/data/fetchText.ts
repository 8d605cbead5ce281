import { DataLoadError } from './fetchJson';

/** Fetch a text file (a CSV someone published beside the app), telling the failures apart. */
export async function fetchText(url: string, timeoutMs = 20_000): Promise<string> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await fetch(url, { signal: controller.signal }).catch((e: Error) => {
      throw new DataLoadError(
        url,
        controller.signal.aborted ? 'timeout' : 'network',
        `Could not reach ${url}: ${e.message}`,
      );
    });
    if (!response.ok)
      throw new DataLoadError(
        url,
        response.status >= 500 ? 'server' : 'missing',
        `${url} answered ${response.status} ${response.statusText}`.trim(),
      );
    if ((response.headers.get('content-type') ?? '').includes('text/html'))
      throw new DataLoadError(
        url,
        'missing',
        `${url} is not on the server (got a web page instead)`,
      );
    return await response.text();
  } finally {
    clearTimeout(timer);
  }
}
