// cssp status in process: options, exit codes, --output, and a district with a site not started,
// an inactive site and a plan the registry does not list.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runStatus } from '../../src/commands/status.js';
import { ConfigError, UsageError } from '../../src/errors.js';
import { applyEdit, copySample } from '../helpers/district.js';
import { memoryIo } from '../helpers/io.js';
import { minimalPlan } from '../helpers/minimal-plan.js';
import { testdir } from '../helpers/testdir.js';

const sample = copySample();

describe('cssp status on the sample district', () => {
  it('a table, exit 0, before the deadline', async () => {
    const io = memoryIo(sample);
    expect(await runStatus({ asOf: '2026-11-23' }, io)).toBe(0);
    expect(io.stdoutText).toMatch(/^Safety plan status 2026-27, as of 2026-11-23\n/);
    expect(io.stdoutText).toContain('6 sites: 0 adopted, 6 consulted; 0 past a deadline');
  });

  it('exit 1 once a site is past a deadline', async () => {
    const io = memoryIo(sample);
    expect(await runStatus({ asOf: '2027-03-15', format: 'json' }, io)).toBe(1);
    expect((JSON.parse(io.stdoutText) as { summary: { pastDeadline: number } }).summary.pastDeadline).toBe(6);
  });

  it('--year picks another school year; the default is the year holding --as-of', async () => {
    const io = memoryIo(sample);
    await runStatus({ asOf: '2026-11-23', year: '2025-26', format: 'json' }, io);
    expect(JSON.parse(io.stdoutText)).toMatchObject({ schoolYear: '2025-26', summary: { byStage: { distributed: 6 } } });
    const june = memoryIo(sample);
    await runStatus({ asOf: '2026-06-20', format: 'json' }, june);
    expect(JSON.parse(june.stdoutText)).toMatchObject({ schoolYear: '2025-26' });
  });

  it.each(['html', 'csv', 'markdown', 'json', 'table'] as const)('-o writes %s to the file, not standard output', async (format) => {
    const io = memoryIo(sample);
    await expect(runStatus({ asOf: '2026-11-23', format, output: 'cssp.config.yaml/status' }, io)).rejects.toThrow(/Cannot write the status to cssp.config.yaml\/status/);
    expect(await runStatus({ asOf: '2026-11-23', format, output: `status.${format}` }, io)).toBe(0);
    expect(io.stdoutText).toBe('');
    expect(io.stderrText).toContain(`Wrote the 2026-27 status of 6 sites to status.${format}.`);
    expect(readFileSync(join(sample, `status.${format}`), 'utf8')).toContain('Bayside Elementary School');
  });

  it('usage errors: a bad date, a bad year, no district', async () => {
    await expect(runStatus({ asOf: '2026-13-01' }, memoryIo(sample))).rejects.toThrow(UsageError);
    await expect(runStatus({ asOf: '2026-11-23', year: '2026' }, memoryIo(sample))).rejects.toThrow(/--year must be a school year/);
    await expect(runStatus({ asOf: '2026-11-23' }, memoryIo(testdir({ 'readme.txt': 'x' })))).rejects.toThrow(ConfigError);
  });
});

describe('cssp status on a small district', () => {
  const config = `schemaVersion: 1
district: { name: Test USD, cdsCode: 99-99999 }
calendars: {}
sites:
  - { id: a, name: A School, level: elementary, grades: K-5 }
  - { id: b, name: B School, level: elementary, grades: K-5 }
  - { id: c, name: C School, level: elementary, grades: K-5, active: false }
`;
  const root = testdir({
    'cssp.config.yaml': config,
    'plans/2026-27/a.yaml': minimalPlan(),
    'plans/2026-27/stray.yaml': minimalPlan().replace('id: a', 'id: stray').replace('name: A School', 'name: Stray Academy'),
  });

  // Before the end of August, so no drill is due yet.
  it('B (no plan) is a row, not started; C (inactive) is left out and counted; the stray plan is marked', async () => {
    const io = memoryIo(root);
    expect(await runStatus({ asOf: '2026-08-20', format: 'json' }, io)).toBe(0);
    const report = JSON.parse(io.stdoutText) as { sites: { id: string; stage: string; registered: boolean; warnings: number }[]; summary: { inactive: number; unregistered: number } };
    expect(report.sites.map((s) => [s.id, s.stage, s.registered])).toEqual([['a', 'drafting', true], ['b', 'not-started', true], ['stray', 'drafting', false]]);
    expect(report.sites[1]!.warnings).toBe(1); // district-coverage: not started yet
    expect(report.summary).toMatchObject({ inactive: 1, unregistered: 1 });
    const table = memoryIo(root);
    await runStatus({ asOf: '2026-08-20' }, table);
    expect(table.stdoutText).toContain('1 inactive site (active: false) left out.');
    expect(table.stdoutText).toMatch(/Stray Academy +drafting \(not in the registry\)/);
  });

  it('after March 1 the site with no plan is past the deadline: exit 1', async () => {
    const io = memoryIo(root);
    expect(await runStatus({ asOf: '2027-03-02', format: 'json' }, io)).toBe(1);
    const b = (JSON.parse(io.stdoutText) as { sites: { id: string; pastDeadline: string[] }[] }).sites.find((s) => s.id === 'b')!;
    expect(b.pastDeadline).toEqual(['B School (`b`) has no plan for 2026-27: expected plans/2026-27/b.yaml.']);
  });
});

describe('cssp status: agencies holding the current plan, as cssp check sees them', () => {
  type Report = { sites: { id: string; agencies: { type: string; state: string }[] }[] };
  const policeState = async (root: string) => {
    const io = memoryIo(root);
    await runStatus({ asOf: '2026-06-01', year: '2025-26', format: 'json' }, io);
    return (JSON.parse(io.stdoutText) as Report).sites.find((s) => s.id === 'bayside-elementary')!.agencies.find((a) => a.type === 'law-enforcement')!.state;
  };
  const withHash = (root: string, hash: string) => applyEdit(root, {
    file: '2025-26/bayside-elementary.yaml',
    find: '    version: 2025-26.1\n    date: 2026-03-16\n',
    replace: `    version: 2025-26.1\n    contentHash: "${hash}"\n    date: 2026-03-16\n`,
  });

  it('a recorded hash that differs from what the plan prints: changed', async () => {
    const root = copySample();
    withHash(root, '000000000000');
    expect(await policeState(root)).toBe('changed');
  });

  it('a plan with schema errors has no edition to compare: unverified, not changed', async () => {
    const root = copySample();
    withHash(root, '000000000000');
    applyEdit(root, { file: '2025-26/bayside-elementary.yaml', find: 'schemaVersion: 1', replace: 'schemaVersion: 3' });
    expect(await policeState(root)).toBe('unverified');
  });
});
