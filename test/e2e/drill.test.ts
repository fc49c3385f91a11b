// End-to-end runs of `cssp drill` (bin/cssp.js, no terminal) in temporary git repositories.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { execa } from 'execa';
import { describe, expect, it } from 'vitest';
import { REPO } from '../helpers/district.js';
import { git, gitSample } from '../helpers/git.js';

const cssp = (args: string[], cwd: string) =>
  execa('node', [`${REPO}bin/cssp.js`, ...args], { cwd, reject: false, stdin: 'ignore', timeout: 20_000, env: { NO_COLOR: '1', GITHUB_ACTIONS: '' } });

const ADD = ['drill', 'add', '--site', 'bayside-elementary', '--type', 'earthquake', '--date', '2026-11-20', '--time', '10:05', '--conducted-by', 'Dr. Maribel Ochoa, Principal', '--as-of', '2026-11-23'];

describe('cssp drill add (no terminal)', () => {
  it('--commit commits only the plan file, leaving other staged work staged', async () => {
    const root = gitSample();
    writeFileSync(join(root, 'notes.txt'), 'mine\n');
    git(root, 'add', 'notes.txt');
    const r = await cssp([...ADD, '--commit'], root);
    expect(r.stderr).toBe('');
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toMatch(/Committed 2026-27\/bayside-elementary\.yaml: [0-9a-f]+ Log earthquake drill 2026-11-20 at Bayside Elementary School/);
    expect(git(root, 'show', '--name-only', '--format=%s', 'HEAD').split('\n')).toEqual(['Log earthquake drill 2026-11-20 at Bayside Elementary School', '', '2026-27/bayside-elementary.yaml']);
    expect(git(root, 'status', '--porcelain')).toBe('A  notes.txt');
  });

  it('keeps CRLF line ends and every other byte', async () => {
    const root = gitSample();
    const file = join(root, '2026-27/bayside-elementary.yaml');
    const crlf = readFileSync(file, 'utf8').replace(/\n/g, '\r\n');
    writeFileSync(file, crlf);
    const r = await cssp(ADD, root);
    expect(r.exitCode).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(`${crlf}  - type: earthquake\r\n    date: 2026-11-20\r\n    time: "10:05"\r\n    conductedBy: Dr. Maribel Ochoa, Principal\r\n`);
  });

  it('exits 2 with the missing flag named when there is no terminal', async () => {
    const r = await cssp(['drill', 'add', '--site', 'bayside-elementary'], gitSample());
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toMatch(/cannot ask \(there is no terminal\), and --type was not given/);
  });

  it('asks for every AB 1858 flag not given (no step defaults to done or not done)', async () => {
    const r = await cssp([...ADD.slice(0, 5), 'lockdown', ...ADD.slice(6), '--start-announcement', '--age-appropriate', '--support-resources'], gitSample());
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toContain('Give: --parent-notice-before <date> --parent-notice-after <date> --no-simulated-gunfire\n');
  });
});
