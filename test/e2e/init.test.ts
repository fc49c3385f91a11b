// `cssp init` as a district runs it: bin/cssp.js in a temporary folder, then `cssp check` in the
// district it made. HOME is a temporary folder, so the git identity is the test's (or none).
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { execa } from 'execa';
import { describe, expect, it } from 'vitest';
import { REPO } from '../helpers/district.js';
import { git } from '../helpers/git.js';
import { testdir } from '../helpers/testdir.js';

const SITES = '\ufeffid,name,level,grades,CDS Code\r\nlincoln-elementary,"Lincoln Elementary School, Main Campus",elementary,TK-5,01611926000001\r\n,Washington High School,high,9-12,01611920130229\r\n';
const FLAGS = ['--district-name', 'Lincoln Unified School District', '--cds-code', '01-61119', '--sites-csv', 'sites.csv', '--yes'];

/** A folder with sites.csv, and a HOME whose .gitconfig names someone (or no one). */
function workspace(identity = true) {
  const cwd = testdir({ 'sites.csv': SITES, 'home/.gitconfig': identity ? '[user]\n\tname = Test Lead\n\temail = lead@example.org\n' : '' });
  return { cwd, env: { NO_COLOR: '1', HOME: join(cwd, 'home'), XDG_CONFIG_HOME: join(cwd, 'home'), GIT_CONFIG_NOSYSTEM: '1', GIT_CEILING_DIRECTORIES: cwd } };
}

const cssp = (args: string[], w: { cwd: string; env: Record<string, string> }, cwd = w.cwd) =>
  execa('node', [`${REPO}bin/cssp.js`, ...args], { cwd, env: w.env, reject: false, stdin: 'ignore', timeout: 20_000 });

describe('cssp init', () => {
  it('creates the district, its git repository and first commit; cssp check passes there with "not started" warnings', async () => {
    const w = workspace();
    const r = await cssp(['init', 'district', ...FLAGS], w);
    expect(r.stderr).toBe('');
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toMatch(/^Created the district repository for Lincoln Unified School District in district:\n {2}cssp\.config\.yaml {2}2 schools/);
    const root = join(w.cwd, 'district');
    for (const file of ['cssp.config.yaml', 'package.json', 'README.md', '.gitignore', '.gitattributes', '.github/workflows/cssp.yml', 'plans/README.md', 'standards/README.md']) {
      expect(existsSync(join(root, file)), file).toBe(true);
    }
    expect(git(root, 'branch', '--show-current')).toBe('main');
    expect(git(root, 'log', '--format=%s %an')).toBe('Start the district repository (cssp init) Test Lead');
    expect(git(root, 'status', '--porcelain')).toBe('');
    expect(git(root, 'ls-files')).toContain('.github/workflows/cssp.yml');

    const check = await cssp(['check', '--format', 'json'], w, root);
    expect(check.exitCode).toBe(0);
    const found = (JSON.parse(check.stdout) as { diagnostics: { ruleId: string; severity: string; message: string }[] }).diagnostics;
    expect(found.map((d) => [d.ruleId, d.severity])).toEqual([['district-coverage', 'warning'], ['district-coverage', 'warning']]);
    expect(found[1]!.message).toMatch(/^Washington High School \(`washington-high-school`\): the \d{4}-\d{2} plan is not started yet/);
  }, 30_000);

  it('without a git identity: files written, nothing committed, with the commands to finish', async () => {
    const w = workspace(false);
    const r = await cssp(['init', 'district', ...FLAGS], w);
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toContain('Started a git repository (branch main), but git does not know who you are (user.name and user.email are not set), so nothing was committed. The files are written.');
    expect(r.stdout).toContain('  git add -A && git commit -m "Start the district repository (cssp init)"');
    expect(existsSync(join(w.cwd, 'district/cssp.config.yaml'))).toBe(true);
  }, 30_000);

  it('refuses a folder that is not empty (exit 2) unless --force', async () => {
    const w = workspace();
    mkdirSync(join(w.cwd, 'district'));
    writeFileSync(join(w.cwd, 'district/notes.txt'), 'keep');
    const r = await cssp(['init', 'district', ...FLAGS], w);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toBe('cssp: district is not empty (notes.txt), so cssp init did not write anything.\nChoose a new or empty folder (cssp init my-district), or add --force to write the district files into it (files of the same name are replaced).');
    expect(readdirSync(join(w.cwd, 'district'))).toEqual(['notes.txt']);
    expect((await cssp(['init', 'district', ...FLAGS, '--force', '--no-git'], w)).exitCode).toBe(0);
    expect(existsSync(join(w.cwd, 'district/cssp.config.yaml'))).toBe(true);
  }, 30_000);

  it('with no terminal and no district flags, exits 2 at once naming them, even with stdin left open', async () => {
    const w = workspace();
    const started = Date.now();
    const r = await execa('node', [`${REPO}bin/cssp.js`, 'init', 'district'], { cwd: w.cwd, env: w.env, reject: false, stdin: 'pipe', timeout: 10_000 });
    expect(r.exitCode).toBe(2);
    expect(Date.now() - started).toBeLessThan(9_000);
    expect(r.stderr).toContain('cssp: cssp init cannot ask for the district (there is no terminal), and these flags were not given.\nMissing: --district-name <name>, --cds-code <code>.');
    expect(r.stderr).toContain('For example:\n  cssp init my-district --district-name');
    expect(existsSync(join(w.cwd, 'district'))).toBe(false);
  }, 30_000);
});
