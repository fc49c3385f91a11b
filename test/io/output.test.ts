// The one -o writer: never onto a YAML file (a plan or the settings), and a failure names the file
// and the reason in the user's words.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { execa } from 'execa';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import { writeOutput } from '../../src/io/output.js';
import { copySample, REPO } from '../helpers/district.js';
import { testdir } from '../helpers/testdir.js';

describe('writeOutput', () => {
  it('writes the file and returns its path', () => {
    const dir = testdir({});
    expect(writeOutput({ cwd: dir, given: 'out/report.txt', data: 'hello', what: 'the report' })).toBe(join(dir, 'out/report.txt'));
    expect(readFileSync(join(dir, 'out/report.txt'), 'utf8')).toBe('hello');
  });

  it.each(['plan.yaml', 'x.YML'])('refuses %s', (given) => {
    expect(() => writeOutput({ cwd: testdir({}), given, data: 'x', what: 'the PDF' })).toThrow(UsageError);
  });
});

describe('cssp render -o onto its own plan', () => {
  it('refuses, exit 2, and the plan is unchanged', async () => {
    const root = copySample();
    const plan = '2026-27/bayside-elementary.yaml';
    const before = readFileSync(join(root, plan), 'utf8');
    const r = await execa('node', [`${REPO}bin/cssp.js`, 'render', plan, '--html', '-o', plan], { cwd: root, reject: false });
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toContain(`cssp did not write the HTML to ${plan}`);
    expect(readFileSync(join(root, plan), 'utf8')).toBe(before);
  }, 30_000);
});
