/**
 * End-to-end harness: serves the production build with `vite preview` on 127.0.0.1 and drives
 * Debian's Chromium through playwright-core. Records every request so tests can prove the app
 * never leaves its own origin.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { build, type PreviewServer, preview } from 'vite';
import type { DrawnMarkProbe } from '../../src/ui/debugProbe';
import { CHROMIUM, CHROMIUM_FLAGS } from '../../vite.config';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const ARTIFACTS = resolve(ROOT, 'artifacts');

let built: Promise<void> | null = null;

/** Build once per test run (skipped when FRONTERA_SKIP_BUILD=1 and dist/ exists). */
export function ensureBuild(): Promise<void> {
  if (process.env.FRONTERA_SKIP_BUILD === '1' && existsSync(resolve(ROOT, 'dist/index.html')))
    return Promise.resolve();
  // The production build readers get: Vitest sets NODE_ENV=test, which would give React's
  // development build (StrictMode mounting every effect twice).
  built ??= (async () => {
    const env = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    try {
      await build({ root: ROOT, logLevel: 'warn' });
    } finally {
      process.env.NODE_ENV = env;
    }
  })();
  return built;
}

export interface Harness {
  server: PreviewServer;
  baseUrl: string;
  browser: Browser;
  close: () => Promise<void>;
}

export async function startHarness(): Promise<Harness> {
  await ensureBuild();
  const server = await preview({
    root: ROOT,
    logLevel: 'warn',
    preview: { host: '127.0.0.1', port: 0, strictPort: false },
  });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('preview server has no port');
  const baseUrl = `http://127.0.0.1:${address.port}/`;
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
  return {
    server,
    baseUrl,
    browser,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

export interface OpenedPage {
  context: BrowserContext;
  page: Page;
  /** Every URL the page requested. */
  requests: string[];
  /** Uncaught page errors and console errors. */
  errors: string[];
}

export async function openPage(
  h: Harness,
  path = '',
  viewport = { width: 1280, height: 800 },
  options: { reducedMotion?: 'reduce' | 'no-preference'; touch?: boolean } = {
    reducedMotion: 'reduce',
  },
): Promise<OpenedPage> {
  const context = await h.browser.newContext({
    viewport,
    reducedMotion: options.reducedMotion ?? 'reduce',
    // A phone: touch events and a coarse pointer, as a reader's fingertip.
    ...(options.touch ? { hasTouch: true, isMobile: true } : {}),
  });
  const target = new URL(path, h.baseUrl);
  const { page, requests, errors } = await guardContext(context, [
    new URL(h.baseUrl).origin,
    target.origin,
  ]);
  await page.goto(target.href);
  return { context, page, requests, errors };
}

/**
 * Every browser test holds the page to two rules, checked when its context closes: no
 * Content-Security-Policy violation, and no request to any host but the app's own (and the test's
 * host page). Either one fails the test that caused it.
 */
export async function guardContext(
  context: BrowserContext,
  origins: readonly string[],
): Promise<{ page: Page; requests: string[]; errors: string[] }> {
  await context.addInitScript(() => {
    // Turns on the app's debug probe (window.__frontera): what it drew, read when asked.
    (window as unknown as { __FRONTERA_DEBUG__: boolean }).__FRONTERA_DEBUG__ = true;
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'}`),
    );
  });
  const page = await context.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  context.on('request', (r) => requests.push(r.url()));
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  const close = context.close.bind(context);
  context.close = async (...args) => {
    const foreign = requests.filter((u) => {
      if (/^(data|blob|file|about):/.test(u)) return false;
      return !origins.includes(new URL(u).origin);
    });
    const csp = errors.filter((e) => e.includes('CSP violation'));
    await close(...args);
    if (foreign.length || csp.length)
      throw new Error(
        `the page broke the rules:\n${[...csp, ...foreign.map((u) => `request to ${u}`)].join('\n')}`,
      );
  };
  return { page, requests, errors };
}

/** The app's debug probe in the page (see src/ui/debugProbe.ts). */
type Probe = { __frontera?: Partial<Record<string, () => unknown>> };

/** Wait until MapLibre has drawn its style and sites and has nothing left to draw. */
export async function waitForMap(page: Page): Promise<void> {
  await page.waitForSelector('.map-container canvas.maplibregl-canvas', { timeout: 30_000 });
  await page.waitForFunction(() => (window as Probe).__frontera?.mapReady?.() === true, null, {
    timeout: 30_000,
  });
}

/** A value from the app's debug probe. */
export async function probe<T>(page: Page, key: string): Promise<T | undefined> {
  return page.evaluate((k) => (window as Probe).__frontera?.[k]?.() as T | undefined, key);
}

export type DrawnMark = DrawnMarkProbe;

/** The timeline's marks as drawn on its canvas (positions relative to the canvas). */
export async function drawnMarks(page: Page): Promise<DrawnMark[]> {
  return (await probe<DrawnMark[]>(page, 'marks')) ?? [];
}

/** The map's markers as drawn (positions relative to the map container). */
export async function drawnSites(
  page: Page,
): Promise<{ id: string; x: number; y: number; r: number }[]> {
  return (await probe<{ id: string; x: number; y: number; r: number }[]>(page, 'sites')) ?? [];
}

/**
 * Share of the map's pixels in a thin ring just outside a site's marker fill (where its stroke
 * is drawn) that are close to `hex`: what the reader sees, read back from the WebGL canvas.
 */
export async function ringShare(page: Page, siteId: string, hex: string): Promise<number> {
  const site = (await drawnSites(page)).find((s) => s.id === siteId);
  if (!site) throw new Error(`${siteId} is not drawn on the map`);
  return page.evaluate(
    ({ site, hex }) => {
      const gl = document.querySelector<HTMLCanvasElement>('.maplibregl-canvas');
      if (!gl) return 0;
      const ratio = gl.width / gl.getBoundingClientRect().width;
      const c = document.createElement('canvas');
      c.width = gl.width;
      c.height = gl.height;
      const ctx = c.getContext('2d');
      if (!ctx) return 0;
      ctx.drawImage(gl, 0, 0);
      const want = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));
      let near = 0;
      let all = 0;
      for (let a = 0; a < 360; a += 10)
        for (const d of [site.r + 1, site.r + 2]) {
          const x = Math.round((site.x + d * Math.cos((a * Math.PI) / 180)) * ratio);
          const y = Math.round((site.y + d * Math.sin((a * Math.PI) / 180)) * ratio);
          const [r = 0, g = 0, b = 0] = ctx.getImageData(x, y, 1, 1).data;
          const dist = Math.hypot(r - (want[0] ?? 0), g - (want[1] ?? 0), b - (want[2] ?? 0));
          all++;
          if (dist < 90) near++;
        }
      return near / all;
    },
    { site, hex },
  );
}

const AXE_SOURCE = readFileSync(resolve(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; html: string }[];
}

/**
 * axe-core's serious and critical violations on the page as it is now, with the label-in-name
 * rule (voice-control users say what they see) switched on. Injected through the DevTools
 * protocol, so a Content-Security-Policy cannot block it.
 */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(AXE_SOURCE);
  const results = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (...a: unknown[]) => Promise<unknown> } }).axe;
    return axe.run(document, {
      resultTypes: ['violations'],
      rules: { 'label-content-name-mismatch': { enabled: true } },
    });
  });
  const violations = (results as { violations: AxeViolation[] }).violations;
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target, html: n.html.slice(0, 160) })),
    }));
}
