// In-process runs of `cssp new` with scripted prompt answers (src/io/prompts.ts is replaced).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { runNew } from '../../src/commands/new.js';
import { CancelledError, UsageError } from '../../src/errors.js';
import * as prompts from '../../src/io/prompts.js';
import { copySample } from '../helpers/district.js';
import { memoryIo } from '../helpers/io.js';

vi.mock('../../src/io/prompts.js', () => ({ askText: vi.fn(), askSelect: vi.fn(), askConfirm: vi.fn() }));
const askText = vi.mocked(prompts.askText);
const askSelect = vi.mocked(prompts.askSelect);
const askConfirm = vi.mocked(prompts.askConfirm);
beforeEach(() => vi.resetAllMocks());

const tty = (root: string) => Object.assign(memoryIo(root), { stdinIsTTY: true });

describe('cssp new, answering prompts', () => {
  it('asks site, year, carry-forward, committee and meeting; offers the defaults', async () => {
    const root = copySample();
    askSelect.mockResolvedValueOnce('pelican-ridge-middle');
    askText.mockResolvedValueOnce('2027-28').mockResolvedValueOnce('2028-02-03').mockResolvedValueOnce('Library');
    askConfirm.mockResolvedValueOnce(true).mockResolvedValueOnce(true);
    const io = tty(root);
    expect(await runNew({ git: false }, io)).toBe(0);
    expect(askSelect.mock.calls[0]![0].choices).toHaveLength(6);
    expect(askText.mock.calls[0]![0]).toMatchObject({ message: 'Which school year?', default: '2027-28' });
    expect(askConfirm.mock.calls[0]![0]).toMatchObject({ default: true, message: expect.stringMatching(/^Carry forward the 2026-27 plan/) as string });
    expect(askConfirm.mock.calls[1]![0].message).toMatch(/^Last year's committee:\n {2}- .* \(principal/);
    const text = readFileSync(join(root, '2027-28/pelican-ridge-middle.yaml'), 'utf8');
    expect(text).toContain('publicMeeting:\n  date: 2028-02-03\n  location: Library\n');
    expect(io.stdoutText).toMatch(/kept: +comments, site, committee \(\d+ members, to review\)/);
  });

  it('validates answers on the spot: a bad year or meeting date is refused with the reason', async () => {
    const root = copySample();
    askSelect.mockResolvedValueOnce('seacliff-k8');
    askText.mockResolvedValueOnce('2027-28').mockResolvedValueOnce('');
    askConfirm.mockResolvedValueOnce(false);
    await runNew({ git: false }, tty(root));
    const year = askText.mock.calls[0]![0].validate!;
    expect(year('2027-29')).toBe('write the school year like 2027-28.');
    expect(year('2027-28')).toBe(true);
    const date = askText.mock.calls[1]![0].validate!;
    expect(date('2028-02-30')).toMatch(/YYYY-MM-DD/);
    expect(date('2028-04-01')).toBe('the public meeting comes before adoption, between 2027-07-01 and 2028-03-01.');
    const text = readFileSync(join(root, '2027-28/seacliff-k8.yaml'), 'utf8');
    expect(text).toContain('    status: not-written\n');
    expect(text).not.toContain('publicMeeting');
  });

  it('writes nothing when a prompt is cancelled', async () => {
    const root = copySample();
    askSelect.mockRejectedValueOnce(new CancelledError());
    await expect(runNew({ git: false }, tty(root))).rejects.toBeInstanceOf(CancelledError);
    expect(existsSync(join(root, '2027-28'))).toBe(false);
  });

  it('--yes takes every default without asking', async () => {
    const root = copySample();
    expect(await runNew({ site: 'breakwater-high', yes: true, git: false }, tty(root))).toBe(0);
    expect(askText).not.toHaveBeenCalled();
    expect(askConfirm).not.toHaveBeenCalled();
    expect(existsSync(join(root, '2027-28/breakwater-high.yaml'))).toBe(true);
  });
});

describe('cssp new, flags', () => {
  it('a skeleton points at district standards and marks the rest not written; -o writes elsewhere', async () => {
    const root = copySample();
    const io = memoryIo(root);
    expect(await runNew({ site: 'harbor-vista-high', carryForward: false, output: 'draft.yaml' }, io)).toBe(0);
    const text = readFileSync(join(root, 'draft.yaml'), 'utf8');
    expect(text).toContain('  childAbuseReporting:\n    standard: child-abuse-reporting\n    visibility: public\n');
    expect(text).toContain('  crimeAssessment:\n    visibility: public\n    status: not-written\n');
    expect(text).toContain('  address:\n    status: not-written\n');
    expect(io.stdoutText).toMatch(/sections: \d+ marked not written, \d+ from district standards/);
  });

  // With lockdown drills counted as armed-assailant drills, a new plan lacked the AB 1858 procedures
  // and its first check gave an error the skeleton could have prevented.
  it.each([[true, true], [false, false]])('with drillPolicy.lockdownAsArmedAssailant %s, the skeleton has the armed-assailant section: %s', async (policy, present) => {
    const root = copySample();
    const config = join(root, 'cssp.config.yaml');
    writeFileSync(config, readFileSync(config, 'utf8').replace('lockdownAsArmedAssailant: true', `lockdownAsArmedAssailant: ${policy}`));
    expect(await runNew({ site: 'harbor-vista-high', carryForward: false, output: 'draft.yaml' }, memoryIo(root))).toBe(0);
    expect(readFileSync(join(root, 'draft.yaml'), 'utf8').includes('\n  armedAssailantDrills:\n')).toBe(present);
  });

  it('refuses an unknown site, an unknown --from and half a meeting', async () => {
    const root = copySample();
    await expect(runNew({ site: 'nowhere' }, memoryIo(root))).rejects.toThrow(/--site nowhere is not in the site registry/);
    await expect(runNew({ site: 'seacliff-k8', from: '2019-20' }, memoryIo(root))).rejects.toThrow(/there is no seacliff-k8 plan for 2019-20/);
    await expect(runNew({ site: 'seacliff-k8', meetingDate: '2028-02-01' }, memoryIo(root))).rejects.toBeInstanceOf(UsageError);
  });
});

describe('cssp new, carrying forward across new law', () => {
  // Last year's plan was adopted on February 10, 2025: before AB 2887's reviews (July 1, 2025),
  // SB 98 (September 20, 2025) and SB 848 (January 1, 2026).
  it('lists exactly the requirements that took effect since last year\'s adoption and adds exactly their sections, not written', async () => {
    const root = copySample();
    const last = readFileSync(join(root, '2025-26/bayside-elementary.yaml'), 'utf8');
    let old = last.replaceAll('2025-26', '2024-25').replace('adoption:\n  date: 2026-02-10', 'adoption:\n  date: 2025-02-10');
    for (const key of ['childProtection', 'immigrationEnforcementNotice', 'cardiacEmergency']) {
      old = old.replace(new RegExp(`\\n  ${key}:\\n(?: {4}.*\\n| *\\n)*?(?=  \\w)`), '\n');
    }
    expect(old).not.toMatch(/childProtection|immigrationEnforcementNotice|cardiacEmergency/);
    mkdirSync(join(root, '2024-25'), { recursive: true });
    writeFileSync(join(root, '2024-25/bayside-elementary.yaml'), old);
    const io = memoryIo(root);
    await runNew({ site: 'bayside-elementary', year: '2027-28', from: '2024-25', git: false, yes: true, asOf: '2026-12-04' }, io);
    const lines = io.stdoutText.split('\n');
    const start = lines.findIndex((l) => l.includes("since last year's plan was adopted (February 10, 2025)"));
    expect(start).toBeGreaterThan(0);
    expect(lines.slice(start + 1, start + 4)).toEqual([
      "    - Sudden cardiac arrest and medical emergencies (AB 2887, 2024): in force since January 1, 2025; in plans reviewed from July 1, 2025; at the plan's next review; section cardiacEmergency added, marked not written",
      "    - Notice of immigration enforcement on the schoolsite (SB 98, 2025): in force since September 20, 2025; at the plan's next review, and in every plan by March 1, 2026; repealed on January 1, 2031; section immigrationEnforcementNotice added, marked not written",
      "    - Supervising and protecting children from abuse and sex offenses (SB 848, 2025): in force since January 1, 2026; at the plan's next review, and in every plan by July 1, 2026; section childProtection added, marked not written",
    ]);
    expect(lines[start + 4]).not.toMatch(/^ {4}- /);
    const plan = readFileSync(join(root, '2027-28/bayside-elementary.yaml'), 'utf8');
    const added = [...plan.matchAll(/^ {2}(\w+):\n {4}visibility: public\n {4}status: not-written$/gm)].map((m) => m[1]);
    expect(added.sort()).toEqual(['cardiacEmergency', 'childProtection', 'immigrationEnforcementNotice']);
  });
});

describe('cssp new, the skeleton shows what to write', () => {
  it('comments each section not written with its title, citation, what it says and the shape to fill; the empty lists show an example', async () => {
    const root = copySample();
    await runNew({ site: 'bayside-elementary', year: '2027-28', carryForward: false, git: false, yes: true, asOf: '2026-12-04' }, memoryIo(root));
    const text = readFileSync(join(root, '2027-28/bayside-elementary.yaml'), 'utf8');
    expect(text).toContain([
      '  # Assessment of school crime (EC 32282(a)(1))',
      '  # The current status of crime on campus and at school-related functions: the data reviewed',
      '  # (suspensions, referrals, police calls, surveys) and what it means for this plan.',
      '  # Write it under text: | (the lines below it indented), or name a district standard',
      '  # with standard: <file in standards/>; then remove status: not-written. For example:',
      '  #   crimeAssessment:',
      '  #     text: |',
    ].join('\n'));
    expect(text).toMatch(/ {2}# Each member is an entry that starts with "- " \(remove the \[\] below first\), for example:\n(?: {2}#.*\n)+ {2}members: \[\]\n/);
    expect(text).toMatch(/# Disaster-procedure adaptations for pupils with disabilities[^\n]*\n {2}# How the disaster procedures are adapted/);
  });
});
