/**
 * The house rules, checked on the source itself: lower layers never import higher ones, views
 * never import each other, nothing outside the session writes or reads its store directly, and
 * there is no import cycle between modules.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const SRC = join(ROOT, 'src');

/** Lowest first. A module may import its own layer or any layer before it. */
const LAYERS = ['assets', 'data', 'domain', 'ui', 'import', 'i18n', 'session', 'views', 'app'];
const layerOf = (file: string) => {
  const top = relative(SRC, file).split('/')[0] ?? '';
  return LAYERS.indexOf(top);
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return sourceFiles(p);
    return /\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [p] : [];
  });
}

const files = sourceFiles(SRC);
const exts = ['.ts', '.tsx', '/index.ts', '/index.tsx'];
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specs = [...text.matchAll(/(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)'/g)].map((m) => m[1]);
  return specs.flatMap((spec) => {
    const base = resolve(dirname(file), (spec ?? '').split('?')[0] ?? '');
    const hit = [base, ...exts.map((e) => base + e)].find((p) => files.includes(p));
    return hit ? [hit] : [];
  });
}
const graph = new Map(files.map((f) => [f, importsOf(f)]));
const rel = (f: string) => relative(ROOT, f);

describe('architecture', () => {
  it('has no import that runs back up the layers', () => {
    const upward = [...graph].flatMap(([file, deps]) =>
      deps
        .filter(
          (d) => layerOf(d) > layerOf(file) && layerOf(file) >= 0 && file !== join(SRC, 'main.tsx'),
        )
        .map((d) => `${rel(file)} → ${rel(d)}`),
    );
    expect(upward).toEqual([]);
  });

  it('keeps views apart: a view imports no other view', () => {
    const viewOf = (f: string) => relative(join(SRC, 'views'), f).split('/')[0];
    const crossing = [...graph].flatMap(([file, deps]) =>
      file.startsWith(join(SRC, 'views'))
        ? deps
            .filter((d) => d.startsWith(join(SRC, 'views')) && viewOf(d) !== viewOf(file))
            .map((d) => `${rel(file)} → ${rel(d)}`)
        : [],
    );
    expect(crossing).toEqual([]);
  });

  it('has no import cycle', () => {
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const visit = (f: string, path: string[]) => {
      if (state.get(f) === 'done') return;
      if (state.get(f) === 'open') {
        cycles.push([...path.slice(path.indexOf(f)), f].map(rel).join(' → '));
        return;
      }
      state.set(f, 'open');
      for (const d of graph.get(f) ?? []) visit(d, [...path, f]);
      state.set(f, 'done');
    };
    for (const f of files) visit(f, []);
    expect(cycles).toEqual([]);
  });

  it('lets only the session touch its store: no setState or getState anywhere else', () => {
    const outside = files
      .filter((f) => !f.startsWith(join(SRC, 'session')))
      .filter((f) => /(?<!this)\.(setState|getState)\(/.test(readFileSync(f, 'utf8')))
      .map(rel);
    expect(outside).toEqual([]);
  });
});
