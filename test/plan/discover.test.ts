// Folder discovery: links to folders are followed once (loops end), linked plan files are plans,
// and anything named like a plan that is not a regular file is set aside without being opened.
import { execFileSync } from 'node:child_process';
import { statSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expandPaths, findPlanFiles, isPlanPath } from '../../src/plan/discover.js';
import { UsageError } from '../../src/errors.js';
import { testdir } from '../helpers/testdir.js';

const rel = (root: string, files: readonly string[]) => files.map((f) => f.slice(root.length + 1));

describe('findPlanFiles', () => {
  it('follows a linked year folder, stops at a link loop and accepts a linked plan file', () => {
    const root = testdir({
      'plans/2026-27/alpha.yaml': 'x',
      'archive/2025-26/alpha.yaml': 'x',
      'shared/beta.yaml': 'x',
    });
    symlinkSync(join(root, 'archive/2025-26'), join(root, 'plans/2025-26'));
    symlinkSync(root, join(root, 'plans/loop')); // plans/loop/plans/loop/... forever if followed blindly
    symlinkSync(join(root, 'plans'), join(root, 'plans/again'));
    symlinkSync(join(root, 'shared/beta.yaml'), join(root, 'plans/2026-27/beta.yaml'));
    const started = Date.now();
    const found = findPlanFiles(join(root, 'plans'));
    expect(Date.now() - started).toBeLessThan(1000);
    expect(rel(root, found.files)).toEqual(['plans/2025-26/alpha.yaml', 'plans/2026-27/alpha.yaml', 'plans/2026-27/beta.yaml']);
    expect(found.skipped).toEqual([]);
  });

  it("keeps each plan's size and modification time (the check cache's stamp), of the linked file for a link", () => {
    const root = testdir({ 'plans/2026-27/alpha.yaml': 'abc', 'shared/beta.yaml': 'hello' });
    symlinkSync(join(root, 'shared/beta.yaml'), join(root, 'plans/2026-27/beta.yaml'));
    const found = findPlanFiles(join(root, 'plans'));
    expect(found.files.map((f) => found.stamps.get(f)?.size)).toEqual([3, 5]);
    expect(found.stamps.get(found.files[1]!)?.mtimeMs).toBe(statSync(join(root, 'shared/beta.yaml')).mtimeMs);
    const named = expandPaths([join(root, 'plans/2026-27/alpha.yaml')], root);
    expect(named.stamps.get(named.files[0]!)).toEqual({ size: 3, mtimeMs: statSync(named.files[0]!).mtimeMs });
  });

  it('sets aside a named pipe and a dangling link named like plans', () => {
    const root = testdir({ 'plans/2026-27/alpha.yaml': 'x' });
    execFileSync('mkfifo', [join(root, 'plans/2026-27/pipe.yaml')]);
    symlinkSync(join(root, 'nowhere.yaml'), join(root, 'plans/2026-27/gone.yaml'));
    const found = findPlanFiles(join(root, 'plans'));
    expect(rel(root, found.files)).toEqual(['plans/2026-27/alpha.yaml']);
    expect(found.skipped.map((s) => [rel(root, [s.file])[0], s.kind])).toEqual([
      ['plans/2026-27/gone.yaml', 'a link to a file that does not exist'],
      ['plans/2026-27/pipe.yaml', 'a named pipe'],
    ]);
  });
});

describe('isPlanPath', () => {
  it('says a path is a plan exactly where the search finds plans', () => {
    const files = [
      '2026-27/alpha.yaml', 'plans/2026-27/beta.yml', 'a/b/2026-27/gamma.yaml', // found: up to three levels down
      'a/b/c/2026-27/deep.yaml', // too deep
      'translations/2026-27/alpha.es.yaml', 'x/node_modules/2026-27/m.yaml', '.git/2026-27/g.yaml', // skipped folders
      '2025-26/2026-27/nested.yaml', // a year folder is not searched for folders
      '2026-27/.hidden.yaml', '2026-27/notes.md', 'alpha.yaml', '2026-27/cssp.config.yaml', 'other/alpha.yaml',
    ];
    const root = testdir(Object.fromEntries(files.map((f) => [f, 'x'])));
    const found = rel(root, findPlanFiles(root).files);
    expect(found).toEqual(['2026-27/alpha.yaml', 'a/b/2026-27/gamma.yaml', 'plans/2026-27/beta.yml']);
    expect(files.filter((f) => isPlanPath(join(root, f), root)).sort()).toEqual(found);
    expect(isPlanPath(join(root, '..', '2026-27', 'alpha.yaml'), root)).toBe(false);
  });
});

describe('expandPaths', () => {
  const root = testdir({ 'plans/2026-27/alpha.yaml': 'x', 'README.md': '# hi', 'cssp.config.yaml': '' });
  const refusal = (paths: string[]) => {
    try {
      expandPaths(paths, root);
    } catch (err) {
      expect(err).toBeInstanceOf(UsageError);
      return `${(err as UsageError).message}\n${(err as UsageError).hint}`;
    }
    throw new Error('expected a UsageError');
  };

  it('refuses a file that is not a plan, naming it, even beside real plans', () => {
    const text = refusal(['plans/2026-27/alpha.yaml', 'README.md']);
    expect(text).toMatch(/^README\.md is not a plan file\.\nPlans are YAML files named plans\/<school-year>\/<site-id>\.yaml, for example plans\/2026-27\/lincoln-elementary\.yaml\./);
    expect(refusal(['cssp.config.yaml'])).toMatch(/^cssp\.config\.yaml is not a plan file: it is the district settings file/);
  });

  it('refuses a device without opening it', () => {
    expect(refusal(['/dev/zero'])).toMatch(/^\/dev\/zero is not a plan file: it is a device, not a regular file\./);
  });

  it('keeps plan files and searches folders', () => {
    expect(rel(root, expandPaths(['plans/2026-27/alpha.yaml', 'plans'], root).files)).toEqual(['plans/2026-27/alpha.yaml']);
  });
});

