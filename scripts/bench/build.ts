/**
 * Builds the app once for the whole run, as `npm run build` does (offline basemap, then
 * `vite build`), into a temporary directory so dist/ and other tools are left alone.
 */
import { spawnSync } from 'node:child_process';
import { build } from 'vite';
import { ROOT } from './paths';

export async function buildApp(outDir: string): Promise<void> {
  const assets = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build-assets.ts'], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (assets.status !== 0) throw new Error('scripts/build-assets.ts failed (public/basemap/)');
  await build({
    root: ROOT,
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true },
  });
}
