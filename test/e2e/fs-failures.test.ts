// A read-only folder or a full disk is the user's situation, not cssp's bug: the message names the
// file and what to do, exit 2, and nothing is half-written.
import { spawnSync } from 'node:child_process';
import { chmodSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { execa } from 'execa';
import { describe, expect, it } from 'vitest';
import { copySample, REPO } from '../helpers/district.js';

const cssp = (cwd: string, args: string[], asUser?: string) =>
  asUser
    ? execa('su', [asUser, '-s', '/bin/sh', '-c', `node ${REPO}bin/cssp.js ${args.map((a) => `'${a}'`).join(' ')}`], { cwd, reject: false })
    : execa('node', [`${REPO}bin/cssp.js`, ...args], { cwd, reject: false });

const root = process.getuid?.() === 0;

describe('file-system failures', () => {
  it.skipIf(!root)('a plan in a folder the user may not write: names the plan, says why, exit 2, nothing left', async (ctx) => {
    const dir = copySample();
    chmodSync(dir, 0o755);
    // Root writes anywhere, so the command runs as nobody; where nobody cannot reach this checkout
    // (a private temporary folder), there is nothing to test with.
    const reach = spawnSync('su', ['nobody', '-s', '/bin/sh', '-c', `test -r ${REPO}bin/cssp.js && test -r ${REPO}dist/main.js && cd ${dir} && node -e 0`]);
    if (reach.status !== 0) ctx.skip();
    chmodSync(join(dir, '2026-27'), 0o555);
    const before = readFileSync(join(dir, '2026-27/bayside-elementary.yaml'), 'utf8');
    try {
      const r = await cssp(dir, ['drill', 'add', '--site', 'bayside-elementary', '--type', 'fire', '--date', '2026-11-20', '--time', '10:00', '--conducted-by', 'X'], 'nobody');
      expect(r.exitCode).toBe(2);
      expect(r.stderr).toMatch(/^cssp: Cannot write \S*2026-27\/bayside-elementary\.yaml: permission denied\.\nCheck that you may write there/);
      expect(r.stderr).not.toMatch(/internal error|EACCES|\.tmp/);
    } finally {
      chmodSync(join(dir, '2026-27'), 0o755);
    }
    expect(readFileSync(join(dir, '2026-27/bayside-elementary.yaml'), 'utf8')).toBe(before);
    expect(readdirSync(join(dir, '2026-27')).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  }, 30_000);

  it('a full disk (/dev/full): says the disk is full, exit 2', async () => {
    const r = await cssp(copySample(), ['drill', 'export', '--year', '2026-27', '-o', '/dev/full']);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toMatch(/disk is full/);
    expect(r.stderr).not.toMatch(/internal error|ENOSPC/);
  }, 30_000);
});
