// End-to-end runs of bin/cssp.js (the built CLI; `npm test` builds first).
import { execa } from 'execa';
import { describe, expect, it } from 'vitest';
import { REPO } from '../helpers/district.js';
import { testdir } from '../helpers/testdir.js';

const cssp = (args: string[], cwd = REPO, env: Record<string, string> = {}) =>
  execa('node', [`${REPO}bin/cssp.js`, ...args], { cwd, reject: false, env: { NO_COLOR: '1', GITHUB_ACTIONS: '', ...env } });

describe('bin/cssp.js', () => {
  it('--help lists the commands, exit 0', async () => {
    const r = await cssp(['--help']);
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toMatch(/check \[options\] \[paths\.\.\.\]/);
    expect(r.stdout).toMatch(/rules \[options\]/);
  });

  it('a reader that closes the pipe early ends the run quietly, exit 0 (no EPIPE stack trace)', async () => {
    // `true` reads nothing and exits at once, so every write of the help goes to a closed pipe.
    const r = await execa('bash', ['-c', `node ${REPO}bin/cssp.js distribute --help | true; echo "exit \${PIPESTATUS[0]}" >&2`], { reject: false });
    expect(r.stderr).not.toContain('EPIPE');
    expect(r.stderr.trim()).toBe('exit 0');
  });

  it('--version prints the package version', async () => {
    const r = await cssp(['--version']);
    expect(r.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('an unknown option is a usage error, exit 2', async () => {
    const r = await cssp(['check', '--colour']);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toContain("unknown option '--colour'");
  });

  it('a bad --as-of says what it wants, without a stack trace, exit 2', async () => {
    const r = await cssp(['check', '--as-of', 'tomorrow']);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toBe('cssp: --as-of must be a date written YYYY-MM-DD, got "tomorrow".');
  });

  it('outside a district it explains where to run, exit 2', async () => {
    const r = await cssp(['check'], testdir({ 'notes.txt': '' }));
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toMatch(/No cssp.config.yaml found in .* or any folder above it\.\nRun cssp inside your district folder/);
  });

  it('a YAML syntax error is a positioned finding, exit 1', async () => {
    const dir = testdir({ 'plan.yaml': 'site:\n  name: Lincoln\n  level: [elementary\nschoolYear: 2026-27\n' });
    const r = await cssp(['check', 'plan.yaml', '--format', 'json'], dir);
    expect(r.exitCode).toBe(1);
    const out = JSON.parse(r.stdout) as { diagnostics: { file: string; line: number; ruleId: string }[] };
    expect(out.diagnostics[0]).toMatchObject({ file: 'plan.yaml', line: 3, ruleId: 'yaml-syntax' });
  });
});

describe('bin/cssp.js with a broken cssp.config.yaml', () => {
  it('prints the positioned diagnostic and exits 2 (a configuration error)', async () => {
    const dir = testdir({
      'cssp.config.yaml': 'schemaVersion: 1\ndistrict:\n\tname: Test USD\n',
      'plans/2026-27/alpha.yaml': 'schemaVersion: 1\n',
    });
    const r = await cssp(['check', '--as-of', '2026-11-23'], dir);
    expect(r.exitCode).toBe(2);
    expect(r.stdout).toMatch(/^cssp\.config\.yaml\n {2}3:1 +error/);
    expect(r.stderr).toContain('cssp.config.yaml has 1 error (the first at cssp.config.yaml:3:1); fix it first');
  });
});

describe('bin/cssp.js --output', () => {
  it('to a folder is a usage error with a hint, not an internal error, exit 2', async () => {
    const dir = testdir({ 'plan.yaml': 'schemaVersion: 1\n', 'reports/.keep': '' });
    const r = await cssp(['check', 'plan.yaml', '--output', 'reports'], dir);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toMatch(/^cssp: Cannot write the report to reports: it is a folder\.\nGive -o a file name/);
  });
});
