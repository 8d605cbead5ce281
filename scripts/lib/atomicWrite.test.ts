// @vitest-environment node
import {
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
import { writeFileAtomic } from './atomicWrite';

describe('writeFileAtomic', () => {
  it('replaces the file, or leaves it and no temp file when the rename fails', () => {
    const dir = mkdtempSync(join(tmpdir(), 'frontera-'));
    const a = join(dir, 'world.json');
    writeFileSync(a, 'old');
    writeFileAtomic(a, 'new');
    expect(readFileSync(a, 'utf8')).toBe('new');
    expect(existsSync(`${a}.${process.pid}.tmp`)).toBe(false);
    // A directory in the target's place: the temp file is written, the rename fails (even as root).
    const blocked = join(dir, 'blocked.json');
    mkdirSync(join(blocked, 'inside'), { recursive: true });
    expect(() => writeFileAtomic(blocked, 'x')).toThrow();
    expect(readdirSync(dir).sort()).toEqual(['blocked.json', 'world.json']);
  });
});
