// @vitest-environment node
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { type PublishFs, publishDir } from './publishDir';

/** Every file under `dir` with its bytes, so "unchanged" means byte-identical. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) {
        out[`${relative(dir, p)}/`] = '';
        walk(p);
      } else out[relative(dir, p)] = fs.readFileSync(p).toString('base64');
    }
  };
  walk(dir);
  return out;
}

const made: string[] = [];
const tempDir = (parent: string) => {
  const dir = fs.mkdtempSync(join(parent, 'frontera-publish-'));
  made.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of made) fs.rmSync(dir, { recursive: true, force: true });
});

function site() {
  const root = tempDir(tmpdir());
  const target = join(root, 'public', 'data');
  fs.mkdirSync(target, { recursive: true });
  fs.writeFileSync(join(target, 'frontera.json'), 'old data');
  fs.writeFileSync(join(target, 'frontera.schema.json'), 'old schema');
  fs.writeFileSync(join(target, 'README.txt'), 'not ours');
  return { root, target, stagingRoot: join(root, '.frontera-publish') };
}
const NEW = { 'frontera.json': 'new data', 'frontera.schema.json': 'new schema' };

/** The real file system, with the n-th call that changes something made to fail. */
function failingAt(n: number) {
  let calls = 0;
  const hit = (name: string) => {
    calls++;
    if (calls === n) throw Object.assign(new Error(`injected failure in ${name}`), { code: 'EIO' });
  };
  const faulty: PublishFs = {
    existsSync: fs.existsSync,
    readdirSync: fs.readdirSync,
    mkdirSync: ((...a: Parameters<typeof fs.mkdirSync>) => {
      hit('mkdir');
      return fs.mkdirSync(...a);
    }) as typeof fs.mkdirSync,
    writeFileSync: (...a: Parameters<typeof fs.writeFileSync>) => {
      hit('write');
      fs.writeFileSync(...a);
    },
    cpSync: (...a: Parameters<typeof fs.cpSync>) => {
      hit('copy');
      fs.cpSync(...a);
    },
    renameSync: (...a: Parameters<typeof fs.renameSync>) => {
      hit('rename');
      fs.renameSync(...a);
    },
    // Clean-up is not a fault we inject: it only ever removes the staging directory.
    rmSync: fs.rmSync,
  };
  return { fs: faulty, calls: () => calls };
}

describe('publishDir', () => {
  it('swaps in every output at once, keeps other files and leaves no staging behind', () => {
    const { root, target, stagingRoot } = site();
    publishDir(target, NEW, { stagingRoot });
    const b64 = (s: string) => Buffer.from(s).toString('base64');
    expect(snapshot(target)).toEqual({
      'frontera.json': b64('new data'),
      'frontera.schema.json': b64('new schema'),
      'README.txt': b64('not ours'),
    });
    expect(fs.readdirSync(join(root, 'public'))).toEqual(['data']);
    expect(fs.readdirSync(stagingRoot)).toEqual([]);
  });

  it('creates the directory on the first run', () => {
    const { root, stagingRoot } = site();
    const fresh = join(root, 'public', 'fresh');
    publishDir(fresh, NEW, { stagingRoot });
    expect(fs.readFileSync(join(fresh, 'frontera.json'), 'utf8')).toBe('new data');
  });

  it('leaves the published directory byte-identical whichever step fails, rename included', () => {
    // Count the steps of a successful run, then fail each one in turn.
    const probe = site();
    const counter = failingAt(0);
    publishDir(probe.target, NEW, { stagingRoot: probe.stagingRoot, fs: counter.fs });
    const steps = counter.calls();
    expect(steps).toBeGreaterThanOrEqual(6); // mkdir, 2 writes, copy, 2 renames
    for (let n = 1; n <= steps; n++) {
      const { root, target, stagingRoot } = site();
      const before = snapshot(join(root, 'public'));
      expect(
        () => publishDir(target, NEW, { stagingRoot, fs: failingAt(n).fs }),
        `step ${n}`,
      ).toThrow(/injected failure/);
      expect(snapshot(join(root, 'public')), `step ${n}`).toEqual(before);
      expect(fs.existsSync(stagingRoot) ? fs.readdirSync(stagingRoot) : [], `step ${n}`).toEqual(
        [],
      );
    }
  });

  it('refuses when the staging directory cannot be made, and changes nothing', () => {
    const { root, target } = site();
    const blocker = join(root, 'a-file');
    fs.writeFileSync(blocker, '');
    const before = snapshot(join(root, 'public'));
    expect(() => publishDir(target, NEW, { stagingRoot: join(blocker, 'staging') })).toThrow(
      /ENOTDIR/,
    );
    expect(snapshot(join(root, 'public'))).toEqual(before);
  });

  it('publishes over an output path that had become a directory (the 2026-12-03 probe)', () => {
    const { target, stagingRoot } = site();
    fs.rmSync(join(target, 'frontera.schema.json'));
    fs.mkdirSync(join(target, 'frontera.schema.json'));
    publishDir(target, NEW, { stagingRoot });
    expect(fs.readFileSync(join(target, 'frontera.schema.json'), 'utf8')).toBe('new schema');
  });
});

describe('npm run data', () => {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
  const run = (staging: string) =>
    spawnSync(process.execPath, ['--import', 'tsx', join(root, 'scripts/compile-data.ts')], {
      cwd: root,
      env: { ...process.env, FRONTERA_STAGING: staging },
      encoding: 'utf8',
    });

  it('exits 1 and leaves public/data/ byte-identical when the rename cannot happen', () => {
    const before = snapshot(join(root, 'public', 'data'));
    const publicBefore = fs.readdirSync(join(root, 'public')).sort();
    // Staging on another file system: the swap's rename fails with EXDEV, for root too.
    const shm = '/dev/shm';
    const otherDevice =
      fs.existsSync(shm) && fs.statSync(shm).dev !== fs.statSync(join(root, 'public')).dev;
    const blocker = join(tempDir(tmpdir()), 'a-file');
    fs.writeFileSync(blocker, '');
    const stagings = [join(blocker, 'staging')];
    if (otherDevice) stagings.push(tempDir(shm));
    for (const staging of stagings) {
      const r = run(staging);
      expect(r.status, r.stdout + r.stderr).toBe(1);
      expect(r.stderr).toMatch(/could not write public\/data\/: .*(ENOTDIR|EXDEV)/);
      expect(r.stderr).toMatch(/public\/data\/ left unchanged/);
      expect(snapshot(join(root, 'public', 'data'))).toEqual(before);
      expect(fs.readdirSync(join(root, 'public')).sort()).toEqual(publicBefore);
    }
  }, 60_000);
});
