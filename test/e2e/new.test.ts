// End-to-end runs of `cssp new` (bin/cssp.js, no terminal) in temporary git repositories.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { execa } from 'execa';
import { describe, expect, it } from 'vitest';
import { REPO } from '../helpers/district.js';
import { git, gitSample } from '../helpers/git.js';

const cssp = (args: string[], cwd: string) =>
  execa('node', [`${REPO}bin/cssp.js`, ...args], { cwd, reject: false, stdin: 'ignore', timeout: 20_000, env: { NO_COLOR: '1', GITHUB_ACTIONS: '' } });

describe('cssp new (no terminal)', () => {
  it('carries last year forward on a branch: comments kept, records cleared, maps copied, one commit', async () => {
    const root = gitSample();
    const r = await cssp(['new', '--site', 'bayside-elementary', '--meeting-date', '2028-02-10', '--meeting-place', 'Library'], root);
    expect(r.stderr).toBe('');
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toMatch(/^Wrote 2027-28\/bayside-elementary\.yaml \(carried forward from 2026-27\)\./);
    expect(r.stdout).toContain('cleared: consultations (3), drills (11 records)');
    const text = readFileSync(join(root, '2027-28/bayside-elementary.yaml'), 'utf8');
    expect(text.split('\n', 1)[0]).toMatch(/^# yaml-language-server: \$schema=.*schemas\/plan\.schema\.json$/);
    expect(text).toContain('# Harbor Vista Unified School District (fictional sample district)');
    expect(text).toContain('schoolYear: 2027-28\nversion: 2027-28.0-draft\n');
    expect(text).toContain('publicMeeting:\n  date: 2028-02-10\n  location: Library\n');
    expect(text).not.toContain('consultations:');
    expect(text).toContain('drills: []');
    expect(git(root, 'branch', '--show-current')).toBe('cssp/bayside-elementary-2027-28');
    expect(git(root, 'show', '--name-only', '--format=%s', 'HEAD').split('\n')).toEqual([
      'Bayside Elementary School: start the 2027-28 safety plan', '', '2027-28/bayside-elementary.yaml', '2027-28/maps/bayside-elementary-campus.svg',
    ]);
    const check = await cssp(['check', '2027-28/bayside-elementary.yaml', '--format', 'json'], root);
    const found = (JSON.parse(check.stdout) as { diagnostics: { severity: string }[] }).diagnostics;
    expect(found.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('without --site and no terminal: exit 2 at once, naming the flag and an example', async () => {
    const root = gitSample();
    const started = Date.now();
    const r = await cssp(['new'], root);
    expect(r.exitCode).toBe(2);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(r.stderr).toContain('cssp: cssp new cannot ask which site (there is no terminal), and --site was not given.');
    expect(r.stderr).toMatch(/Missing: --site <id> \(one of: bayside-elementary, .*\)\..*\n {2}cssp new --site lincoln-elementary --year 2027-28 --yes/s);
  });

  it('never overwrites without --force', async () => {
    const root = gitSample();
    const r = await cssp(['new', '--site', 'seacliff-k8', '--year', '2026-27', '--no-git'], root);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toContain('cssp: 2026-27/seacliff-k8.yaml already exists; cssp did not change it.');
    expect(git(root, 'status', '--short')).toBe('');
  });
});
