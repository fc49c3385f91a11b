// cssp diff in-process: a site's two school years over the sample district, a git ref in a
// temporary repository, and the errors.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runDiff } from '../../src/commands/diff.js';
import type { DiffReport } from '../../src/diff/report.js';
import { applyEdit, copySample, SAMPLE } from '../helpers/district.js';
import { git, gitSample } from '../helpers/git.js';
import { memoryIo } from '../helpers/io.js';

const diff = async (root: string, target: string, opts: Parameters<typeof runDiff>[1] = {}) => {
  const io = memoryIo(root);
  const code = await runDiff(target, opts, io);
  return { code, out: io.stdoutText, err: io.stderrText };
};

describe('cssp diff <site>', () => {
  it('text: the newest plan against the year before, by area', async () => {
    const { code, out } = await diff(SAMPLE, 'bayside-elementary');
    expect(code).toBe(0);
    expect(out.split('\n')[0]).toBe('Bayside Elementary School (bayside-elementary): 2025-26 → 2026-27');
    for (const line of [
      '  Committee\n    - Added Hannah Beaulieu (teacher) and Tomasz Wilk (parent).\n    - Removed Janet Oyelaran (teacher) and Derek Lindqvist (parent).',
      '    - Tactical responses to criminal incidents: text changed (confidential).',
      '    - Harbor Vista Police Department: consulted 2026-10-06 (was 2025-10-21).',
      '    - Map “Campus map”: walked on site 2026-08-06 (was 2025-08-05).\n    - Pupils who need help to evacuate: 2 (was 3).',
      '  Drills\n    - 11 drills logged in 2026-27 (31 in 2025-26): 7 fewer fire drills,',
      '  Distribution\n    - No deliveries recorded (was 4).',
    ]) expect(out).toContain(line);
    // The tactical text of either year is never printed.
    expect(out).not.toContain('confidential tactical annex');
    expect(out).not.toContain('HVPD on 2026-10-06');
  });

  it('json: one plan, status changed, sentences by area', async () => {
    const report = JSON.parse((await diff(SAMPLE, 'bayside-elementary', { format: 'json' })).out) as DiffReport;
    expect(report).toMatchObject({ mode: 'site', from: '2025-26', to: '2026-27' });
    expect(report.plans).toHaveLength(1);
    expect(report.plans[0]).toMatchObject({ file: '2026-27/bayside-elementary.yaml', site: 'bayside-elementary', name: 'Bayside Elementary School', status: 'changed' });
    expect(report.plans[0]!.changes.find((c) => c.confidential)).toMatchObject({ area: 'Sections', kind: 'changed', path: ['sections', 'tacticalResponse', 'text'] });
  });

  it('markdown, written with -o', async () => {
    const root = copySample();
    const { code, out, err } = await diff(root, 'bayside-elementary', { format: 'markdown', output: 'changes.md' });
    expect(code).toBe(0);
    expect(out).toBe('');
    expect(err).toBe('Wrote changes.md\n');
    const md = readFileSync(join(root, 'changes.md'), 'utf8');
    expect(md).toMatch(/^### Bayside Elementary School \(bayside-elementary\): 2025-26 → 2026-27\n\n\*\*Plan\*\*\n/);
    expect(md).toContain('**Responder packet**\n\n- Map “Campus map”: walked on site 2026-08-06 (was 2025-08-05).\n- Pupils who need help to evacuate: 2 (was 3).');
  });

  it('--from and --to the same plan years, reversed', async () => {
    const { out } = await diff(SAMPLE, 'bayside-elementary', { from: '2026-27', to: '2025-26' });
    expect(out).toContain('2026-27 → 2025-26');
    expect(out).toContain('Removed Hannah Beaulieu (teacher) and Tomasz Wilk (parent).');
  });

  it('no changes', async () => {
    const root = copySample();
    writeFileSync(join(root, '2025-26/bayside-elementary.yaml'), readFileSync(join(root, '2026-27/bayside-elementary.yaml')));
    expect((await diff(root, 'bayside-elementary')).out).toBe('Bayside Elementary School (bayside-elementary): 2025-26 → 2026-27\n  No changes.\n');
  });

  it('a missing year says which years have plans, exit 2', async () => {
    await expect(diff(SAMPLE, 'bayside-elementary', { to: '2027-28' })).rejects.toMatchObject({
      exitCode: 2,
      message: 'There is no plan for bayside-elementary in 2027-28: 2027-28/bayside-elementary.yaml does not exist.',
      hint: expect.stringContaining('School years with a plan for bayside-elementary: 2025-26, 2026-27.') as unknown,
    });
    await expect(diff(SAMPLE, 'bayside-elementary', { to: '2025-26' })).rejects.toThrow('There is no plan for bayside-elementary in 2024-25 (the --from year by default)');
    await expect(diff(SAMPLE, 'bayside-elementary', { from: '2025' })).rejects.toThrow('--from must be a school year written like 2026-27, got "2025".');
  });

  it('a registered site with no plans: a clear message, exit 2', async () => {
    const root = copySample();
    rmSync(join(root, '2025-26/seacliff-k8.yaml'));
    rmSync(join(root, '2026-27/seacliff-k8.yaml'));
    await expect(diff(root, 'seacliff-k8')).rejects.toMatchObject({ exitCode: 2, message: expect.stringContaining('The site seacliff-k8 has no plans yet') as unknown });
  });
});

describe('cssp diff <git-ref>', () => {
  function editedRepo(): string {
    const root = gitSample();
    applyEdit(root, { file: '2026-27/bayside-elementary.yaml', find: '    - name: Cypress Grove Elementary School MPR', replace: '    - name: Harbor City Community Center' });
    writeFileSync(join(root, '2026-27/new-campus.yaml'), readFileSync(join(root, '2026-27/seacliff-k8.yaml')));
    rmSync(join(root, '2025-26/breakwater-high.yaml'));
    return root;
  }

  it('text: each plan changed since the commit, grouped by file', async () => {
    const { code, out } = await diff(editedRepo(), 'HEAD');
    expect(code).toBe(0);
    expect(out).toBe([
      'Plans changed in the working tree since HEAD: 3 plans',
      '',
      '2025-26/breakwater-high.yaml (Breakwater High School)',
      '  Plan removed.',
      '',
      '2026-27/bayside-elementary.yaml (Bayside Elementary School)',
      '  Responder packet',
      '    - Primary reunification site changed from Cypress Grove Elementary School MPR to Harbor City Community Center.',
      '',
      '2026-27/new-campus.yaml (Seacliff TK-8 School)',
      '  New plan.',
      '',
    ].join('\n'));
  });

  it('json: every plan with its status; a branch name works as a ref', async () => {
    const root = editedRepo();
    const report = JSON.parse((await diff(root, 'main', { format: 'json' })).out) as DiffReport;
    expect(report).toMatchObject({ mode: 'ref', from: 'main', to: 'working tree' });
    const status = Object.fromEntries(report.plans.map((p) => [p.file, p.status]));
    expect(status).toMatchObject({ '2025-26/breakwater-high.yaml': 'removed', '2026-27/new-campus.yaml': 'new', '2026-27/bayside-elementary.yaml': 'changed', '2026-27/seacliff-k8.yaml': 'unchanged' });
  });

  it('an older commit: what was committed since counts too', async () => {
    const root = gitSample();
    applyEdit(root, { file: '2026-27/bayside-elementary.yaml', find: 'responseProtocol: Standard Response Protocol (Hold, Secure, Lockdown, Evacuate, Shelter)', replace: 'responseProtocol: SRP 2025' });
    git(root, 'commit', '-qam', 'protocol');
    expect((await diff(root, 'HEAD')).out).toBe('Plans changed in the working tree since HEAD: none\n\nNo changes.\n');
    expect((await diff(root, 'HEAD~1')).out).toContain('Response protocol changed from Standard Response Protocol (Hold, Secure, Lockdown, Evacuate, Shelter) to SRP 2025.');
  });

  // `cssp diff main..HEAD` once ended in "internal error: fatal: Not a valid object name".
  it.each(['main..HEAD', 'main...HEAD', '..HEAD'])('a range (%s) is a usage error naming the one commit to give', async (range) => {
    await expect(diff(gitSample(), range)).rejects.toMatchObject({
      exitCode: 2,
      message: `${range} is a range of commits; cssp diff compares the plans as they are now with one commit.`,
      hint: expect.stringMatching(/^Give the commit to compare with, for example cssp diff main/) as unknown,
    });
  });

  it('neither a site nor a ref: one message listing the sites, exit 2', async () => {
    await expect(diff(gitSample(), 'baysid-elementary')).rejects.toMatchObject({
      exitCode: 2,
      message: 'baysid-elementary is neither a site in cssp.config.yaml nor a git commit, branch or tag.',
      hint: expect.stringContaining('Sites: bayside-elementary, cypress-grove-elementary,') as unknown,
    });
    await expect(diff(gitSample(), '--help')).rejects.toMatchObject({ exitCode: 2 });
  });

  it('--from and --to belong to a site', async () => {
    await expect(diff(gitSample(), 'HEAD', { from: '2025-26' })).rejects.toThrow('--from and --to go with a site, not a git ref.');
  });
});
