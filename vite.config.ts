/// <reference types="vitest/config" />

import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig, type Plugin } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { bootChunkGroup } from './scripts/lib/bootChunk';
import { cspPlugin, offlinePagePlugin, singleFileCspPlugin } from './scripts/lib/csp';
import { dataIntegrity, withIntegrity } from './scripts/lib/dataIntegrity';
import { DATASET_COLUMNS_URL } from './src/data/builtinFiles';

/** Verified on this machine: software WebGL2 needs no --disable-software-rasterizer. */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
/** Debian's Chromium unless CHROMIUM_PATH points elsewhere: tests, bench and screenshots. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const single = (mode: string) => mode === 'single';
const assetModule = (mode: string) =>
  fileURLToPath(
    new URL(single(mode) ? './src/assets/inline.ts' : './src/assets/served.ts', import.meta.url),
  );

/** The import worker: inlined as a blob in the single file, a served file otherwise. */
const importWorkerModule = (mode: string) =>
  fileURLToPath(
    new URL(
      single(mode) ? './src/import/workerInline.ts' : './src/import/workerServed.ts',
      import.meta.url,
    ),
  );

/**
 * Start the dataset request and the static map's basemap from the HTML, in parallel with the
 * bundle (hosted build only).
 */
const preloadDataset = (): Plugin => ({
  name: 'frontera-preload-dataset',
  transformIndexHtml: () =>
    [DATASET_COLUMNS_URL, 'basemap/static-map.json'].map((href) => ({
      tag: 'link',
      attrs: { rel: 'preload', href, as: 'fetch', crossorigin: 'anonymous' },
      injectTo: 'head-prepend' as const,
    })),
});

/** Record the built-in data's hashes in the page: the browser checks them, the app trusts them. */
const recordIntegrity = (): Plugin => ({
  name: 'frontera-data-integrity',
  apply: 'build',
  transformIndexHtml: {
    order: 'post',
    handler: (html) =>
      withIntegrity(html, dataIntegrity(fileURLToPath(new URL('./public', import.meta.url)))),
  },
});

export default defineConfig(({ mode }) => ({
  plugins: [
    react(),
    ...(single(mode)
      ? [viteSingleFile({ removeViteModuleLoader: true }), singleFileCspPlugin()]
      : [
          preloadDataset(),
          cspPlugin(process.env),
          recordIntegrity(),
          offlinePagePlugin(fileURLToPath(new URL('.', import.meta.url))),
        ]),
  ],
  base: './',
  resolve: { alias: { '#assets': assetModule(mode), '#import-worker': importWorkerModule(mode) } },
  // The single-file build inlines every asset (fonts, worker) and skips public/ (data is compiled in).
  ...(single(mode)
    ? {
        publicDir: false as const,
        build: {
          outDir: 'dist-single',
          assetsInlineLimit: Number.MAX_SAFE_INTEGER,
          chunkSizeWarningLimit: 8000,
        },
      }
    : {
        build: {
          chunkSizeWarningLimit: 1600,
          rolldownOptions: {
            output: {
              codeSplitting: {
                groups: [bootChunkGroup(fileURLToPath(new URL('./src/main.tsx', import.meta.url)))],
              },
            },
          },
        },
      }),
  server: { host: '127.0.0.1' },
  // Pre-bundled up front so browser tests are not reloaded mid-run by dependency discovery.
  optimizeDeps: {
    include: [
      'react',
      'react-dom/client',
      'react/jsx-dev-runtime',
      '@tanstack/react-query',
      'zod',
      'zustand',
      'zustand/shallow',
      'd3-array',
      'd3-axis',
      'd3-brush',
      'd3-scale',
      'd3-selection',
      'd3-zoom',
      'd3-dsv',
      '@tanstack/react-virtual',
      'maplibre-gl',
      'topojson-client',
      'vitest-browser-react',
    ],
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'jsdom',
          include: [
            'src/**/*.test.{ts,tsx}',
            'scripts/**/*.test.ts',
            'tests/unit/**/*.test.{ts,tsx}',
          ],
          exclude: ['**/*.browser.test.{ts,tsx}', 'node_modules/**'],
          setupFiles: ['tests/setup/jsdom.ts'],
          env: { TZ: 'UTC' },
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['src/**/*.browser.test.{ts,tsx}', 'tests/**/*.browser.test.{ts,tsx}'],
          testTimeout: 60_000,
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({
              launchOptions: { executablePath: CHROMIUM, args: CHROMIUM_FLAGS },
            }),
            instances: [{ browser: 'chromium', viewport: { width: 1280, height: 800 } }],
          },
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.e2e.test.ts'],
          testTimeout: 90_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
}));
