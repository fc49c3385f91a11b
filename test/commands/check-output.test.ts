// --output to a place that cannot be written is the user's to fix (exit 2), said in words.
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCheck } from '../../src/commands/check.js';
import { UsageError } from '../../src/errors.js';
import { memoryIo } from '../helpers/io.js';
import { testdir } from '../helpers/testdir.js';

const district = () =>
  testdir({
    'cssp.config.yaml': 'schemaVersion: 1\ndistrict: { name: Test USD, cdsCode: 99-99999 }\ncalendars: {}\nsites: []\n',
    'plans/2026-27/alpha.yaml': 'schemaVersion: 1\n',
  });

async function outputError(output: string, root = district()): Promise<UsageError> {
  const err = await runCheck([], { format: 'json', output, asOf: '2026-11-23' }, memoryIo(root)).catch((e: unknown) => e);
  expect(err).toBeInstanceOf(UsageError);
  expect((err as UsageError).exitCode).toBe(2);
  expect((err as UsageError).hint).toMatch(/-o/);
  return err as UsageError;
}

describe('cssp check --output that cannot be written', () => {
  it('a folder', async () => {
    const root = district();
    mkdirSync(join(root, 'reports'));
    expect((await outputError('reports', root)).message).toBe('Cannot write the report to reports: it is a folder.');
  });

  it('a missing folder that cannot be created because a file is in the way', async () => {
    const root = district();
    writeFileSync(join(root, 'reports'), '');
    expect((await outputError('reports/today/cssp.json', root)).message).toBe(
      'Cannot write the report to reports/today/cssp.json: part of the path is a file, not a folder.',
    );
  });

  // Root may write anywhere, so the permission case only means something for other users.
  it.skipIf(process.getuid?.() === 0)('a read-only folder', async () => {
    const root = district();
    mkdirSync(join(root, 'locked'));
    chmodSync(join(root, 'locked'), 0o555);
    expect((await outputError('locked/cssp.json', root)).message).toBe('Cannot write the report to locked/cssp.json: permission denied.');
  });
});
