import { renameSync, writeFileSync } from 'node:fs';

/** Write via a temp file and rename, so a crash mid-write never leaves a half file behind. */
export function writeFileAtomic(path: string, contents: string): void {
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, contents);
  renameSync(tmp, path);
}
