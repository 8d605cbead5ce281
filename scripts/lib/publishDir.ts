/**
 * Publish a directory all or nothing. Every output is written to a staging directory outside the
 * published one, then the whole directory is swapped in by rename; if the swap fails the old
 * directory is renamed back. A failure at any step leaves the published directory exactly as it
 * was, and nothing temporary is ever created inside it.
 */
import * as nodeFs from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** The file-system calls publishing makes, so tests can make any one of them fail. */
export type PublishFs = Pick<
  typeof nodeFs,
  'cpSync' | 'existsSync' | 'mkdirSync' | 'readdirSync' | 'renameSync' | 'rmSync' | 'writeFileSync'
>;

export interface PublishOptions {
  /**
   * Where staging happens: a directory on the same file system as `target` (rename does not
   * cross file systems) and outside anything served, e.g. the project's `.frontera-publish/`.
   */
  stagingRoot: string;
  fs?: PublishFs;
}

/**
 * Replace the directory `target` with one holding `files` (name → contents). Other files already
 * in `target` are carried over unchanged. Throws, with `target` untouched, when any step fails.
 */
export function publishDir(
  target: string,
  files: Readonly<Record<string, string>>,
  { stagingRoot, fs = nodeFs }: PublishOptions,
): void {
  const stage = join(stagingRoot, `${basename(target)}.${process.pid}`);
  const next = join(stage, 'next');
  const previous = join(stage, 'previous');
  const cleanUp = () => fs.rmSync(stage, { recursive: true, force: true });
  const had = fs.existsSync(target);
  try {
    fs.rmSync(stage, { recursive: true, force: true });
    fs.mkdirSync(next, { recursive: true });
    for (const [name, text] of Object.entries(files)) {
      // A file, or a file in a folder of the output ("texts/es.json"); never outside it.
      if (name.split('/').some((part) => !part || part === '.' || part === '..'))
        throw new Error(`not a file name inside the output: ${name}`);
      fs.mkdirSync(dirname(join(next, name)), { recursive: true });
      fs.writeFileSync(join(next, name), text);
    }
    // What the outputs do not name is kept as it was (a folder the outputs write into is theirs).
    const written = new Set(Object.keys(files).map((name) => name.split('/')[0]));
    if (had)
      for (const name of fs.readdirSync(target))
        if (!written.has(name))
          fs.cpSync(join(target, name), join(next, name), { recursive: true });
    if (had) fs.renameSync(target, previous);
  } catch (e) {
    cleanUp();
    throw e;
  }
  try {
    fs.renameSync(next, target);
  } catch (e) {
    if (had) {
      try {
        fs.renameSync(previous, target);
      } catch {
        // Never delete the only copy of the published files.
        throw new Error(
          `${(e as Error).message}; and putting ${target} back failed: it is at ${previous}`,
        );
      }
    }
    cleanUp();
    throw e;
  }
  // Published: a leftover staging directory is outside what is served, so failing here is harmless.
  try {
    cleanUp();
  } catch {}
}
