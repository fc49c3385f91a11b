// The version stamp's commit: one git log per folder must give what one git log per file gave.
import { appendFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planCommit, planCommits } from '../../src/io/plan-commit.js';
import { git, gitSample } from '../helpers/git.js';
import { testdir } from '../helpers/testdir.js';

describe('planCommits', () => {
  it('gives each file its own last commit, "+" when changed, nothing when untracked', () => {
    const root = gitSample();
    const year = join(root, '2026-27');
    const first = git(root, 'rev-parse', '--short', 'HEAD');
    appendFileSync(join(year, 'seacliff-k8.yaml'), '# edited\n');
    git(root, 'commit', '-qam', 'seacliff');
    const second = git(root, 'rev-parse', '--short', 'HEAD');
    appendFileSync(join(year, 'breakwater-high.yaml'), '# not committed\n');
    writeFileSync(join(year, 'new-site.yaml'), 'plan: {}\n');

    const commitOf = planCommits();
    const files = ['bayside-elementary', 'seacliff-k8', 'breakwater-high', 'new-site'].map((s) => join(year, `${s}.yaml`));
    expect(files.map(commitOf)).toEqual([first, second, `${first}+`, undefined]);
    expect(files.map(planCommit)).toEqual([first, second, `${first}+`, undefined]);
  });

  it('has no commit outside a repository', () => {
    const dir = testdir({ 'a.yaml': 'x: 1\n' });
    expect(planCommits()(join(dir, 'a.yaml'))).toBeUndefined();
  });
});
