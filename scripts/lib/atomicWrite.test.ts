import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFilesAtomic } from './atomicWrite';

describe('writeFilesAtomic', () => {
  it('replaces every file, or none: a failed write leaves the old files and no temp files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'frontera-'));
    const a = join(dir, 'frontera.json');
    writeFileSync(a, 'old data');
    // The second target cannot be written (its directory is read-only).
    const locked = join(dir, 'locked');
    mkdirSync(locked);
    chmodSync(locked, 0o500);
    const b = join(locked, 'frontera.schema.json');
    const root = process.getuid?.() === 0;
    if (!root) {
      expect(() => writeFilesAtomic({ [a]: 'new data', [b]: 'new schema' })).toThrow();
      expect(readFileSync(a, 'utf8')).toBe('old data');
      expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    }
    // A target whose parent does not exist fails for root too.
    const missing = join(dir, 'no-such-dir', 'x.json');
    expect(() => writeFilesAtomic({ [a]: 'new data', [missing]: 'x' })).toThrow();
    expect(readFileSync(a, 'utf8')).toBe('old data');
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    writeFilesAtomic({ [a]: 'new data' });
    expect(readFileSync(a, 'utf8')).toBe('new data');
    expect(existsSync(`${a}.${process.pid}.tmp`)).toBe(false);
  });
});
