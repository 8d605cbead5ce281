/**
 * One cold load: a fresh browser context (empty cache) at 1280×800, navigation → timeline
 * ready, map ready, dataset request end, first contentful paint, long tasks until map-ready,
 * JS heap after GC, and the bytes of every script and stylesheet the page requested.
 */
import { readFileSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContext, Page, Request } from 'playwright-core';
import { APP_DATASET_PATH } from './paths';
import { addProbes, type PageProbes, withTimeout } from './probes';
import { FIRST_FRAME, MARKS } from './selectors';

export const VIEWPORT = { width: 1280, height: 800 };
/**
 * As in the e2e harness: camera moves jump instead of flying (prefers-reduced-motion), so a
 * deliberate fly-to after one input does not run on into the next ones.
 */
export const REDUCED_MOTION = 'reduce' as const;

export type FileKind = 'js' | 'css' | 'worker' | 'html' | 'data' | 'font' | 'basemap' | 'other';

export interface RequestedFile {
  path: string;
  kind: FileKind;
  raw: number;
  gzip: number;
  /** Request start, ms since navigation start. */
  start: number | null;
  /** Started before first-contentful-paint. */
  beforeFcp: boolean;
}

export interface Bytes {
  raw: number;
  gzip: number;
}

/** How long after map-ready the page's tasks are watched (longestAfterMapReady). */
export const AFTER_READY_MS = 2000;

export interface LoadMetrics {
  /** All times in ms since navigation start; null when the metric failed (see failures). */
  timelineReady: number | null;
  mapReady: number | null;
  /** First frame showing the timeline's marks and the map's sites (static or live). */
  firstFrame: number | null;
  fcp: number | null;
  datasetEnd: number | null;
  longTasks: { count: number; totalMs: number } | null;
  /** The longest task in the AFTER_READY_MS after map-ready (0: none): a page frozen by the switch. */
  longestAfterMapReady: number | null;
  heapMB: number | null;
  bytes: {
    /** App JS + CSS (MapLibre's worker excluded). */
    jsCss: Bytes;
    js: Bytes;
    css: Bytes;
    /** App JS + CSS whose requests started before first-contentful-paint. */
    jsCssBeforeFcp: Bytes;
    /** What the page names itself (entry script, its preloaded imports, stylesheets). */
    critical: Bytes;
    worker: Bytes;
  };
  files: RequestedFile[];
  /** Page errors and console errors seen during the load. */
  errors: string[];
  /**
   * Share of all CPU time that other processes on the machine used during this load and its
   * inputs (0–1; null when unknown). Set by the caller once the inputs are done.
   */
  otherCpu: number | null;
  failures: Record<string, string>;
}

export interface OpenLoad {
  context: BrowserContext;
  page: Page;
  metrics: LoadMetrics;
}

function kindOf(path: string): FileKind {
  const ext = extname(path);
  if (path === APP_DATASET_PATH) return 'data';
  if (ext === '.js' || ext === '.mjs')
    return /maplibre-gl-worker/.test(basename(path)) ? 'worker' : 'js';
  if (ext === '.css') return 'css';
  if (ext === '.html' || path === '') return 'html';
  if (ext === '.woff2' || ext === '.woff') return 'font';
  if (ext === '.geojson') return 'basemap';
  return 'other';
}

const sizes = new Map<string, Bytes>();
function sizeOnDisk(file: string): Bytes {
  let s = sizes.get(file);
  if (!s) {
    try {
      const raw = statSync(file).size;
      s = { raw, gzip: gzipSync(readFileSync(file)).length };
    } catch {
      s = { raw: 0, gzip: 0 };
    }
    sizes.set(file, s);
  }
  return s;
}

/**
 * The critical path as the built page declares it: the entry script, the modules it preloads
 * and the stylesheets in index.html. Everything else loads when used.
 */
export function criticalBytes(siteDir: string): Bytes {
  const html = readFileSync(join(siteDir, 'index.html'), 'utf8');
  const refs = [
    ...html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g),
    ...html.matchAll(/<link[^>]*rel="(?:modulepreload|stylesheet)"[^>]*href="([^"]+)"/g),
  ].map((m) => (m[1] ?? '').replace(/^\.\//, ''));
  return sum(
    [...new Set(refs)].map((path) => ({
      path,
      kind: 'js' as const,
      ...sizeOnDisk(join(siteDir, path)),
      start: null,
      beforeFcp: false,
    })),
  );
}

const sum = (files: RequestedFile[]): Bytes => ({
  raw: files.reduce((a, f) => a + f.raw, 0),
  gzip: files.reduce((a, f) => a + f.gzip, 0),
});

const errorText = (e: unknown) => (e instanceof Error ? e.message.split('\n')[0] : String(e)) ?? '';

/** Opens the page cold and measures the load; the caller runs interactions, then closes it. */
export async function coldLoad(
  browser: Browser,
  baseUrl: string,
  siteDir: string,
  readyTimeout: number,
): Promise<OpenLoad> {
  const context = await browser.newContext({ viewport: VIEWPORT, reducedMotion: REDUCED_MOTION });
  const page = await context.newPage();
  await addProbes(page, FIRST_FRAME);
  const errors: string[] = [];
  const failures: Record<string, string> = {};
  const requested: Request[] = [];
  // Context-wide, so requests made by workers (MapLibre's) are seen too.
  context.on('request', (r) => requested.push(r));
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });

  await page.goto(baseUrl, { waitUntil: 'commit', timeout: readyTimeout });
  const waitMark = async (key: keyof typeof MARKS) => {
    try {
      await page.waitForFunction(
        (name) => performance.getEntriesByName(name).length > 0,
        MARKS[key],
        { timeout: readyTimeout, polling: 50 },
      );
    } catch (e) {
      failures[key] = `mark "${MARKS[key]}" not set within ${readyTimeout} ms (${errorText(e)})`;
    }
  };
  await waitMark('timelineReady');
  await waitMark('mapReady');
  // Whatever the switch to the live map costs the page shows up in the tasks just after it.
  await page.waitForTimeout(AFTER_READY_MS);

  const timings = await withTimeout(
    page.evaluate(
      ({ marks, dataset }) => {
        const at = (name: string) => performance.getEntriesByName(name)[0]?.startTime ?? null;
        const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
        const data = resources.find((r) => new URL(r.name).pathname.endsWith(`/${dataset}`));
        const probes = (window as unknown as { __froBench?: PageProbes }).__froBench;
        return {
          timeOrigin: performance.timeOrigin,
          timelineReady: at(marks.timelineReady),
          mapReady: at(marks.mapReady),
          fcp: at('first-contentful-paint'),
          datasetEnd: data ? data.responseEnd : null,
          resources: resources.map((r) => ({ name: r.name, start: r.startTime })),
          longTasks: probes ? probes.longTasks : null,
          firstFrame: probes ? probes.firstFrame : null,
        };
      },
      { marks: MARKS, dataset: APP_DATASET_PATH },
    ),
    readyTimeout,
    'reading performance entries',
  ).catch((e: unknown) => {
    failures.timings = errorText(e);
    return null;
  });

  let heapMB: number | null = null;
  try {
    const cdp = await context.newCDPSession(page);
    await withTimeout(cdp.send('HeapProfiler.collectGarbage'), readyTimeout, 'collectGarbage');
    const heap = await withTimeout(cdp.send('Runtime.getHeapUsage'), readyTimeout, 'getHeapUsage');
    heapMB = heap.usedSize / 2 ** 20;
    await cdp.detach();
  } catch (e) {
    failures.heap = errorText(e);
  }

  // Bytes: from the built files on disk, for the files the page asked for.
  const fcp = timings?.fcp ?? null;
  const resourceStart = new Map((timings?.resources ?? []).map((r) => [r.name, r.start]));
  const seen = new Set<string>();
  const files: RequestedFile[] = [];
  for (const r of requested) {
    const url = r.url();
    if (!url.startsWith(baseUrl) || seen.has(url)) continue;
    seen.add(url);
    const path = decodeURIComponent(new URL(url).pathname).replace(/^\//, '');
    // Resource Timing for the document's own requests; Playwright's wall-clock start otherwise
    // (requests made by workers do not appear in the document's timeline).
    const wallStart = r.timing().startTime;
    const start =
      url === baseUrl
        ? 0
        : (resourceStart.get(url) ??
          (timings && wallStart > 0 ? wallStart - timings.timeOrigin : null));
    const kind = kindOf(path);
    files.push({
      path: path || 'index.html',
      kind,
      ...sizeOnDisk(join(siteDir, path || 'index.html')),
      start,
      beforeFcp: fcp !== null && start !== null && start < fcp,
    });
  }
  const appCode = files.filter((f) => f.kind === 'js' || f.kind === 'css');

  const mapReady = timings?.mapReady ?? null;
  const tasks = timings?.longTasks ?? null;
  const before = tasks?.filter((t) => mapReady === null || t.start < mapReady) ?? null;
  const after =
    tasks && mapReady !== null
      ? tasks.filter((t) => t.start + t.duration > mapReady && t.start < mapReady + AFTER_READY_MS)
      : null;
  const metrics: LoadMetrics = {
    timelineReady: timings?.timelineReady ?? null,
    mapReady,
    firstFrame: timings?.firstFrame ?? null,
    fcp,
    datasetEnd: timings?.datasetEnd ?? null,
    longTasks: before
      ? { count: before.length, totalMs: before.reduce((a, t) => a + t.duration, 0) }
      : null,
    longestAfterMapReady: after ? Math.max(0, ...after.map((t) => t.duration)) : null,
    heapMB,
    bytes: {
      jsCss: sum(appCode),
      js: sum(files.filter((f) => f.kind === 'js')),
      css: sum(files.filter((f) => f.kind === 'css')),
      jsCssBeforeFcp: sum(appCode.filter((f) => f.beforeFcp)),
      critical: criticalBytes(siteDir),
      worker: sum(files.filter((f) => f.kind === 'worker')),
    },
    files,
    errors,
    otherCpu: null,
    failures,
  };
  if (mapReady === null)
    failures.longTasks ??= 'counted to the end of the wait: map-ready never came';
  if (timings && timings.datasetEnd === null)
    failures.datasetEnd = `no Resource Timing entry for ${APP_DATASET_PATH}`;
  return { context, page, metrics };
}
