import { renameSync, rmSync, writeFileSync } from 'node:fs';

/**
 * Write one file via a temp file beside it and a rename, so a crash mid-write never leaves a half
 * file behind; the temp file is removed if either step fails. For several files that must change
 * together, use publishDir.
 */
export function writeFileAtomic(path: string, contents: string): void {
  const tmp = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(tmp, contents);
    renameSync(tmp, path);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
}
