/**
 * The Content-Security-Policy of each build, as a Vite plugin: no inline script and no eval
 * anywhere; only what MapLibre's worker needs (blob: workers in the single file). The hosted
 * build gets it as a <meta> tag; the single-file build, whose code is inline, allows exactly its
 * own scripts by their SHA-256 hashes.
 */
import { createHash } from 'node:crypto';
import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';

/** Origins a build allows `?data=` from (VITE_FRONTERA_DATA_ORIGINS), for connect-src. */
const dataOrigins = (env: Record<string, string | undefined>) =>
  (env.VITE_FRONTERA_DATA_ORIGINS ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

export function hostedPolicy(env: Record<string, string | undefined>): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "worker-src 'self' blob:",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    ['connect-src', "'self'", ...dataOrigins(env)].join(' '),
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join('; ');
}

export function singleFilePolicy(scriptHashes: readonly string[]): string {
  return [
    "default-src 'none'",
    ['script-src', ...scriptHashes.map((h) => `'sha256-${h}'`)].join(' '),
    // MapLibre's worker, inlined like everything else (a data: or blob: URL).
    'worker-src blob: data:',
    "style-src 'unsafe-inline'",
    'img-src data: blob:',
    'font-src data:',
    'connect-src data: blob:',
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

const meta = (policy: string) => `<meta http-equiv="Content-Security-Policy" content="${policy}">`;

/** Hosted build: the policy in the page's head (dev keeps Vite's inline client working). */
export function cspPlugin(env: Record<string, string | undefined>): Plugin {
  return {
    name: 'frontera-csp',
    apply: 'build',
    transformIndexHtml: (html) => html.replace('<head>', `<head>\n    ${meta(hostedPolicy(env))}`),
  };
}

/** Single-file build: hash every inline script once the bundle is inlined, then add the policy. */
export function singleFileCspPlugin(): Plugin {
  return {
    name: 'frontera-csp-single',
    apply: 'build',
    enforce: 'post',
    // After vite-plugin-singlefile, which inlines in its own 'post' generateBundle.
    generateBundle: {
      order: 'post',
      handler: (_, bundle) => {
        for (const file of Object.values(bundle)) {
          if (file.type !== 'asset' || !file.fileName.endsWith('.html')) continue;
          const html = String(file.source);
          const hashes = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)]
            .map((m) => m[1] ?? '')
            .filter((body) => body.trim() !== '')
            .map((body) => createHash('sha256').update(body, 'utf8').digest('base64'));
          // The marker lets the hosted app tell its copy of this page from a fallback page.
          file.source = html.replace(
            '<head>',
            `<head>\n    ${meta(singleFilePolicy(hashes))}\n    <meta name="frontera-build" content="single">`,
          );
        }
      },
    },
  };
}

/**
 * Hosted build: also build the single file and ship it as frontera-offline.html, the page
 * "Save as a page" puts a reader's data into. FRONTERA_OFFLINE_PAGE=0 skips it (benchmarks).
 */
export function offlinePagePlugin(root: string): Plugin {
  let outDir = 'dist';
  return {
    name: 'frontera-offline-page',
    apply: 'build',
    configResolved: (config) => {
      outDir = resolve(config.root, config.build.outDir);
    },
    closeBundle: async () => {
      if (process.env.FRONTERA_OFFLINE_PAGE === '0') return;
      const { build } = await import('vite');
      const tmp = await mkdtemp(join(tmpdir(), 'frontera-single-'));
      try {
        await build({
          root,
          configFile: join(root, 'vite.config.ts'),
          mode: 'single',
          logLevel: 'warn',
          build: { outDir: tmp, emptyOutDir: true },
        });
        await copyFile(join(tmp, 'index.html'), join(outDir, 'frontera-offline.html'));
      } finally {
        await rm(tmp, { recursive: true, force: true });
      }
    },
  };
}
