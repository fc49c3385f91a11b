// `cssp new` where git cannot simply branch and commit: each case is explained, and the plan is written.
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { execa } from 'execa';
import { describe, expect, it } from 'vitest';
import { copySample, REPO } from '../helpers/district.js';
import { git, gitSample } from '../helpers/git.js';

const cssp = (args: string[], cwd: string, env: Record<string, string> = {}) =>
  execa('node', [`${REPO}bin/cssp.js`, 'new', '--site', 'bayside-elementary', ...args], { cwd, reject: false, stdin: 'ignore', env: { NO_COLOR: '1', ...env } });
const written = (root: string) => existsSync(join(root, '2027-28/bayside-elementary.yaml'));

describe('cssp new and git', () => {
  it('no repository: written, and says how to start one', async () => {
    const root = copySample();
    const r = await cssp([], root, { GIT_CEILING_DIRECTORIES: join(root, '..') });
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toContain('This folder is not in a git repository, so nothing was committed.');
    expect(written(root)).toBe(true);
  });

  it('no git identity: written, uncommitted, with the commands to set it', async () => {
    const root = gitSample();
    git(root, 'config', '--unset', 'user.name');
    // simple-git does not pass GIT_CONFIG_GLOBAL on, so the global config is hidden by moving HOME.
    const home = join(root, '.home');
    const r = await cssp([], root, { HOME: home, XDG_CONFIG_HOME: home, GIT_CONFIG_NOSYSTEM: '1' });
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toContain('git does not know who you are (user.name and user.email are not set)');
    expect(r.stdout).toContain('  git config --global user.name "Your Name"');
    expect(git(root, 'branch', '--show-current')).toBe('main');
    expect(written(root)).toBe(true);
  });

  it('existing branch: not switched to, plan left uncommitted', async () => {
    const root = gitSample();
    git(root, 'branch', 'cssp/bayside-elementary-2027-28');
    const r = await cssp([], root);
    expect(r.stdout).toContain('The branch cssp/bayside-elementary-2027-28 already exists, so cssp did not switch to it or commit');
    expect(git(root, 'branch', '--show-current')).toBe('main');
    expect(written(root)).toBe(true);
  });

  it('dirty work tree and detached HEAD: other changes stay out of the commit', async () => {
    const root = gitSample();
    git(root, 'switch', '-q', '--detach');
    writeFileSync(join(root, 'notes.txt'), 'mine\n');
    git(root, 'add', 'notes.txt');
    const r = await cssp([], root);
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toContain('You were not on a branch (a detached HEAD)');
    expect(r.stdout).toMatch(/Your other uncommitted changes \(1 file, for example notes\.txt\) were left as they are/);
    expect(git(root, 'show', '--name-only', '--format=', 'HEAD')).not.toContain('notes.txt');
    expect(git(root, 'status', '--short')).toBe('A  notes.txt');
  });

  // Starting a second site's plan from the first site's branch once carried the first site's commits along.
  it('branches from the default branch, not from the branch checked out', async () => {
    const root = gitSample();
    git(root, 'switch', '-q', '-c', 'cssp/cypress-grove-elementary-2027-28');
    writeFileSync(join(root, 'other-site.txt'), 'work on another site\n');
    git(root, 'add', 'other-site.txt');
    git(root, 'commit', '-qm', 'another site');
    const r = await cssp([], root);
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toContain('on the new branch cssp/bayside-elementary-2027-28 (from main, the district\'s default branch, not cssp/cypress-grove-elementary-2027-28)');
    expect(git(root, 'rev-parse', 'HEAD~1')).toBe(git(root, 'rev-parse', 'main'));
    expect(existsSync(join(root, 'other-site.txt'))).toBe(false);
    expect(r.stdout).toMatch(/git commit -m "Bayside Elementary School: update 2027-28 plan" -- 2027-28\/bayside-elementary\.yaml/);
  });

  it('--no-git: nothing about git at all', async () => {
    const root = gitSample();
    const r = await cssp(['--no-git'], root);
    expect(r.stdout).not.toMatch(/branch|Committed|git /);
    expect(git(root, 'status', '--short')).toBe('?? 2027-28/');
  });
});
