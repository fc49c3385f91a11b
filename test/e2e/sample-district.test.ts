// The sample district in plans/ is the README demo: it must validate and check clean as of the
// date its 2026-27 drill logs run to.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { execa } from 'execa';
import { describe, expect, it } from 'vitest';
import { validateConfig, validatePlan } from '../../src/check/validators.js';
import { loadSource } from '../../src/plan/source.js';
import { REPO, SAMPLE } from '../helpers/district.js';

const years = ['2025-26', '2026-27'];
const planFiles = years.flatMap((y) => readdirSync(join(SAMPLE, y)).filter((f) => f.endsWith('.yaml')).map((f) => join(SAMPLE, y, f)));

describe('sample district (plans/)', () => {
  it('has six sites with a plan for each year', () => {
    expect(planFiles).toHaveLength(12);
  });

  it.each(planFiles.map((f) => [f.slice(SAMPLE.length)]))('%s loads cleanly, validates and starts with the schema line', (rel) => {
    const text = readFileSync(join(SAMPLE, rel), 'utf8');
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=../../schemas/plan.schema.json');
    const source = loadSource(rel, Buffer.from(text));
    expect(source.diagnostics).toEqual([]);
    expect(validatePlan(source.data), JSON.stringify(validatePlan.errors?.slice(0, 3))).toBe(true);
  });

  it('cssp.config.yaml validates', () => {
    const source = loadSource('cssp.config.yaml', readFileSync(join(SAMPLE, 'cssp.config.yaml')));
    expect(validateConfig(source.data), JSON.stringify(validateConfig.errors?.slice(0, 3))).toBe(true);
  });

  it('checks clean as of 2026-11-23 with the README command, exit 0', async () => {
    const r = await execa('node', ['bin/cssp.js', 'check', '--as-of', '2026-11-23', '--fail-on', 'info'], { cwd: REPO, reject: false, env: { NO_COLOR: '1', GITHUB_ACTIONS: '' } });
    expect(r.stdout).toBe('✔ 12 files checked, no problems');
    expect(r.exitCode).toBe(0);
  });

  it('as of the March 1 deadline, the 2026-27 plans are reported not adopted', async () => {
    const r = await execa('node', ['bin/cssp.js', 'check', 'plans/2026-27', '--as-of', '2027-03-02', '--format', 'json'], { cwd: REPO, reject: false });
    expect(r.exitCode).toBe(1);
    const out = JSON.parse(r.stdout) as { diagnostics: { ruleId: string; file: string }[] };
    const notAdopted = new Set(out.diagnostics.filter((d) => d.ruleId === 'adoption-deadline').map((d) => d.file));
    expect(notAdopted.size).toBe(6);
  });
});
