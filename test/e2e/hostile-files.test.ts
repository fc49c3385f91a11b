// Named pipes and devices where plans are expected must never be opened: reading one blocks
// forever. Each run has a timeout, so a regression fails here instead of hanging the suite.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { execa } from 'execa';
import { describe, expect, it } from 'vitest';
import { REPO } from '../helpers/district.js';
import { testdir } from '../helpers/testdir.js';

const config = 'schemaVersion: 1\ndistrict: { name: Test USD, cdsCode: 99-99999 }\ncalendars: {}\nsites: []\n';
const cssp = (args: string[], cwd: string) =>
  execa('node', [`${REPO}bin/cssp.js`, ...args], { cwd, reject: false, timeout: 10_000, env: { NO_COLOR: '1', GITHUB_ACTIONS: '' } });

interface Json {
  diagnostics: { file: string; line: number; column: number; ruleId: string; message: string }[];
  summary: { files: number };
}

describe('hostile files', () => {
  it('a named pipe in a year folder is reported at 1:1 and skipped', async () => {
    const dir = testdir({ 'cssp.config.yaml': config, 'plans/2026-27/alpha.yaml': 'schemaVersion: 1\n' });
    execFileSync('mkfifo', [join(dir, 'plans/2026-27/x.yaml')]);
    const r = await cssp(['check', '--format', 'json', '--as-of', '2026-11-23'], dir);
    expect(r.timedOut).toBe(false);
    expect(r.exitCode).toBe(1);
    const out = JSON.parse(r.stdout) as Json;
    expect(out.summary.files).toBe(2);
    expect(out.diagnostics.filter((d) => d.file === 'plans/2026-27/x.yaml')).toMatchObject([
      { line: 1, column: 1, ruleId: 'file-read', message: 'This is a named pipe, not a plan file, so cssp did not open it.' },
    ]);
  });

  it('a named pipe as cssp.config.yaml is a configuration error, exit 2', async () => {
    const dir = testdir({ 'plans/2026-27/alpha.yaml': 'schemaVersion: 1\n' });
    execFileSync('mkfifo', [join(dir, 'cssp.config.yaml')]);
    const r = await cssp(['check', '--format', 'json', '--as-of', '2026-11-23'], dir);
    expect(r.timedOut).toBe(false);
    expect(r.exitCode).toBe(2);
    const config = (JSON.parse(r.stdout) as Json).diagnostics.find((d) => d.file === 'cssp.config.yaml');
    expect(config).toMatchObject({ ruleId: 'file-read', message: 'Cannot read the file: it is a named pipe, not a regular file.' });
  });

  it('`cssp check /dev/zero` is refused as a usage error, exit 2', async () => {
    const r = await cssp(['check', '/dev/zero'], testdir({ 'notes.txt': '' }));
    expect(r.timedOut).toBe(false);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toMatch(/^cssp: \/dev\/zero is not a plan file: it is a device, not a regular file\./);
  });

  it('`cssp check README.md` is refused with one message, exit 2', async () => {
    const r = await cssp(['check', 'README.md'], REPO);
    expect(r.exitCode).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^cssp: README\.md is not a plan file\.\nPlans are YAML files named plans\/<school-year>\/<site-id>\.yaml/);
  });
});
