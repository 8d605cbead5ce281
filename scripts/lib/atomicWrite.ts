import { renameSync, rmSync, writeFileSync } from 'node:fs';

/** Write via a temp file and rename, so a crash mid-write never leaves a half file behind. */
export function writeFileAtomic(path: string, contents: string): void {
  writeFilesAtomic({ [path]: contents });
}

/**
 * Write every file to a temp file first and rename only when all were written: a failure
 * leaves every target as it was and removes the temp files.
 */
export function writeFilesAtomic(files: Record<string, string>): void {
  const temps: [string, string][] = [];
  try {
    for (const [path, contents] of Object.entries(files)) {
      const tmp = `${path}.${process.pid}.tmp`;
      temps.push([tmp, path]);
      writeFileSync(tmp, contents);
    }
  } catch (e) {
    for (const [tmp] of temps) rmSync(tmp, { force: true });
    throw e;
  }
  for (const [tmp, path] of temps) renameSync(tmp, path);
}
