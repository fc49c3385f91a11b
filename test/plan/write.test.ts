import { spawn, execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { writeFileAtomic, writeFilesAtomic } from '../../src/plan/write.js';
import { testdir } from '../helpers/testdir.js';

// renameSync is wrapped so a test can watch the rename or make it fail; by default it renames.
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  return { ...fs, renameSync: vi.fn(fs.renameSync), writeFileSync: vi.fn(fs.writeFileSync) };
});
const rename = vi.mocked(renameSync);
const write = vi.mocked(writeFileSync);
const realFs = await vi.importActual<typeof import('node:fs')>('node:fs');
afterEach(() => rename.mockClear());

describe('writeFileAtomic', () => {
  it('replaces a file and leaves no temporary file behind', () => {
    const dir = testdir({ 'report.txt': 'old' });
    writeFileAtomic(join(dir, 'report.txt'), 'new');
    expect(readFileSync(join(dir, 'report.txt'), 'utf8')).toBe('new');
    expect(readdirSync(dir)).toEqual(['report.txt']);
  });

  it('writes the whole text to a temporary file in the same folder, then renames it over the target', () => {
    const dir = testdir({ 'report.txt': 'old' });
    const target = join(dir, 'report.txt');
    const seen: { temp: string; tempText: string; targetText: string }[] = [];
    rename.mockImplementationOnce((from, to) => {
      seen.push({ temp: String(from), tempText: readFileSync(from, 'utf8'), targetText: readFileSync(to, 'utf8') });
      realFs.renameSync(from, to);
    });
    writeFileAtomic(target, 'new');
    expect(rename).toHaveBeenCalledTimes(1);
    expect(rename.mock.calls[0]?.[1]).toBe(target);
    expect(seen).toHaveLength(1);
    const { temp, tempText, targetText } = seen[0]!;
    expect(dirname(temp)).toBe(dir);
    expect(temp).not.toBe(target);
    // While the new text was complete in the temporary file, the target still had the old text.
    expect(tempText).toBe('new');
    expect(targetText).toBe('old');
    expect(readFileSync(target, 'utf8')).toBe('new');
    expect(readdirSync(dir)).toEqual(['report.txt']);
  });

  it('keeps the old file, and leaves no temporary file, when the rename fails', () => {
    const dir = testdir({ 'report.txt': 'precious' });
    rename.mockImplementationOnce(() => {
      throw Object.assign(new Error('EXDEV: cross-device link not permitted'), { code: 'EXDEV' });
    });
    expect(() => writeFileAtomic(join(dir, 'report.txt'), 'new')).toThrow(/EXDEV/);
    expect(readFileSync(join(dir, 'report.txt'), 'utf8')).toBe('precious');
    expect(readdirSync(dir)).toEqual(['report.txt']);
  });

  it('keeps the permissions of the file it replaces', () => {
    const dir = testdir({ 'private.txt': 'old' });
    execFileSync('chmod', ['600', join(dir, 'private.txt')]);
    writeFileAtomic(join(dir, 'private.txt'), 'new');
    expect(statSync(join(dir, 'private.txt')).mode & 0o777).toBe(0o600);
  });

  it('creates missing folders', () => {
    const dir = testdir({});
    writeFileAtomic(join(dir, 'out/deep/r.json'), '{}');
    expect(readFileSync(join(dir, 'out/deep/r.json'), 'utf8')).toBe('{}');
  });

  it('writes into a named pipe in place instead of renaming over it', async () => {
    const dir = testdir({});
    const fifo = join(dir, 'pipe');
    execFileSync('mkfifo', [fifo]);
    // The reader at the other end: opening a FIFO for writing waits until someone reads it.
    const reader = spawn('cat', [fifo]);
    const chunks: Buffer[] = [];
    reader.stdout.on('data', (c: Buffer) => chunks.push(c));
    const exited = new Promise((resolve) => reader.on('close', resolve));
    try {
      writeFileAtomic(fifo, 'through the pipe');
      expect(statSync(fifo).isFIFO()).toBe(true);
      await exited;
    } finally {
      // Had the pipe been replaced, the reader would wait on it for ever.
      reader.kill();
    }
    expect(Buffer.concat(chunks).toString('utf8')).toBe('through the pipe');
    expect(rename).not.toHaveBeenCalled();
    expect(readdirSync(dir)).toEqual(['pipe']);
  });

  it('keeps the old file when the write fails', () => {
    const dir = testdir({ 'keep.txt': 'precious' });
    writeFileSync(join(dir, 'blocker'), '');
    expect(() => writeFileAtomic(join(dir, 'blocker/child.txt'), 'x')).toThrow();
    expect(readFileSync(join(dir, 'keep.txt'), 'utf8')).toBe('precious');
  });

  // `drill add` once replaced a linked plan with a copy, and the real plan was never updated.
  it('writes through a link to its target, and keeps the link', () => {
    const dir = testdir({ 'shared/plan.yaml': 'a: 1\n' });
    realFs.mkdirSync(join(dir, '2026-27'));
    realFs.symlinkSync(join(dir, 'shared/plan.yaml'), join(dir, '2026-27/site.yaml'));
    writeFileAtomic(join(dir, '2026-27/site.yaml'), 'a: 2\n');
    expect(realFs.lstatSync(join(dir, '2026-27/site.yaml')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, 'shared/plan.yaml'), 'utf8')).toBe('a: 2\n');
    expect(readdirSync(join(dir, 'shared'))).toEqual(['plan.yaml']);
  });

  it('refuses a link to nothing rather than replacing it', () => {
    const dir = testdir({});
    realFs.symlinkSync(join(dir, 'gone.yaml'), join(dir, 'site.yaml'));
    expect(() => writeFileAtomic(join(dir, 'site.yaml'), 'x')).toThrow(/is a link to .*gone\.yaml, which does not exist/);
    expect(realFs.lstatSync(join(dir, 'site.yaml')).isSymbolicLink()).toBe(true);
  });

  // An import on a full disk once left the plan and its year folder behind, and the next import needed --force.
  it('writes several files as one change: a failure on the last leaves no file and no folder it made', () => {
    const dir = testdir({});
    const full = Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC', path: 'x' });
    write.mockImplementation((path, data) => {
      if (String(path).includes('image.png')) throw full;
      realFs.writeFileSync(path, data);
    });
    try {
      expect(() => writeFilesAtomic([
        { path: join(dir, '2027-28/site.yaml'), data: 'plan' },
        { path: join(dir, '2027-28/site.unmapped.md'), data: 'rest' },
        { path: join(dir, '2027-28/maps/image.png'), data: 'png' },
      ])).toThrow(/ENOSPC/);
    } finally {
      write.mockImplementation(realFs.writeFileSync);
    }
    expect(readdirSync(dir)).toEqual([]);
    writeFilesAtomic([{ path: join(dir, '2027-28/site.yaml'), data: 'plan' }, { path: join(dir, '2027-28/maps/image.png'), data: 'png' }]);
    expect(readdirSync(join(dir, '2027-28')).sort()).toEqual(['maps', 'site.yaml']);
  });
});
