/**
 * One cold load of a peer's page: a fresh browser context at the app's viewport, navigation →
 * `peer:ready`, first contentful paint, JS heap after GC, and the bytes of the peer's scripts
 * and stylesheets. Requests to any other host are counted (there should be none).
 */
import { readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import type { Bytes } from './measure';
import { VIEWPORT } from './measure';
import { PEER_READY_MARK, type Peer } from './peers';
import { NAME_SHIM, withTimeout } from './probes';

export interface PeerLoadMetrics {
  ready: number | null;
  fcp: number | null;
  heapMB: number | null;
  /** The peer's JS + CSS as requested (gzip as a static host would serve them). */
  jsCss: Bytes;
  /** Requests that left this machine's server (blocked by having no network; reported). */
  offsite: string[];
  errors: string[];
  failure: string | null;
}

function size(file: string): Bytes {
  try {
    return { raw: statSync(file).size, gzip: gzipSync(readFileSync(file)).length };
  } catch {
    return { raw: 0, gzip: 0 };
  }
}

export async function peerLoad(
  browser: Browser,
  baseUrl: string,
  siteDir: string,
  peer: Peer,
  timeout: number,
): Promise<PeerLoadMetrics> {
  const context = await browser.newContext({ viewport: VIEWPORT, reducedMotion: 'reduce' });
  const page = await context.newPage();
  await page.addInitScript(NAME_SHIM);
  const offsite: string[] = [];
  const files = new Set<string>();
  const errors: string[] = [];
  context.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(baseUrl)) {
      if (!url.startsWith('data:')) offsite.push(url);
      return;
    }
    const path = decodeURIComponent(new URL(url).pathname).replace(/^\//, '');
    if (['.js', '.css'].includes(extname(path))) files.add(path);
  });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  let failure: string | null = null;
  let ready: number | null = null;
  let fcp: number | null = null;
  let heapMB: number | null = null;
  try {
    await page.goto(baseUrl + peer.page, { waitUntil: 'commit', timeout });
    await page.waitForFunction(
      (name) => performance.getEntriesByName(name).length > 0,
      PEER_READY_MARK,
      { timeout, polling: 50 },
    );
    const t = await withTimeout(
      page.evaluate((name) => {
        const at = (n: string) => performance.getEntriesByName(n)[0]?.startTime ?? null;
        return { ready: at(name), fcp: at('first-contentful-paint') };
      }, PEER_READY_MARK),
      timeout,
      'reading the peer marks',
    );
    ready = t.ready;
    fcp = t.fcp;
    const cdp = await context.newCDPSession(page);
    await withTimeout(cdp.send('HeapProfiler.collectGarbage'), timeout, 'collectGarbage');
    heapMB =
      (await withTimeout(cdp.send('Runtime.getHeapUsage'), timeout, 'getHeapUsage')).usedSize /
      2 ** 20;
    await cdp.detach();
  } catch (e) {
    failure = /Timeout|within/.test(String(e))
      ? `not ready in ${Math.round(timeout / 1000)} s`
      : (String(e).split('\n')[0] ?? 'failed');
  } finally {
    await context.close().catch(() => undefined);
  }
  const sizes = [...files].map((f) => size(join(siteDir, f)));
  return {
    ready,
    fcp,
    heapMB,
    jsCss: {
      raw: sizes.reduce((a, s) => a + s.raw, 0),
      gzip: sizes.reduce((a, s) => a + s.gzip, 0),
    },
    offsite: [...new Set(offsite)],
    errors,
    failure,
  };
}
