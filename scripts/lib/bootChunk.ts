/**
 * One chunk for everything the entry imports statically. Left alone, the bundler splits the
 * first frame's code into ~20 small shared chunks (each shared with some lazy view), and the
 * page pays a request and a gzip stream for each; modules lazy views share with the entry now
 * live in this one chunk, and lazy views import them from it.
 */
import type { Rolldown } from 'vite';

type Info = { importedIds: readonly string[] } | null;

export function bootChunkGroup(entry: string): Rolldown.CodeSplittingGroup {
  let boot: Set<string> | null = null;
  const closure = (getModuleInfo: (id: string) => Info) => {
    const seen = new Set<string>([entry]);
    const queue = [entry];
    for (let id = queue.pop(); id !== undefined; id = queue.pop())
      for (const next of getModuleInfo(id)?.importedIds ?? [])
        if (!seen.has(next)) {
          seen.add(next);
          queue.push(next);
        }
    return seen;
  };
  return {
    debugName: 'boot',
    name: (id, ctx) => {
      boot ??= closure((m) => ctx.getModuleInfo(m));
      return boot.has(id) && id !== entry ? 'boot' : null;
    },
  };
}
