import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../src/plan/write.js';
import { testdir } from '../helpers/testdir.js';

describe('writeFileAtomic', () => {
  it('replaces a file and leaves no temporary file behind', () => {
    const dir = testdir({ 'report.txt': 'old' });
    writeFileAtomic(join(dir, 'report.txt'), 'new');
    expect(readFileSync(join(dir, 'report.txt'), 'utf8')).toBe('new');
    expect(readdirSync(dir)).toEqual(['report.txt']);
  });

  it('creates missing folders', () => {
    const dir = testdir({});
    writeFileAtomic(join(dir, 'out/deep/r.json'), '{}');
    expect(readFileSync(join(dir, 'out/deep/r.json'), 'utf8')).toBe('{}');
  });

  it('writes into a device in place instead of renaming over it (/dev/null stays a device)', () => {
    writeFileAtomic('/dev/null', 'discarded');
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
  });

  it('keeps the old file when the write fails', () => {
    const dir = testdir({ 'keep.txt': 'precious' });
    writeFileSync(join(dir, 'blocker'), '');
    expect(() => writeFileAtomic(join(dir, 'blocker/child.txt'), 'x')).toThrow();
    expect(readFileSync(join(dir, 'keep.txt'), 'utf8')).toBe('precious');
  });
});
